/**
 * Answering the sign-up's consent notice by typing, as people who don't tap buttons do: agreeing in
 * her own words stands for « ✅ 同意，开始填写 » while the notice is fresh, declining ends it, and
 * anything else shows the notice again; nothing is stored before she agrees, and nothing she types
 * while it waits reaches the FAQ.
 */
import { describe, expect, it } from "vitest";
import { textsFor } from "../support/emulator.ts";
import { enUser, lastButtons, lastText, storedDraft, zhUser } from "../support/signup.ts";
import { workerAt } from "../support/timed.ts";
import { type Person, redis, say } from "../support/worker.ts";

/** Every question logged for staff (both locales), as one text. */
const misses = async () =>
  [
    ...(await redis.zrange<string[]>("jg:faq:miss:zh-CN", 0, -1)),
    ...(await redis.zrange<string[]>("jg:faq:miss:en", 0, -1)),
  ].join("\n");
/** How many messages the bot has sent her so far. */
const sent = async (p: Person) => (await textsFor(p.id)).length;

describe("typed consent", () => {
  it("« 同意 », « I agree » and the button's own words start the form", async () => {
    for (const [p, typed, first] of [
      [zhUser(), "同意", "第 1/7 步"],
      [zhUser(), "✅ 同意，开始填写", "第 1/7 步"],
      [enUser(), "I agree.", "Step 1/7"],
    ] as const) {
      await say(p, "/signup");
      expect(await storedDraft(p)).toBeUndefined();
      await say(p, typed);
      expect(await lastText(p)).toContain(first);
      expect(await storedDraft(p)).toMatchObject({ step: "name" });
      expect(Number((await storedDraft(p))?.consentAt)).toBeGreaterThan(Date.now() - 60_000);
    }
  });

  it("« 不同意 » declines and keeps nothing; « 同意 » with no notice shown starts nothing", async () => {
    const p = zhUser();
    await say(p, "/signup");
    await say(p, "不同意");
    expect(await lastText(p)).toContain("我们没有保存任何报名信息");
    expect(await redis.get(`jg:session:${p.id}`)).toBeNull();
    await say(p, "同意");
    expect(await storedDraft(p)).toBeUndefined();
  });

  it("takes agreement in her own words, with filler words and punctuation, and her next answers go to the form", async () => {
    for (const [p, typed, first] of [
      [zhUser(), "好的，同意", "第 1/7 步"],
      [zhUser(), "行 我同意", "第 1/7 步"],
      [zhUser(), "可以", "第 1/7 步"],
      [zhUser(), "嗯嗯同意", "第 1/7 步"],
      [zhUser(), "没问题！", "第 1/7 步"],
      [zhUser(), "好的 我要报名", "第 1/7 步"],
      [enUser(), "ok I agree", "Step 1/7"],
      [enUser(), "yes please", "Step 1/7"],
      [enUser(), "Sure!", "Step 1/7"],
      [enUser(), "Of course, let's start", "Step 1/7"],
    ] as const) {
      await say(p, "/signup");
      await say(p, typed);
      expect(await lastText(p), typed).toContain(first);
      expect(await storedDraft(p), typed).toMatchObject({ step: "name" });
      await say(p, "孙丽");
      expect((await storedDraft(p))?.a, typed).toEqual({ name: "孙丽" });
    }
  });

  it("takes refusal in her own words and keeps nothing", async () => {
    for (const [p, typed, said] of [
      [zhUser(), "算了", "我们没有保存任何报名信息"],
      [zhUser(), "不了，谢谢", "我们没有保存任何报名信息"],
      [zhUser(), "不填了", "我们没有保存任何报名信息"],
      [enUser(), "no thanks", "nothing was saved"],
      [enUser(), "No, I don't agree.", "nothing was saved"],
    ] as const) {
      await say(p, "/signup");
      await say(p, typed);
      expect(await lastText(p), typed).toContain(said);
      expect(await redis.get(`jg:session:${p.id}`), typed).toBeNull();
    }
  });

  it("shows the notice again, saying to tap or type 同意, for anything else; nothing reaches the FAQ", async () => {
    const before = await misses();
    for (const [p, typed, hint] of [
      [zhUser(), "孙丽", "回复“同意”"],
      [zhUser(), "13812345678", "回复“同意”"],
      [zhUser(), "你好", "回复“同意”"],
      [zhUser(), "再想想", "回复“同意”"],
      [enUser(), "Mary Smith", "type “I agree”"],
      [enUser(), "maybe later", "type “I agree”"],
    ] as const) {
      await say(p, "/signup");
      const shown = await sent(p);
      await say(p, typed);
      expect(await sent(p), typed).toBe(shown + 1);
      const text = await lastText(p);
      expect(text, typed).toContain(hint);
      expect(text, typed).toMatch(/谁能看到|Who sees it/);
      expect(await lastButtons(p), typed).toContain("su:ok:signup");
      expect(await storedDraft(p), typed).toBeUndefined();
      // The notice shown again waits as the first did: « 同意 » now starts the form.
      await say(p, p.language_code === "en" ? "I agree" : "同意");
      expect(await storedDraft(p), typed).toMatchObject({ step: "name" });
    }
    const after = await misses();
    for (const text of ["孙丽", "13812345678", "mary smith", "再想想", "maybe later", "[phone]"])
      if (!before.includes(text)) expect(after, text).not.toContain(text);
  });

  it("answers a question she is sure to get answered, then shows the notice again", async () => {
    const p = zhUser();
    await say(p, "/signup");
    await say(p, "创业担保贷款怎么申请？");
    const texts = await textsFor(p.id);
    expect(texts.at(-2)).toContain("来源");
    expect(texts.at(-1)).toContain("回复“同意”");
    expect(await storedDraft(p)).toBeUndefined();
  });

  it("gives way when she opens the subscription form instead: her words after it are no answer to it", async () => {
    const p = zhUser();
    await say(p, "/signup");
    await say(p, "/subscribe");
    await say(p, "潍坊");
    await say(p, "全市");
    await say(p, "完成");
    expect(await lastText(p)).toContain("潍坊");
    const shown = await sent(p);
    await say(p, "孙丽");
    expect(await sent(p)).toBe(shown + 1);
    expect(await lastText(p)).not.toContain("回复“同意”");
  });

  it("is not read from a notice shown more than half an hour ago", async () => {
    const p = zhUser();
    await say(p, "/signup");
    const later = await workerAt(() => Date.now() + 31 * 60_000);
    await later.say(p, "同意");
    expect(await storedDraft(p)).toBeUndefined();
  });
});
