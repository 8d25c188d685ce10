/** Screens rendered for WeChat, typed answers read back, template fields within WeChat's limits, the WeChat configuration. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  chooseOption,
  link,
  option,
  plainLabel,
  screen,
  shownLabel,
  typedOptions,
} from "../../src/channel/screen.ts";
import { ConfigError, loadConfig, wechatConfig } from "../../src/config.ts";
import { createI18n } from "../../src/i18n.ts";
import { noticeSlots } from "../../src/wechat/channel.ts";
import { repliesText, screenText, wechatTexts, wechatWords } from "../../src/wechat/render.ts";
import { fitField, templateData, templateFor } from "../../src/wechat/templates.ts";
import { htmlToWechatText, splitForWechat } from "../../src/wechat/text.ts";

const root = join(import.meta.dirname, "../..");
const i18n = createI18n({
  "zh-CN": readFileSync(join(root, "locales/zh-CN.ftl"), "utf8"),
  en: readFileSync(join(root, "locales/en.ftl"), "utf8"),
});
const words = wechatWords(i18n, "zh-CN");
const bytes = (s: string) => new TextEncoder().encode(s).length;

describe("a screen as WeChat text", () => {
  it("writes Telegram HTML as plain text, links with their address, entities decoded", () => {
    expect(
      htmlToWechatText(
        '<b>春风送岗</b> &amp; <i>招聘会</i>：<a href="https://example.org/a?x=1&amp;y=2">报名</a>',
      ),
    ).toBe("春风送岗 & 招聘会：报名：https://example.org/a?x=1&y=2");
    expect(htmlToWechatText('see <a href="https://e.org">https://e.org</a> &lt;now&gt;')).toBe(
      "see https://e.org <now>",
    );
    expect(htmlToWechatText("<blockquote>引用</blockquote>\n\n\n\n下一段")).toBe("引用\n\n下一段");
  });

  it("numbers the options in reading order under the hint and writes the links out", () => {
    const s = screen(
      "<b>请选择</b>",
      [option("✅ 1. 创业初期", "su:c:stage:idea"), option("2. 已经开业", "su:c:stage:young")],
      [option("👍 有用", "faq:up:x"), link("报名链接", "https://example.org/s")],
    );
    expect(screenText(s, words)).toBe(
      "请选择\n\n回复数字选择：\n1. ✅ 创业初期\n2. 已经开业\n3. 👍 有用\n\n🔗 报名链接：https://example.org/s",
    );
  });

  it("reads a typed answer as the option it names: number, label or answer, never a part of a label", () => {
    const options = typedOptions(
      screen(
        "x",
        [option("✅ 1. 贷款政策", "a"), option("不同意", "b", "no")],
        option("确认删除", "c", "确认", "yes"),
      ),
    );
    const chosen = (text: string) => chooseOption(options, text)?.action ?? null;
    expect(["1", "１", "第一个", "贷款政策", "2", "不同意", "NO", "3", "确认。", "yes"].map(chosen)).toEqual([
      "a",
      "a",
      "a",
      "a",
      "b",
      "b",
      "b",
      "c",
      "c",
      "c",
    ]);
    expect(["贷款", "4", "0", "我想贷款", ""].map(chosen)).toEqual([null, null, null, null, null]);
    expect(plainLabel("✅ 12. 十二")).toBe("十二");
    // A picker's and a toggle's labels: their number and an unticked box go; a tick is shown, not typed.
    expect(["⬜ 1 招聘会", "✅ 3 技能培训", "7 潍坊市", "12338 维权热线"].map(plainLabel)).toEqual([
      "招聘会",
      "技能培训",
      "潍坊市",
      "12338 维权热线",
    ]);
    expect(
      ["⬜ 1 招聘会", "✅ 3 技能培训", "✅ 7 潍坊市", "✅ 确认订阅", "✅ 12338"].map(shownLabel),
    ).toEqual(["招聘会", "✅ 技能培训", "✅ 潍坊市", "确认订阅", "12338"]);
  });

  it("numbers options across several answers of one push, so every number is one choice", () => {
    const { texts, options } = repliesText(
      [
        { html: "A", buttons: [[{ text: "甲", callback: "x:1" }]] },
        { html: "B", buttons: [[{ text: "乙", callback: "x:2" }]] },
      ],
      words,
    );
    expect(texts).toEqual(["A\n\n回复数字选择：\n1. 甲\n\nB\n\n回复数字选择：\n2. 乙"]);
    expect(options.map((o) => o.action)).toEqual(["x:1", "x:2"]);
  });

  it("cuts text into messages of at most 2,048 bytes between lines, a long line between characters", () => {
    const para = "妇".repeat(300);
    const parts = splitForWechat([para, para, para, "终"].join("\n"));
    expect(parts.every((p) => bytes(p) <= 2048)).toBe(true);
    expect(parts.join("\n")).toBe([para, para, para, "终"].join("\n"));
    const long = splitForWechat("女".repeat(1500));
    expect(long.map(bytes)).toEqual([2046, 2046, 408]);
    expect(long.join("")).toBe("女".repeat(1500));
  });

  it("says what a file or a copied post could not carry", () => {
    const texts = wechatTexts({ html: "日历", document: { filename: "fair.ics", content: "BEGIN" } }, words);
    expect(texts).toEqual(["日历\n\n📎 “fair.ics”是一个文件，微信里暂时不能发送。"]);
    expect(wechatTexts({ copyFrom: { chatId: 1, messageId: 2 }, html: "图说" }, words)[0]).toMatch(
      /^📎 这条通知带有图片或文件.*\n\n图说$/,
    );
  });
});

describe("template messages", () => {
  const config = {
    notice: { id: "N", fields: { thing1: "title", thing2: "summary", time3: "sent" } },
    fair: { id: "F", fields: { thing1: "title", time2: "when", thing3: "place", phrase4: "status" } },
    "fair-cancel": { id: "C", fields: { thing1: "title" } },
  } as const;

  it("picks the kind's own template, then its family's, then the default", () => {
    expect(templateFor(config, "fair-cancel")?.id).toBe("C");
    expect(templateFor(config, "fair-reminder")?.id).toBe("F");
    expect(templateFor(config, "staff")?.id).toBe("N");
    expect(templateFor({}, "staff")).toBeNull();
  });

  it("fills each field from its slot within WeChat's limits", () => {
    expect(fitField("thing1", "山东省潍坊市2026年春风送岗女性专场招聘会（第二场）")).toBe(
      "山东省潍坊市2026年春风送岗女性专场…",
    );
    expect(fitField("phrase4", "已经取消了")).toBe("已经取消了");
    expect(fitField("phrase4", "时间地点变更")).toBe("时间地点变");
    expect(fitField("character_string9", "x".repeat(40))).toHaveLength(32);
    const slots = noticeSlots(
      {
        html: "<b>春风送岗</b>招聘会本周六举行\n地点：人力资源市场",
        notice: { kind: "fair", place: "潍坊" },
      },
      "Asia/Shanghai",
      Date.parse("2026-12-07T01:30:00Z"),
    );
    expect(slots).toMatchObject({
      title: "春风送岗招聘会本周六举行",
      summary: "地点：人力资源市场",
      sent: "2026年12月7日 09:30",
    });
    expect(templateData(config.fair, slots)).toEqual({
      thing1: { value: "春风送岗招聘会本周六举行" },
      time2: { value: "2026年12月7日 09:30" },
      thing3: { value: "潍坊" },
      phrase4: { value: "—" },
    });
  });
});

describe("WeChat configuration", () => {
  const base = {
    TELEGRAM_BOT_TOKEN: "123:abc",
    TELEGRAM_WEBHOOK_SECRET: "s",
    UPSTASH_REDIS_REST_URL: "https://example.upstash.io",
    UPSTASH_REDIS_REST_TOKEN: "t",
  };

  it("is off when none of its three variables is set", () => {
    const config = loadConfig(base);
    expect(wechatConfig(config)).toBeNull();
  });

  it("reads the channel's settings and its templates, with WeChat's API by default", () => {
    const config = loadConfig({
      ...base,
      WECHAT_TOKEN: "jinguo2026",
      WECHAT_APPID: "wx0123456789abcdef",
      WECHAT_APPSECRET: "0123456789abcdef0123456789abcdef",
      WECHAT_TEMPLATES: JSON.stringify({ notice: { id: "abc", fields: { thing1: "title" } } }),
    });
    expect(wechatConfig(config)).toMatchObject({
      token: "jinguo2026",
      appId: "wx0123456789abcdef",
      aesKey: undefined,
      apiRoot: "https://api.weixin.qq.com",
      templates: { notice: { id: "abc", fields: { thing1: "title" } } },
      rate: 20,
    });
  });

  it("names every problem at once, never printing a secret", () => {
    let problems: string[] = [];
    try {
      loadConfig({
        ...base,
        TELEGRAM_WEBHOOK_SECRET: "",
        WECHAT_APPID: "wx0123456789abcdef",
        WECHAT_AES_KEY: "secret-but-too-short",
        WECHAT_TEMPLATES: '{"notice":{"id":"x","fields":{"thing1":"price"}}}',
      });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      problems = (error as ConfigError).problems;
    }
    expect(problems).toEqual(
      expect.arrayContaining([
        "TELEGRAM_WEBHOOK_SECRET is missing",
        "WECHAT_AES_KEY is invalid",
        expect.stringMatching(/^WECHAT_TOKEN is missing \(the WeChat channel needs/),
        expect.stringMatching(/^WECHAT_APPSECRET is missing/),
        expect.stringMatching(/^WECHAT_TEMPLATES /),
      ]),
    );
    expect(problems.join(" ")).not.toContain("secret-but-too-short");
  });
});
