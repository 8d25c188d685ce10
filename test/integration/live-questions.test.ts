/**
 * A question about what is coming up or about her own case is answered from live data, not from the
 * knowledge base: upcoming fairs open the fair list for her regions, upcoming trainings her training
 * news, her sign-up its status. And the fair list with nothing upcoming tells a subscriber that she
 * will be told, instead of asking her to subscribe.
 */
import { describe, expect, it } from "vitest";
import { createFair } from "../../src/fairs/store.ts";
import { FAIRS_ADMIN_IDS } from "../support/constants.ts";
import { DAY, draft, enUser, lastButtons, lastText, staffPerson, zhUser } from "../support/fairs.ts";
import { submitApplication } from "../support/signup.ts";
import { workerAt } from "../support/timed.ts";
import { driver, press, redis, say } from "../support/worker.ts";

const admin = staffPerson(FAIRS_ADMIN_IDS[4], "zh-hans");
const YEAR = 365 * DAY;
/**
 * A Worker `years` on: every fair of the other tests is over by then, and each test here has its
 * own decade, so only the fairs it makes for then are upcoming.
 */
const yearsOn = (years: number) => workerAt(() => Date.now() + years * YEAR);

describe("📅 近期招聘会 with nothing upcoming", () => {
  it("tells a subscriber that she will be told, in both languages, and never to subscribe first", async () => {
    const w = await yearsOn(10);
    for (const [p, said] of [
      [zhUser(), "有新的招聘会，会第一时间通知您"],
      [enUser(), "we will tell you as soon as one is announced"],
    ] as const) {
      await say(p, "/start sub_370783");
      await w.press(p, "menu:fairs", { force: true });
      const text = await lastText(p);
      expect(text).toContain(said);
      expect(text).toMatch(/寿光|Shouguang/);
      expect(text).not.toContain("/subscribe");
    }
  });

  it("offers every fair elsewhere to a subscriber with none in her regions, still saying she will be told", async () => {
    const w = await yearsOn(20);
    await createFair(redis, draft({ startsAt: Date.now() + 20 * YEAR + 3 * DAY }), admin.id, Date.now());
    const p = zhUser();
    await say(p, "/start sub_370783");
    await w.say(p, "/fairs");
    expect(await lastText(p)).toContain("有新的招聘会，会第一时间通知您");
    expect(await lastButtons(p)).toContain("fair:ls:a:0");
  });

  it("asks one who is subscribed without job-fair alerts whether she wants them", async () => {
    const w = await yearsOn(30);
    const p = zhUser();
    await say(p, "/subscribe");
    await say(p, "寿光");
    await say(p, "3"); // training only
    await w.say(p, "/fairs");
    expect(await lastText(p)).toContain("没有订阅招聘会提醒");
    expect(await lastButtons(p)).toContain("sub:want:fairs");
  });

  it("still asks one who is not subscribed to subscribe", async () => {
    const w = await yearsOn(40);
    const p = zhUser();
    await w.say(p, "/fairs");
    expect(await lastText(p)).toContain("/subscribe");
  });
});

describe("a question about upcoming fairs", () => {
  it("opens the fair list for her regions, in Chinese and English, however she asks", async () => {
    const w = await yearsOn(50);
    await createFair(
      redis,
      draft({ startsAt: Date.now() + 50 * YEAR + 2 * DAY, region: "370783", title: "寿光春风送岗" }),
      admin.id,
      Date.now(),
    );
    for (const [p, asked, head] of [
      [zhUser(), "有没有招聘会", "您所在地区的近期招聘会"],
      [zhUser(), "最近有招聘会吗？", "您所在地区的近期招聘会"],
      [zhUser(), "下周有什么招聘会", "您所在地区的近期招聘会"],
      [enUser(), "any job fairs?", "Upcoming job fairs in your regions"],
      [enUser(), "When is the next job fair?", "Upcoming job fairs in your regions"],
      [enUser(), "are there any recruitment events this month", "Upcoming job fairs in your regions"],
    ] as const) {
      await say(p, "/start sub_370783");
      await w.say(p, asked);
      const text = await lastText(p);
      expect(text, asked).toContain(head);
      expect(text, asked).toContain("寿光春风送岗");
      expect(await lastButtons(p), asked).not.toContain("faq:up:");
    }
  });

  it("offers job-fair alerts under the list to one who has none", async () => {
    const w = await yearsOn(60);
    await createFair(redis, draft({ startsAt: Date.now() + 60 * YEAR + DAY }), admin.id, Date.now());
    const p = enUser();
    await w.say(p, "any job fairs this week?");
    expect(await lastText(p)).toContain("Upcoming job fairs");
    expect(await lastButtons(p)).toContain("sub:want:fairs");
    await press(p, "sub:want:fairs");
    expect(await lastText(p)).toContain("city");
  });

  it("leaves what a fair is and how to get alerts to the knowledge base", async () => {
    for (const [p, asked] of [
      [zhUser(), "春风送岗是什么"],
      [zhUser(), "怎么订阅招聘会提醒"],
      [enUser(), "What is the Spring Breeze job fair?"],
    ] as const) {
      await say(p, asked);
      expect(await lastButtons(p), asked).toContain("faq:up:job-fairs");
    }
  });

  it("mid-form, shows the list and then the question she was at", async () => {
    const p = zhUser();
    await say(p, "/signup");
    await say(p, "同意");
    await say(p, "最近有招聘会吗？");
    expect(await lastText(p)).toContain("第 1/7 步");
    const texts = (await import("../support/emulator.ts")).textsFor;
    expect((await texts(p.id)).at(-2)).toMatch(/近期招聘会|还没有招聘会/);
  });
});

describe("a question about upcoming trainings", () => {
  it("says how trainings are announced and offers her training news, or says she has it", async () => {
    for (const [p, asked] of [
      [zhUser(), "最近有什么培训吗"],
      [zhUser(), "下个月有培训班吗"],
      [enUser(), "any trainings coming up?"],
    ] as const) {
      await say(p, asked);
      expect(await lastButtons(p), asked).toContain("sub:want:training");
      expect(await lastButtons(p), asked).not.toContain("faq:up:");
    }
    const p = zhUser();
    await say(p, "/subscribe");
    await say(p, "寿光");
    await say(p, "1 3");
    await say(p, "近期有培训吗");
    expect(await lastText(p)).toContain("有培训消息会第一时间发给您");
    expect(await lastButtons(p)).not.toContain("sub:want:training");
  });

  it("opens the topics with training ticked when she taps to get training news", async () => {
    const p = zhUser();
    await say(p, "/start sub_370783");
    await say(p, "最近有什么培训吗");
    await press(p, "sub:want:training");
    expect(await lastButtons(p)).toContain("✅ 3");
    await say(p, "完成");
    const topics = String(await redis.hget(`jg:user:${p.id}`, "topics"));
    expect(topics).toContain("training");
    expect(topics).toContain("fairs");
  });
});

describe("a question about her own sign-up", () => {
  it("shows her application's status, however she asks", async () => {
    const d = driver();
    for (const asked of ["我的报名怎么样了", "报名有结果了吗？", "What's the status of my application?"]) {
      const p = asked.startsWith("W") ? enUser() : zhUser();
      const ref = await submitApplication(d, p);
      await say(p, asked);
      const text = await lastText(p);
      expect(text, asked).toContain(ref);
      expect(await lastButtons(p), asked).toContain(`su:w:${ref}`);
    }
  });

  it("offers the sign-up to one who has none", async () => {
    const p = zhUser();
    await say(p, "我报名了导师，什么时候有人联系我？");
    expect(await lastButtons(p)).toContain("su:start");
  });
});
