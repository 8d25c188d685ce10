/**
 * Staff's list of missed questions never holds a woman's form answers: from the consent she types to
 * her name, phone, district and business, nothing she types for the sign-up reaches /faqmisses, and
 * neither does a lone name, a form's answer or a bare number sent on its own.
 */
import { describe, expect, it } from "vitest";
import { ADMIN_ID } from "../support/constants.ts";
import { enUser, lastText, storedDraft, zhUser } from "../support/signup.ts";
import { workerAt } from "../support/timed.ts";
import { type Person, redis, say } from "../support/worker.ts";

const admin: Person = { id: ADMIN_ID, first_name: "Admin", language_code: "zh-hans" };

/** Every question in the misses log, both languages. */
async function logged(): Promise<Set<string>> {
  const zh = await redis.zrange<string[]>("jg:faq:miss:zh-CN", 0, -1);
  const en = await redis.zrange<string[]>("jg:faq:miss:en", 0, -1);
  return new Set([...zh, ...en].map(String));
}

/** The misses logged while `work` ran (test files run one at a time, so they are this test's). */
async function loggedDuring(work: () => Promise<void>): Promise<string[]> {
  const before = await logged();
  await work();
  return [...(await logged())].filter((m) => !before.has(m));
}

describe("the misses log staff read in /faqmisses", () => {
  it("holds nothing of a sign-up she agreed to in her own words: name, phone, district, stage, business", async () => {
    const p = zhUser();
    const added = await loggedDuring(async () => {
      await say(p, "/signup");
      await say(p, "好的，同意");
      await say(p, "孙丽");
      await say(p, "13812345678");
      await say(p, "寿光");
      await say(p, "经营不到一年");
      await say(p, "电商");
      await say(p, "1 3");
      await say(p, "我在寿光种大棚蔬菜，想开网店把菜卖到外地。");
    });
    expect(await lastText(p)).toContain("请核对您的报名信息");
    expect((await storedDraft(p))?.a).toMatchObject({ name: "孙丽", phone: "13812345678", region: "370783" });
    expect(added).toEqual([]);
    await say(admin, "/faqmisses zh");
    for (const word of ["孙丽", "同意", "寿光", "大棚", "[phone]"])
      expect(await lastText(admin)).not.toContain(word);
  });

  it("holds no lone name, form answer or bare number sent outside any form", async () => {
    const added = await loggedDuring(async () => {
      for (const text of ["孙丽", "好的 同意", "13812345678", "嗯嗯，可以"]) await say(zhUser(), text);
      for (const text of ["Mary Smith", "ok I agree", "yes please"]) await say(enUser(), text);
    });
    expect(added).toEqual([]);
  });

  it("shows the notice again, not the FAQ, when she agrees to one shown more than half an hour ago", async () => {
    const p = zhUser();
    const added = await loggedDuring(async () => {
      await say(p, "/signup");
      const later = await workerAt(() => Date.now() + 31 * 60_000);
      await later.say(p, "好的，同意");
      expect(await lastText(p)).toContain("回复“同意”");
      expect(await storedDraft(p)).toBeUndefined();
      await later.say(p, "同意");
      expect(await storedDraft(p)).toMatchObject({ step: "name" });
    });
    expect(added).toEqual([]);
  });
});
