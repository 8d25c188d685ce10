import { describe, expect, it } from "vitest";
import { bundledFaq } from "../../src/faq/kb.ts";
import { regionLabel } from "../../src/regions/index.ts";
import { simulatorSuite } from "./support/suite.ts";
import { shown } from "./support/text.ts";
import { WechatChat } from "./support/wechat.ts";

const sim = simulatorSuite("wechat");
const zh = "zh-CN";
const WEIFANG = regionLabel("370700", zh);

describe("a WeChat persona, in the browser", () => {
  it("follows through the sub_370700 poster, opens the menu's fairs, asks about a loan and answers an option by its number", async () => {
    const s = sim();
    // Made in the editor as a WeChat user: no Telegram id or role to fill, an openid of her own.
    await s.page.locator("#new-persona").click();
    const editor = s.page.locator("dialog.persona-dialog");
    await editor.locator('[name="first_name"]').fill("微信小梅");
    await editor.locator('[name="channel"]').selectOption("wechat");
    await expect(editor.locator('[name="role"]').isVisible()).resolves.toBe(false);
    await editor.getByRole("button", { name: "Create" }).click();
    const row = s.page.locator(".persona.selected", { hasText: "微信小梅" });
    await expect(row.locator(".tag.wechat").textContent()).resolves.toBe("WeChat");
    const mei = await s.page.evaluate(async () => {
      const state = (await (await fetch("/__sim/state")).json()) as {
        personas: { first_name: string; channel: string; openid: string | null }[];
      };
      return state.personas.find((p) => p.first_name === "微信小梅");
    });
    expect(mei).toMatchObject({ channel: "wechat", openid: expect.stringMatching(/^o[\w-]{27}$/) });
    const wx = new WechatChat(s);

    // The poster's QR: she follows through it, and the account confirms Weifang's alerts.
    await wx.scanPoster("sub_370700");
    await s.page.locator(".wx-msg.event", { hasText: "poster QR sub_370700" }).waitFor();
    await wx.waitForAccountText(shown(zh, "sub-link-done", { region: WEIFANG }));
    await s.snap("followed");

    // The account menu's 近期招聘会: a CLICK, answered with Weifang's fairs (none yet, or those published).
    let after = await wx.lastSeq();
    await wx.tapMenu(shown(zh, "wechat-menu-fairs"), shown(zh, "wechat-menu-fairs-list"));
    await s.page
      .locator(".wx-msg.event", { hasText: `« ${shown(zh, "wechat-menu-fairs-list")} »` })
      .waitFor();
    const list = new RegExp(
      [
        shown(zh, "fair-list-mine", { count: 0 }).split("（")[0],
        shown(zh, "fair-list-none-alerted", { regions: WEIFANG }),
      ].join("|"),
    );
    await wx.waitForAccountText(list, { after });
    await s.snap("fairs");

    // A loan question in plain Chinese: the loan entry with its source.
    const entry = bundledFaq("zh-CN").find((e) => e.id === "loan-guaranteed");
    if (!entry) throw new Error("no loan-guaranteed entry");
    const source = shown(zh, "faq-source", {
      title: entry.source.title,
      year: String(entry.source.year),
      reviewed: entry.reviewed,
    });
    after = await wx.lastSeq();
    await wx.type("我想贷款开个小店，妇联能帮忙吗");
    const answer = await wx.waitForAccountText(source, { after });
    await expect(answer.textContent()).resolves.toContain(entry.answer.split("\n")[0]);

    // Its options are numbered text: she types the number of 👍.
    const up = await wx.optionNumber(answer, shown(zh, "faq-vote-up"));
    expect(up).toMatch(/^\d+$/);
    after = await wx.lastSeq();
    await wx.type(up);
    await wx.waitForAccountText(shown(zh, "faq-voted-up"), { after });
    // Back to the menu, its fairs group open (docs/simulator-wechat.png is this screenshot).
    await s.page.locator("#wx-mode").click();
    await s.page.locator("#wx-menu .wx-menu-btn", { hasText: shown(zh, "wechat-menu-fairs") }).click();
    await s.page.locator(".wx-submenu").waitFor();
    await s.snap("menu");
  });
});
