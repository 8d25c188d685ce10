import { describe, expect, it } from "vitest";
import { chineseNumerals } from "../../src/text/numerals.ts";
import { dateExamples } from "../../src/time/examples.ts";
import { parseDateTime, parseWhen } from "../../src/time/parse.ts";
import { localParts, zonedTime } from "../../src/time/zoned.ts";

const TZ = "Asia/Shanghai";
// Monday 1 June 2026, 10:00 in Shanghai.
const NOW = Date.parse("2026-06-01T10:00:00+08:00");
const at = (iso: string) => Date.parse(`${iso}+08:00`);
const read = (text: string, now = NOW) => parseDateTime(text, now, TZ);

describe("parseDateTime", () => {
  it.each([
    ["2026-06-09 14:00", "2026-06-09T14:00:00"],
    ["2026/6/9 14:00", "2026-06-09T14:00:00"],
    ["2026-06-09T14:00", "2026-06-09T14:00:00"],
    ["2026年6月9日14:00", "2026-06-09T14:00:00"],
    ["2026年6月9日 下午2点", "2026-06-09T14:00:00"],
    ["6月9日 14:00", "2026-06-09T14:00:00"],
    ["6月9日 14：00", "2026-06-09T14:00:00"],
    ["6月9号14点", "2026-06-09T14:00:00"],
    ["6月9日下午2点", "2026-06-09T14:00:00"],
    ["6月9日下午2点半", "2026-06-09T14:30:00"],
    ["6月9日 下午2:30", "2026-06-09T14:30:00"],
    ["6月9日上午9点15分", "2026-06-09T09:15:00"],
    ["六月九日下午两点", "2026-06-09T14:00:00"],
    ["6月9日中午12点", "2026-06-09T12:00:00"],
    ["6月9日晚上7点", "2026-06-09T19:00:00"],
    ["6/9 14:00", "2026-06-09T14:00:00"],
    ["明天上午9点", "2026-06-02T09:00:00"],
    ["明天 9:00", "2026-06-02T09:00:00"],
    ["后天下午3点", "2026-06-03T15:00:00"],
    ["今天下午3点", "2026-06-01T15:00:00"],
    ["下周三上午10点", "2026-06-10T10:00:00"],
    ["周三上午10点", "2026-06-03T10:00:00"],
    ["星期五 14:00", "2026-06-05T14:00:00"],
    ["June 9 2pm", "2026-06-09T14:00:00"],
    ["9 Jun 2026 14:30", "2026-06-09T14:30:00"],
    ["tomorrow 9am", "2026-06-02T09:00:00"],
    ["1月5日 9:00", "2027-01-05T09:00:00"], // more than a month ago this year: next year's
    // Dotted dates and times, as notices write them; « 上午12点 » is noon, « 12am » midnight.
    ["6.9 14:00", "2026-06-09T14:00:00"],
    ["6.9（周二）上午9:30", "2026-06-09T09:30:00"],
    ["6月9日上午9.30", "2026-06-09T09:30:00"],
    ["明天上午9.30", "2026-06-02T09:30:00"],
    ["周三 9.30", "2026-06-03T09:30:00"],
    ["6月9日上午12点", "2026-06-09T12:00:00"],
    ["June 9 12am", "2026-06-09T00:00:00"],
    // « 晚上12点 » ends the day (it used to be read as noon); 凌晨12点 begins it.
    ["6月9日晚上12点", "2026-06-10T00:00:00"],
    ["6月9日半夜12点半", "2026-06-10T00:30:00"],
    ["6月9日凌晨12点", "2026-06-09T00:00:00"],
    ["6月9日中午12点", "2026-06-09T12:00:00"],
    // The day of the month alone, and 晚 alone for the evening.
    ["9号下午2点", "2026-06-09T14:00:00"],
    ["下个月5号上午9点", "2026-07-05T09:00:00"],
    ["6月9日晚7点", "2026-06-09T19:00:00"],
  ])("reads %s", (text, iso) => {
    expect(read(text)).toEqual({ ok: true, at: at(iso) });
  });

  it("rejects a time in the past, including earlier today and last week", () => {
    expect(read("2026-05-20 14:00")).toEqual({ ok: false, reason: "past" });
    expect(read("5月25日 14:00")).toEqual({ ok: false, reason: "past" }); // a week ago, not next year
    expect(read("今天上午9点")).toEqual({ ok: false, reason: "past" });
    expect(read("2026-06-01 10:00")).toEqual({ ok: false, reason: "past" });
  });

  // Issue 14 (16): « 昨天上午9点 » was « 没看懂 ». Every way of naming a time gone by says it has
  // passed, in the form's reader and the schedule's alike.
  it.each([
    "昨天上午9点",
    "昨天 14:00",
    "昨晚8点",
    "前天下午3点",
    "大前天上午10点",
    "3天前上午9点",
    "三天前 9:00",
    "yesterday 9am",
    "yesterday at 14:00",
    "上周三上午10点",
    "上星期五 14:00",
    "last monday 9am",
    "上个月5号上午9点",
    "今天上午8点",
    "2025-06-09 14:00",
  ])("says %s has passed", (text) => {
    expect(read(text)).toEqual({ ok: false, reason: "past" });
    expect(parseWhen(text, NOW, TZ)).toEqual({ ok: false, reason: "past" });
  });

  it("still reads days ahead named from today", () => {
    expect(read("3天后上午9点")).toEqual({ ok: true, at: at("2026-06-04T09:00:00") });
    expect(read("in 2 days 9am")).toEqual({ ok: true, at: at("2026-06-03T09:00:00") });
  });

  it("rejects what it cannot read, or a date without a time", () => {
    for (const text of ["", "下个月吧", "2026-13-01 10:00", "2月30日 10:00", "6月9日 25:00", "hello"]) {
      expect(read(text)).toEqual({ ok: false, reason: "unreadable" });
    }
    expect(read("6月9日")).toEqual({ ok: false, reason: "no-time" });
    expect(read("2030-01-01 10:00")).toEqual({ ok: false, reason: "too-far" });
  });

  it("works across a year end", () => {
    const newYearsEve = Date.parse("2026-12-31T20:00:00+08:00");
    expect(read("明天上午9点", newYearsEve)).toEqual({ ok: true, at: at("2027-01-01T09:00:00") });
    expect(read("1月3日 10:00", newYearsEve)).toEqual({ ok: true, at: at("2027-01-03T10:00:00") });
    expect(read("3号上午10点", newYearsEve)).toEqual({ ok: true, at: at("2027-01-03T10:00:00") });
    expect(read("下个月5号 9:00", newYearsEve)).toEqual({ ok: true, at: at("2027-01-05T09:00:00") });
  });
});

describe("time-zone helpers", () => {
  it("convert wall time in Shanghai and in a zone with daylight saving", () => {
    expect(zonedTime(2026, 6, 9, 14, 0, TZ)).toBe(Date.parse("2026-06-09T06:00:00Z"));
    expect(zonedTime(2026, 7, 1, 9, 0, "Europe/London")).toBe(Date.parse("2026-07-01T08:00:00Z"));
    expect(localParts(NOW, TZ)).toMatchObject({ year: 2026, month: 6, day: 1, hour: 10, weekday: 1 });
  });

  it("read Chinese numerals as dates use them", () => {
    expect(chineseNumerals("二〇二六年十二月三十一日两点")).toBe("2026年12月31日2点");
  });
});

describe("the examples in date prompts", () => {
  // Issue 14 (16): the prompts showed 2026-06-09, long past. They are computed from today.
  it("are a week from today, in every form the readers take, and read back as that time", () => {
    for (const now of [
      NOW,
      Date.parse("2026-12-28T23:30:00+08:00"),
      Date.parse("2027-02-22T08:00:00+08:00"),
    ]) {
      const ex = dateExamples(now, TZ);
      const week = localParts(now + 7 * 86_400_000, TZ);
      const expected = zonedTime(week.year, week.month, week.day, 14, 0, TZ);
      for (const text of [ex.iso, ex.md, ex.spoken, ex.en]) {
        expect(read(text, now)).toEqual({ ok: true, at: expected });
        expect(parseWhen(text, now, TZ)).toEqual({ ok: true, at: expected });
      }
      expect(ex.iso).toBe(
        `${week.year}-${String(week.month).padStart(2, "0")}-${String(week.day).padStart(2, "0")} 14:00`,
      );
      expect(ex.md).toBe(`${week.month}月${week.day}日 14:00`);
      expect(ex.spoken).toBe(`${week.month}月${week.day}日下午2点`);
    }
  });
});
