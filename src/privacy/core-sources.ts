/** Privacy's own sources: the profile hash and the session, with what each slice holds. */

import { parseProfile } from "../people/profile.ts";
import { keys } from "../store/keys.ts";
import type { DataItem, PersonalDataSource } from "./registry.ts";

/** `jg:user:{id}`: language, status and timestamps. Other features describe their own fields. */
export const profileSource: PersonalDataSource = {
  section: "mydata-section-profile",
  async collect(redis, userId) {
    const profile = parseProfile(await redis.hgetall(keys.user(userId)));
    if (!profile) return [];
    const items: DataItem[] = [];
    if (profile.locale) items.push({ label: "mydata-field-locale", value: profile.locale, kind: "text" });
    if (typeof profile.raw.lang === "string") {
      items.push({ label: "mydata-field-lang", value: profile.raw.lang, kind: "text" });
    }
    // WeChat: her last message opens the 48-hour window in which the account may write to her.
    const wechatLast = Number(profile.raw.wx_msg_at);
    if (wechatLast) items.push({ label: "mydata-field-wechat-last", value: wechatLast, kind: "time" });
    items.push({ label: "mydata-field-status", value: `mydata-status-${profile.status}`, kind: "key" });
    if (profile.created) items.push({ label: "mydata-field-created", value: profile.created, kind: "time" });
    if (profile.seen) items.push({ label: "mydata-field-seen", value: profile.seen, kind: "time" });
    const stopped = Number(profile.raw.stopped_at);
    if (stopped) items.push({ label: "mydata-field-stopped", value: stopped, kind: "time" });
    return items;
  },
  async erase(redis, userId) {
    await redis.del(keys.user(userId));
  },
};

/** `jg:session:{chat}`: the step of a form in progress (private chats share the user's id). */
export const sessionSource: PersonalDataSource = {
  section: "mydata-section-session",
  async collect(redis, userId) {
    const session = await redis.get<Record<string, unknown>>(keys.session(userId));
    if (!session || typeof session !== "object") return [];
    return Object.entries(session).map(([slice, raw]) => ({ label: slice, value: "", kind: "slice", raw }));
  },
  async erase(redis, userId) {
    await redis.del(keys.session(userId));
  },
};
