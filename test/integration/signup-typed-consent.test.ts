/**
 * Answering the sign-up's consent notice by typing, as people who don't tap buttons do: « 同意 »
 * stands for « ✅ 同意，开始填写 » while the notice is fresh; nothing is stored before she agrees.
 */
import { describe, expect, it } from "vitest";
import { enUser, lastText, storedDraft, zhUser } from "../support/signup.ts";
import { workerAt } from "../support/timed.ts";
import { redis, say } from "../support/worker.ts";

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

    // Consent must be explicit: « 好的 » under the notice is not taken for it.
    const q = zhUser();
    await say(q, "/signup");
    await say(q, "好的");
    expect(await storedDraft(q)).toBeUndefined();
  });

  it("is not read from a notice shown more than half an hour ago", async () => {
    const p = zhUser();
    await say(p, "/signup");
    const later = await workerAt(() => Date.now() + 31 * 60_000);
    await later.say(p, "同意");
    expect(await storedDraft(p)).toBeUndefined();
  });
});
