/** Her typing mistakes on WeChat, through /wechat/webhook and the WeChat emulator: a number that chooses nothing is never a question. */
import { describe, expect, it } from "vitest";
import { topMisses } from "../../src/faq/misses.ts";
import { wx } from "../support/wechat.ts";
import { redis } from "../support/worker.ts";

/** The numbered lines of a reply (« 3. 🔕 全部退订 »). */
const optionLines = (reply: string | undefined) => (reply ?? "").split("\n").filter((l) => /^\d+\. /.test(l));

describe("a typed number that chooses no option", () => {
  it.each([
    { typed: "9", where: "after a subscription (options 1–3)", scene: "sub_370700" },
    { typed: "０", where: "under the welcome's options", scene: undefined },
  ])("« $typed » $where: the range and her options again, not an FAQ miss", async ({ typed, scene }) => {
    const first = await wx.follow(scene ? { scene } : {});
    const shown = optionLines(first.reply);
    expect(shown.length).toBeGreaterThan(1);
    const wrong = await wx.send(first.openid, typed);
    expect(wrong.status).toBe(200);
    expect(wrong.reply).toMatch(`没有第 ${Number(typed.normalize("NFKC"))} 项`);
    expect(wrong.reply).toMatch(`1–${shown.length}`);
    expect(wrong.reply).not.toMatch(/答不上来|转给工作人员/);
    // The same options with the same numbers, still hers to type.
    expect(optionLines(wrong.reply)).toEqual(shown);
    const missed = (await topMisses(redis, "zh-CN", 100)).map((m) => m.question);
    expect(missed).not.toContain(typed);
    const again = await wx.send(first.openid, "1");
    expect(again.reply).not.toMatch(/没有第|答不上来/);
  });

  it("with no options left to her, the menu (in English when that is her language)", async () => {
    const { openid } = await wx.follow();
    await wx.send(openid, "/language en");
    await wx.send(openid, "thanks");
    const wrong = await wx.send(openid, "7");
    expect(wrong.reply).toMatch(/Reply with a number/);
    expect(wrong.reply).not.toMatch(/don't have an answer|没有第/);
  });
});
