/**
 * Answers typed the way people type them on a phone: full-width digits from a Chinese keyboard,
 * a button's own label, "all". Found by driving the running bot from outside.
 */
import { describe, expect, it } from "vitest";
import { lastText, storedDraft, zhUser } from "../support/signup.ts";
import { press, say } from "../support/worker.ts";

describe("typed numbers on the region picker", () => {
  it("reads full-width digits as the numbers on the buttons (subscription)", async () => {
    const p = zhUser();
    await say(p, "/subscribe");
    await say(p, "７");
    expect(await lastText(p)).toContain("请选择潍坊市的区县");
    await say(p, "１ ３");
    expect(await lastText(p)).toContain("潍坊市 · 潍城区、潍坊市 · 坊子区");
  });

  it("reads full-width digits at the sign-up's region question", async () => {
    const p = zhUser();
    await say(p, "/signup");
    await press(p, "su:ok:signup");
    await say(p, "王丽");
    await say(p, "13812345678");
    await say(p, "７。");
    expect((await storedDraft(p))?.city).toBe("370700");
    await say(p, "１");
    expect((await storedDraft(p))?.a).toMatchObject({ region: "370702" });
  });
});
