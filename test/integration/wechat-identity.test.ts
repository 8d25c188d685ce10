/** A WeChat person (`wx:` + openid) in every store: profile, language, subscriptions, RSVPs, applications, FAQ traces, gone, /mydata and /delete. */
import { describe, expect, it } from "vitest";
import { fairKeys } from "../../src/fairs/keys.ts";
import { addRsvp, hasRsvp, removeRsvp } from "../../src/fairs/rsvp.ts";
import { createFair } from "../../src/fairs/store.ts";
import { recordVote } from "../../src/faq/feedback.ts";
import { faqKeys } from "../../src/faq/keys.ts";
import { askStaff, takeWaiting } from "../../src/faq/misses.ts";
import { catalog } from "../../src/features.ts";
import { markGone } from "../../src/people/gone.ts";
import { personIdOf, personIds, type WechatId, wechatPerson } from "../../src/people/id.ts";
import { localeOf, localesOf } from "../../src/people/language.ts";
import { parseProfile, updateProfile } from "../../src/people/profile.ts";
import { collectPersonalData, erasePersonalData } from "../../src/privacy/registry.ts";
import { createApplication, getApplication } from "../../src/signup/applications.ts";
import { signupKeys } from "../../src/signup/keys.ts";
import { changeApplication } from "../../src/signup/staff-actions.ts";
import { keys } from "../../src/store/keys.ts";
import { subscriptionKeys } from "../../src/subscriptions/keys.ts";
import { readSubscription, saveSubscription } from "../../src/subscriptions/store.ts";
import { engineDeps } from "../support/broadcast.ts";
import { ADMIN_ID } from "../support/constants.ts";
import { draft } from "../support/fairs.ts";
import { wx } from "../support/wechat.ts";
import { redis } from "../support/worker.ts";

/** A WeChat person the emulator knows (she followed), as the Worker stores her. */
async function follower(): Promise<{ openid: string; id: WechatId }> {
  const { openid } = await wx.follow();
  return { openid, id: wechatPerson(openid)! };
}

describe("a WeChat person's id", () => {
  it("is `wx:` + her openid, and never comes back from Redis as a number", async () => {
    // An openid of digits only is still hers: the prefix keeps @upstash/redis from parsing it.
    const id = wechatPerson("1234567890123")!;
    expect(id).toBe("wx:1234567890123");
    const set = `jg:test:ids:${Date.now()}`;
    await redis.sadd<string | number>(set, id, 6_000_000_001);
    const members = await redis.smembers<unknown[]>(set);
    expect(personIds(members).sort()).toEqual([6_000_000_001, "wx:1234567890123"].sort());
    await redis.del(set);
    expect([personIdOf("wx:o6_Ab-c"), personIdOf("wx:"), personIdOf("wx:a b"), personIdOf("0")]).toEqual([
      "wx:o6_Ab-c",
      null,
      null,
      null,
    ]);
  });
});

describe("every store, for a WeChat person", () => {
  it("keeps her profile and speaks her choice, else Chinese (WeChat reports no language)", async () => {
    const { id } = await follower();
    const profile = parseProfile(await redis.hgetall(keys.user(id)));
    expect(profile).toMatchObject({ status: "active" });
    expect(profile?.raw.lang).toBeUndefined();
    expect(await localeOf(redis, id)).toBe("zh-CN");
    await updateProfile(redis, id, { locale: "en" });
    expect(await localesOf(redis, [id, 6_999_999_999])).toEqual(["en", "zh-CN"]);
  });

  it("subscribes her, with consent, to the same sets as a Telegram person", async () => {
    const { id } = await follower();
    const before = readSubscription(await redis.hgetall(keys.user(id)));
    await saveSubscription(redis, id, before, {
      regions: ["370702"],
      topics: ["fairs", "aid"],
      source: "wx-test",
      now: Date.now(),
      timeZone: "Asia/Shanghai",
    });
    expect(await redis.sismember(subscriptionKeys.sub("fairs", "370702"), id)).toBe(1);
    expect(await redis.sismember(subscriptionKeys.sub("aid", "370702"), id)).toBe(1);
    const stored = await redis.hgetall<Record<string, unknown>>(keys.user(id));
    expect(stored).toMatchObject({ regions: 370702, topics: "fairs,aid", consent_v: expect.anything() });
    expect(readSubscription(stored)).toEqual({
      regions: ["370702"],
      topics: ["fairs", "aid"],
      status: "active",
    });
  });

  it("keeps her RSVP to a fair, and her application with its staff notice and audit", async () => {
    const deps = await engineDeps();
    const { openid, id } = await follower();
    await wx.send(openid, "你好");
    const fair = await createFair(
      redis,
      draft({ startsAt: Date.now() + 7 * 86_400_000 }),
      ADMIN_ID,
      Date.now(),
    );
    expect(await addRsvp(redis, fair.id, id)).toBe(true);
    expect(await hasRsvp(redis, fair.id, id)).toBe(true);
    expect(await redis.sismember(fairKeys.userFairs(id), fair.id)).toBe(1);
    const app = await createApplication(redis, {
      userId: id,
      locale: "zh-CN",
      answers: {
        name: "李娟",
        phone: "13812345678",
        region: "370702",
        stage: "idea",
        industry: "retail",
        needs: ["skills"],
        about: "开小卖部",
      },
      consentV: "1",
      consentAt: Date.now(),
      now: Date.now(),
      timeZone: "Asia/Shanghai",
    });
    expect(app?.user).toBe(id);
    const read = await getApplication(redis, app!.ref);
    expect(read?.user).toBe(id);
    expect(await redis.smembers(signupKeys.userApplications(id))).toEqual([app!.ref]);
    // Staff mark it contacted: she is told on WeChat (inside her window: customer-service text) and it is audited.
    const since = await wx.lastSeq();
    await changeApplication({ ...deps, now: Date.now() }, ADMIN_ID, app!.ref, { kind: "contacted" });
    const told = await wx.calls({ api: "message/custom/send", openid, since, wait: 3000 });
    expect(told).toHaveLength(1);
    expect(JSON.stringify(told[0]!.params)).toContain(app!.ref);
    const audit = Object.values(await redis.xrevrange("jg:audit", "+", "-", 20)) as Record<string, unknown>[];
    expect(audit.some((e) => e.type === "signup-contacted" && e.ref === app!.ref)).toBe(true);
    expect(await removeRsvp(redis, fair.id, id)).toBe(true);
  });

  it("keeps the questions she passed to staff and her votes, and tells her when the answer comes", async () => {
    const { id } = await follower();
    const question = `微信测试问题 ${Date.now()}`;
    expect(await askStaff(redis, "zh-CN", question, id)).toBe(true);
    expect(await redis.hgetall(faqKeys.userFaq(id))).not.toBeNull();
    await recordVote(redis, "zh-CN", { userId: id, messageId: 1, entryId: "loan-guaranteed", value: "up" });
    expect(await redis.hget(faqKeys.userFaq(id), "v:1")).toBe("up");
    expect(await takeWaiting(redis, "zh-CN", question)).toEqual([id]);
  });

  it("marks her gone by the one rule (an unfollow, WeChat's 43004)", async () => {
    const { id } = await follower();
    await markGone(redis, id, Date.now());
    expect(await redis.hgetall(keys.user(id))).toMatchObject({ status: "stopped", stopped_by: "blocked" });
  });

  it("shows everything about her in /mydata and erases it all with /delete", async () => {
    const { openid, id } = await follower();
    await wx.send(openid, "创业担保贷款怎么申请");
    await saveSubscription(redis, id, readSubscription(null), {
      regions: ["370700"],
      topics: ["fairs"],
      source: "sub_370700",
      now: Date.now(),
      timeZone: "Asia/Shanghai",
    });
    const fair = await createFair(
      redis,
      draft({ startsAt: Date.now() + 7 * 86_400_000 }),
      ADMIN_ID,
      Date.now(),
    );
    await addRsvp(redis, fair.id, id);
    await askStaff(redis, "zh-CN", `微信删除测试 ${Date.now()}`, id);
    const sections = await collectPersonalData(catalog.privacy, redis, id);
    const named = sections.map((s) => s.section);
    expect(named).toEqual(
      expect.arrayContaining([
        "mydata-section-profile",
        "mydata-section-subscriptions",
        "mydata-section-session",
      ]),
    );
    expect(JSON.stringify(sections)).toContain("370700");
    await erasePersonalData(catalog.privacy, redis, id);
    expect(await redis.keys(`jg:*${id}*`)).toEqual([]);
    expect(await redis.sismember(subscriptionKeys.sub("fairs", "370700"), id)).toBe(0);
    expect(await redis.sismember(fairKeys.rsvp(fair.id), id)).toBe(0);
  });
});
