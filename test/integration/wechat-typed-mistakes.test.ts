/** What she types on WeChat (through /wechat/webhook and the WeChat emulator) and Telegram: a number that chooses nothing is never a question, and no WeChat reply speaks of buttons. */
import { describe, expect, it } from "vitest";
import zhCN from "../../locales/zh-CN.ftl";
import { topMisses } from "../../src/faq/misses.ts";
import { textsFor } from "../support/emulator.ts";
import { wx } from "../support/wechat.ts";
import { redis, say, uniqueId } from "../support/worker.ts";

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

describe("a typed number on Telegram, where no form asked for one", () => {
  it("gets the menu, not an FAQ miss offering to pass « 9 » to staff", async () => {
    const p = { id: uniqueId(), first_name: "桂英", language_code: "zh-hans" };
    await say(p, "/start");
    await say(p, "9");
    const reply = (await textsFor(p.id)).at(-1) ?? "";
    expect(reply).toMatch(/没太明白/);
    expect(reply).not.toMatch(/答不上来/);
    expect((await topMisses(redis, "zh-CN", 100)).map((m) => m.question)).not.toContain("9");
  });
});

describe("WeChat's wording", () => {
  // Telegram's « 点下面的按钮 » / « tap the button »: WeChat has numbered options, nothing to tap.
  const TAPPING = /点(?:下面|一下|按|击|此|“)|按钮|\b(?:tap|button)s?\b/i;

  it.each([
    { says: ["你好", "好的", "我家的牛生病了找谁看"] },
    { says: ["/language en", "hello", "ok", "my cow is sick, who can treat it"] },
    { says: ["退订"], scene: "sub_370700" },
  ])(
    "answers $says with numbers to reply, never buttons to tap (FAQ replies too)",
    async ({ says, scene }) => {
      const { openid } = await wx.follow(scene ? { scene } : {});
      for (const text of says) {
        const { reply } = await wx.send(openid, text);
        expect(reply, text).toMatch(/回复|Reply with/);
        expect(reply, text).not.toMatch(TAPPING);
      }
    },
  );
});

describe("the commands her texts tell her to send, typed on WeChat", () => {
  // Every « /command » a woman's text names (staff texts aside), read from the zh-CN locale, and /cancel.
  const STAFF =
    /^(?:bc|console|staff|mentor|cmd|help|faq-(?:write|stats|saved|staff|miss|edit|new)|fair-(?:ask|bad|edit|preview|stats|need|published|saved|cancel|field))-/;
  const named = new Set(["/cancel"]);
  for (const part of zhCN.split(/^(?=[a-z][a-z0-9-]* =)/m)) {
    const key = /^([a-z][a-z0-9-]*) =/.exec(part)?.[1];
    if (!key || STAFF.test(key)) continue;
    for (const m of part.replace(/^#.*$/gm, "").matchAll(/(?<![<\w/])\/([a-z]+)\b/g)) named.add(`/${m[1]}`);
  }

  it.each([...named].sort())(
    "%s does what it says, never an FAQ answer or « I did not understand »",
    async (command) => {
      expect(named.size).toBeGreaterThan(8);
      const { openid } = await wx.follow({ scene: "sub_370700" });
      const { status, reply } = await wx.send(openid, command);
      expect(status).toBe(200);
      expect(reply).toBeDefined();
      expect(reply).not.toMatch(/答不上来|不太确定|📄|没太明白|don't have an answer/);
    },
  );
});

describe("the same answer sent twice on WeChat", () => {
  it("« 确认订阅 » twice: subscribed once, then told it is done, her options kept; not an FAQ question", async () => {
    const { openid } = await wx.follow();
    for (const text of ["订阅", "7", "寿光"]) await wx.send(openid, text);
    const done = await wx.send(openid, "确认订阅");
    expect(done.reply).toMatch(/订阅成功/);
    const twice = await wx.send(openid, "确认订阅");
    expect(twice.reply).toMatch(/已经收到了/);
    expect(twice.reply).not.toMatch(/不太确定|答不上来|📄/);
    expect(optionLines(twice.reply)).toEqual(optionLines(done.reply));
    // Another text is a question again.
    expect((await wx.send(openid, "确认一下")).reply).not.toMatch(/已经收到了/);
  });
});

describe("a language named on its own on WeChat (which never tells the account her phone's language)", () => {
  it("« English » switches to English, « 中文 » back; « en » (嗯 in pinyin) does not", async () => {
    const { openid } = await wx.follow();
    const en = await wx.send(openid, "English");
    expect(en.reply).toMatch(/Language set to English/);
    expect(en.reply).toMatch(/Reply with a number/);
    expect((await wx.send(openid, "中文")).reply).toMatch(/已切换为中文/);
    expect((await wx.send(openid, "en")).reply).not.toMatch(/Language set|已切换/);
  });
});
