import { inflateSync } from "node:zlib";
import jsQR from "jsqr";
import { describe, expect, it } from "vitest";
import { readCount, readLink, readTargets, readText, toggleTarget } from "../../src/fairs/fields.ts";
import { escapeText, foldLine } from "../../src/fairs/ics.ts";
import { reminderTime } from "../../src/fairs/notices.ts";
import { qrPng } from "../../src/fairs/qr.ts";
import { fairWhen } from "../../src/fairs/templates.ts";

const TZ = "Asia/Shanghai";

describe("fair form fields", () => {
  it("reads counts as staff type them and bounds them", () => {
    for (const [typed, value] of [
      ["51", 51],
      ["51家", 51],
      ["2,600个", 2600],
      ["2，600", 2600],
      ["约2600", 2600],
      ["五十", 50],
      ["0", 0],
      ["100000", 100_000],
    ] as const) {
      expect(readCount(typed)).toEqual({ ok: true, value });
    }
    expect(readCount("很多")).toEqual({ ok: false, reason: "invalid" });
    expect(readCount("-5")).toEqual({ ok: false, reason: "invalid" });
    expect(readCount("100001")).toEqual({ ok: false, reason: "too-long", count: 100001 });
    expect(readCount(" ")).toEqual({ ok: false, reason: "empty" });
  });

  it("accepts only https links, and skip words for none", () => {
    expect(readLink("https://example.com/a?b=1")).toEqual({ ok: true, value: "https://example.com/a?b=1" });
    for (const skip of ["跳过", "skip", "-", "无"])
      expect(readLink(skip)).toEqual({ ok: true, value: undefined });
    for (const bad of [
      "javascript:alert(1)",
      "https://localhost/x",
      "https://u:p@example.com",
      "报名 网址",
    ]) {
      expect(readLink(bad)).toEqual({ ok: false, reason: "invalid" });
    }
    // Issue 14 (13): what she most likely meant is offered as https.
    for (const [typed, offer] of [
      ["http://example.com", "https://example.com/"],
      ["example.com", "https://example.com/"],
      ["HTTP://Rzfl.gov.cn/Bao?id=3", "https://rzfl.gov.cn/Bao?id=3"],
      ["www.rzfl.gov.cn/baoming", "https://www.rzfl.gov.cn/baoming"],
    ]) {
      expect(readLink(typed!)).toEqual({ ok: false, reason: "not-https", offer });
    }
    expect(readLink("http://localhost/x")).toEqual({ ok: false, reason: "invalid" });
    expect(readLink(`https://example.com/${"a".repeat(300)}`)).toEqual({
      ok: false,
      reason: "too-long",
      count: 320,
    });
  });

  it("reads target groups by number or name; all stands alone", () => {
    expect(readTargets("1 3")).toEqual(["students", "homemaking"]);
    expect(readTargets("13")).toEqual(["students", "homemaking"]);
    expect(readTargets("农村妇女、家政")).toEqual(["rural", "homemaking"]);
    expect(readTargets("Students, rural")).toEqual(["students", "rural"]);
    expect(readTargets("1 全部")).toEqual(["all"]);
    expect(readTargets("1 老人")).toBeUndefined();
    expect(toggleTarget(["students"], "all")).toEqual(["all"]);
    expect(toggleTarget(["all"], "rural")).toEqual(["rural"]);
    expect(toggleTarget(["rural", "students"], "rural")).toEqual(["students"]);
  });

  it("bounds text by characters, not UTF-16 units, and keeps paragraphs", () => {
    expect(readText("标".repeat(100), 100).ok).toBe(true);
    expect(readText("标".repeat(101), 100)).toEqual({ ok: false, reason: "too-long", count: 101 });
    expect(readText("😀".repeat(100), 100).ok).toBe(true);
    expect(readText("a  \r\n\r\n\r\n\r\nb", 100)).toEqual({ ok: true, value: "a\n\nb" });
    expect(readText("   ", 100)).toEqual({ ok: false, reason: "empty" });
  });
});

describe("fair times", () => {
  it("reminds at 09:00 Shanghai time on the day before, across month ends", () => {
    expect(reminderTime(Date.parse("2027-06-09T14:00:00+08:00"), TZ)).toBe(
      Date.parse("2027-06-08T09:00:00+08:00"),
    );
    expect(reminderTime(Date.parse("2027-03-01T08:00:00+08:00"), TZ)).toBe(
      Date.parse("2027-02-28T09:00:00+08:00"),
    );
    // 00:30 on the 10th local is still the 9th in UTC: the day before is the 9th local.
    expect(reminderTime(Date.parse("2027-06-10T00:30:00+08:00"), TZ)).toBe(
      Date.parse("2027-06-09T09:00:00+08:00"),
    );
  });

  it("shows the date with its weekday in each language", () => {
    const at = Date.parse("2027-06-09T14:00:00+08:00");
    expect(fairWhen(at, "zh-CN", TZ)).toBe("2027年6月9日（周三）14:00");
    expect(fairWhen(at, "en", TZ)).toBe("Wed 9 Jun 2027, 14:00");
  });
});

describe("calendar text", () => {
  it("escapes TEXT values and folds lines at 75 octets without splitting characters", () => {
    expect(escapeText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
    const line = `SUMMARY:${"春风送岗".repeat(20)}`;
    const folded = foldLine(line);
    for (const part of folded.split("\r\n")) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
  });
});

describe("QR code", () => {
  it("is a PNG that a QR reader decodes to the deep link", async () => {
    const link = "https://t.me/jinguo_bot?start=fair_123";
    const png = Buffer.from(await qrPng(link));
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    const width = png.readUInt32BE(16);
    const chunks: Buffer[] = [];
    for (let at = 8; at < png.length; ) {
      const length = png.readUInt32BE(at);
      if (png.subarray(at + 4, at + 8).toString() === "IDAT")
        chunks.push(png.subarray(at + 8, at + 8 + length));
      at += 12 + length;
    }
    const raw = inflateSync(Buffer.concat(chunks));
    const rgba = new Uint8ClampedArray(width * width * 4);
    for (let y = 0; y < width; y++) {
      for (let x = 0; x < width; x++)
        rgba.fill(raw[y * (width + 1) + 1 + x]!, (y * width + x) * 4, (y * width + x) * 4 + 3);
    }
    for (let i = 3; i < rgba.length; i += 4) rgba[i] = 255;
    expect(jsQR(rgba, width, width)?.data).toBe(link);
  });
});
