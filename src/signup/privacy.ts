/** A person's sign-up data for /mydata and /delete: her draft and every application she filed. */
import type { PersonId } from "../people/id.ts";
import type { DataItem, PersonalDataSource } from "../privacy/registry.ts";
import { regionLabel } from "../regions/index.ts";
import { keys } from "../store/keys.ts";
import type { Redis } from "../store/redis.ts";
import { dropApplication } from "./applications.ts";
import { STEPS } from "./constants.ts";
import { answeredCount, signupDraft } from "./draft.ts";
import { signupKeys } from "./keys.ts";
import { loadApplications } from "./listing.ts";

async function refsOf(redis: Redis, userId: PersonId): Promise<string[]> {
  return (await redis.smembers(signupKeys.userApplications(userId))).map(String);
}

/**
 * Mentor sign-up: the draft in her session (its index entry and nudge claim) and every application
 * she filed with its index entries. Her profile's open pointer goes with the profile itself.
 */
export const signupSource: PersonalDataSource = {
  section: "signup-mydata-section",
  async collect(redis, userId) {
    const [session, refs] = await Promise.all([
      redis.get<Record<string, unknown>>(keys.session(userId)),
      refsOf(redis, userId),
    ]);
    const items: DataItem[] = [];
    const draft = session && typeof session === "object" ? signupDraft.get(session) : null;
    if (draft) {
      const done = `${answeredCount(draft.a)}/${STEPS.length}`;
      items.push({ label: "signup-mydata-draft", value: done, kind: "text" });
      items.push({ label: "signup-mydata-consent", value: draft.consentAt, kind: "time" });
    }
    for (const app of await loadApplications(redis, refs)) {
      items.push(
        { label: "signup-mydata-ref", value: app.ref, kind: "text" },
        { label: "signup-mydata-status", value: `signup-status-${app.status}`, kind: "key" },
        { label: "signup-mydata-submitted", value: app.created, kind: "time" },
        { label: "signup-mydata-name", value: app.name, kind: "text" },
        { label: "signup-mydata-phone", value: app.phone, kind: "text" },
        {
          label: "signup-mydata-region",
          value: `${regionLabel(app.region, "zh-CN")} / ${regionLabel(app.region, "en")}`,
          kind: "text",
        },
        { label: "signup-mydata-about", value: app.about, kind: "text" },
        { label: "signup-mydata-consent", value: app.consent_at, kind: "time" },
      );
      if (app.mentor_name)
        items.push({ label: "signup-mydata-mentor", value: app.mentor_name, kind: "text" });
      if (app.note) items.push({ label: "signup-mydata-note", value: app.note, kind: "text" });
    }
    return items;
  },
  async erase(redis, userId) {
    const refs = await refsOf(redis, userId);
    const apps = await loadApplications(redis, refs);
    const tx = redis.multi();
    // An unreadable hash still goes, with its global index entries.
    for (const ref of refs)
      dropApplication(tx, apps.find((a) => a.ref === ref) ?? { ref, region: "", user: userId });
    tx.del(signupKeys.userApplications(userId));
    tx.zrem(signupKeys.drafts(), String(userId));
    tx.del(signupKeys.nudged(userId));
    await tx.exec();
  },
};
