import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { matchingCodes, sourceKeys } from "../../src/broadcast/audience.ts";
import { checkText, parseButtons } from "../../src/broadcast/compose.ts";
import { entitiesToHtml } from "../../src/broadcast/entities.ts";
import { pageSizeFor } from "../../src/broadcast/enumerate.ts";
import { percent, progressBar, progressLine } from "../../src/broadcast/progress.ts";
import { broadcastRate, starsEstimate } from "../../src/broadcast/settings.ts";
import { loadConfig } from "../../src/config.ts";
import { createI18n } from "../../src/i18n.ts";
import { parseWhen } from "../../src/time/parse.ts";

const TZ = "Asia/Shanghai";
const read = (f: string) => readFileSync(join(import.meta.dirname, "../..", f), "utf8");
const i18n = createI18n({ "zh-CN": read("locales/zh-CN.ftl"), en: read("locales/en.ftl") });
const at = (iso: string) => Date.parse(iso);

describe("announcement text and buttons", () => {
  it("refuses empty and over-long text, accepts 4,096 characters", () => {
    expect(checkText("  \n ")).toBe("empty");
    expect(checkText(undefined)).toBe("empty");
    expect(checkText("x".repeat(4096))).toBeNull();
    expect(checkText("x".repeat(4097))).toBe("too-long");
  });

  it("parses up to three https buttons, one per line, and names the bad line", () => {
    const ok = parseButtons("在线报名 - https://example.org/apply\nMore info https://example.org/info");
    expect(ok).toEqual({
      buttons: [
        { text: "在线报名", url: "https://example.org/apply" },
        { text: "More info", url: "https://example.org/info" },
      ],
    });
    expect(parseButtons("Apply - http://example.org/apply")).toEqual({
      problem: "not-https",
      line: "Apply - http://example.org/apply",
    });
    expect(parseButtons("Apply - javascript:alert(1)")).toMatchObject({ problem: "not-https" });
    expect(parseButtons("https://example.org")).toMatchObject({ problem: "label" });
    expect(parseButtons("just words")).toMatchObject({ problem: "format" });
    // No space before the link, a full-width colon, a label with a hyphen (found from outside).
    for (const line of [
      "名称|https://example.org/x",
      "名称｜https://example.org/x",
      "名称：https://example.org/x",
      "名称 https：//example.org/x",
      "名称-https://example.org/x",
    ]) {
      expect(parseButtons(line)).toEqual({ buttons: [{ text: "名称", url: "https://example.org/x" }] });
    }
    expect(parseButtons("E-mail us - https://example.org/x")).toEqual({
      buttons: [{ text: "E-mail us", url: "https://example.org/x" }],
    });
    expect(parseButtons("打开|tg://resolve?domain=x")).toMatchObject({ problem: "not-https" });
    expect(parseButtons("打开 - http://example.org")).toMatchObject({ problem: "not-https" });
    const three = [1, 2, 3].map((n) => `B${n} - https://example.org/${n}`).join("\n");
    expect(parseButtons(three)).toHaveProperty("buttons");
    expect(parseButtons(`${three}\nB4 - https://example.org/4`)).toEqual({ problem: "too-many" });
    expect(parseButtons("B4 - https://example.org/4", [{ text: "a", url: "https://a.org/" }])).toHaveProperty(
      "buttons",
    );
  });

  it("keeps typed formatting as Telegram HTML and escapes the text", () => {
    const text = "Loans <2026> & more: apply here";
    const html = entitiesToHtml(text, [
      { type: "bold", offset: 0, length: 5 },
      { type: "italic", offset: 0, length: 12 },
      { type: "text_link", offset: 27, length: 4, url: "https://example.org/?a=1&b=2" },
      { type: "mention", offset: 13, length: 1 },
    ]);
    expect(html).toBe(
      '<i><b>Loans</b> &lt;2026&gt;</i> &amp; more: apply <a href="https://example.org/?a=1&amp;b=2">here</a>',
    );
    // Crossing entities are closed and reopened so tags always nest.
    expect(
      entitiesToHtml("abcdef", [
        { type: "bold", offset: 0, length: 4 },
        { type: "italic", offset: 2, length: 4 },
      ]),
    ).toBe("<b>ab<i>cd</i></b><i>ef</i>");
    // UTF-16 offsets: an emoji counts two.
    expect(entitiesToHtml("😀 hi", [{ type: "bold", offset: 3, length: 2 }])).toBe("😀 <b>hi</b>");
  });
});

describe("scheduling times (Asia/Shanghai)", () => {
  const now = at("2026-12-01T02:00:00Z"); // 10:00 in Shanghai
  it("reads the usual ways of writing a date and time", () => {
    expect(parseWhen("2026-12-05 09:30", now, TZ)).toEqual({ ok: true, at: at("2026-12-05T01:30:00Z") });
    expect(parseWhen("2026/12/5 9:30", now, TZ)).toEqual({ ok: true, at: at("2026-12-05T01:30:00Z") });
    expect(parseWhen("12月5日 9:30", now, TZ)).toEqual({ ok: true, at: at("2026-12-05T01:30:00Z") });
    expect(parseWhen("12月5日下午3点", now, TZ)).toEqual({ ok: true, at: at("2026-12-05T07:00:00Z") });
    expect(parseWhen("明天 15:00", now, TZ)).toEqual({ ok: true, at: at("2026-12-02T07:00:00Z") });
    expect(parseWhen("tomorrow 9:30 pm", now, TZ)).toEqual({ ok: true, at: at("2026-12-02T13:30:00Z") });
    expect(parseWhen("１２月５日 ９：３０", now, TZ)).toEqual({ ok: true, at: at("2026-12-05T01:30:00Z") });
    expect(parseWhen("16:00", now, TZ)).toEqual({ ok: true, at: at("2026-12-01T08:00:00Z") });
  });
  it("reads what /newfair reads: weekdays, 明早, Chinese numerals, ISO (typed by staff from outside)", () => {
    expect(parseWhen("下周一 9点", now, TZ)).toEqual({ ok: true, at: at("2026-12-07T01:00:00Z") });
    expect(parseWhen("next monday 9am", now, TZ)).toEqual({ ok: true, at: at("2026-12-07T01:00:00Z") });
    expect(parseWhen("周五下午两点半", now, TZ)).toEqual({ ok: true, at: at("2026-12-04T06:30:00Z") });
    expect(parseWhen("明早9点", now, TZ)).toEqual({ ok: true, at: at("2026-12-02T01:00:00Z") });
    expect(parseWhen("12月3号 下午三点", now, TZ)).toEqual({ ok: true, at: at("2026-12-03T07:00:00Z") });
    expect(parseWhen("2026-12-02T09:00", now, TZ)).toEqual({ ok: true, at: at("2026-12-02T01:00:00Z") });
    expect(parseWhen("上周一 9点", now, TZ)).toEqual({ ok: false, reason: "past" });
    expect(parseWhen("明天", now, TZ)).toMatchObject({ ok: false });
  });
  it("rolls a month-day in the past to next year and refuses nonsense", () => {
    expect(parseWhen("1月3日 8:00", now, TZ)).toEqual({ ok: true, at: at("2027-01-03T00:00:00Z") });
    expect(parseWhen("2月30日 8:00", now, TZ)).toMatchObject({ ok: false });
    expect(parseWhen("25:00", now, TZ)).toMatchObject({ ok: false });
    expect(parseWhen("next week", now, TZ)).toMatchObject({ ok: false });
    expect(parseWhen("15", now, TZ)).toMatchObject({ ok: false });
  });
});

describe("audience scope", () => {
  it("reaches a region's districts and ancestors, but only inside the staff scope", () => {
    const all = matchingCodes(["370702"]);
    expect(all).toEqual(["370000", "370700", "370702"]);
    expect(matchingCodes(["370702"], "370700")).toEqual(["370700", "370702"]);
    const city = matchingCodes(["370700"], "370700");
    expect(city).toContain("370702");
    expect(city.every((c) => c.startsWith("3707"))).toBe(true);
    // A region outside the scope reaches nobody.
    expect(matchingCodes(["370500"], "370700")).toEqual([]);
    const keys = sourceKeys({
      kind: "subscribers",
      topics: ["fairs", "aid"],
      regions: ["370702"],
      within: "370700",
    });
    expect(keys).toEqual([
      "jg:sub:fairs:370700",
      "jg:sub:fairs:370702",
      "jg:sub:aid:370700",
      "jg:sub:aid:370702",
    ]);
  });
});

describe("rate, cost and progress", () => {
  const config = loadConfig({
    TELEGRAM_BOT_TOKEN: "1:AAAAAAAAAAAAAAAAAAAAAAAAA",
    TELEGRAM_WEBHOOK_SECRET: "s",
    UPSTASH_REDIS_REST_URL: "http://127.0.0.1:1",
    UPSTASH_REDIS_REST_TOKEN: "t",
    BROADCAST_RATE: "100",
  });
  it("never exceeds 30/s unless paid, and estimates Stars at 0.1 each", () => {
    expect(broadcastRate(config, false)).toBe(30);
    expect(broadcastRate(config, true)).toBe(1000);
    expect(starsEstimate(5000)).toBe(500);
    expect(starsEstimate(3)).toBe(1);
    // About a second of sending per queue message.
    expect([pageSizeFor(25, 100), pageSizeFor(1000, 100), pageSizeFor(5000, 100)]).toEqual([100, 1000, 1000]);
  });

  it("draws the bar and the line of the issue", () => {
    expect(progressBar(3000, 5000)).toBe("▓▓▓▓▓▓░░░░");
    expect(percent(4999, 5000)).toBe(99);
    const line = progressLine(
      i18n,
      "en",
      { sent: 2987, blocked: 12, failed: 1, skipped: 0, erased: 0 },
      5000,
    );
    expect(line).toBe("▓▓▓▓▓▓░░░░ 60% · 3,000/5,000 · 12 blocked · 1 failed");
  });
});
