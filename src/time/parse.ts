/** Dates and times as people type them, read in a time zone: a form's (a date required) and a schedule's (today by default). */
import { chineseNumerals } from "../text/numerals.ts";
import { addDays, isRealDate, localParts, zonedTime } from "./zoned.ts";

/** The outcome of reading a typed date and time. */
export type DateParse =
  | { ok: true; at: number }
  | { ok: false; reason: "unreadable" | "no-time" | "past" | "too-far" };

type Ymd = { year: number; month: number; day: number };
type Found = { date: Ymd; rest: string };
const MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split(" ");
const EN_DAYS = "monday tuesday wednesday thursday friday saturday sunday".split(" ");
const ZH_DAYS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };
const RELATIVE: Record<string, number> = {
  今天: 0,
  今日: 0,
  今晚: 0,
  today: 0,
  tonight: 0,
  明天: 1,
  明日: 1,
  明早: 1,
  明晚: 1,
  tomorrow: 1,
  后天: 2,
  大后天: 3,
  // Days gone by are read too, so a time in them is "past", not "unreadable".
  昨天: -1,
  昨日: -1,
  昨晚: -1,
  yesterday: -1,
  前天: -2,
  大前天: -3,
};
const RELATIVE_WORD = new RegExp(
  Object.keys(RELATIVE)
    .sort((a, b) => b.length - a.length)
    .join("|"),
);
const TIME_HINT = /\d\s*[:：点时]|\d\s*(?:am|pm|a\.m\.|p\.m\.)|\d\.\d{2}/;
const TWO_YEARS = 2 * 366 * 86_400_000;

// A date without a year is this year's, unless that is more than a month ago: then next year's.
function inferYear(month: number, day: number, today: Ymd): number {
  const thisYear = Date.UTC(today.year, month - 1, day);
  const now = Date.UTC(today.year, today.month - 1, today.day);
  return thisYear < now - 31 * 86_400_000 ? today.year + 1 : today.year;
}

function weekdayDate(prefix: string | undefined, target: number, today: Ymd, todayWeekday: number): Ymd {
  let delta = target - todayWeekday;
  if (prefix === "下" || prefix === "next") delta += 7;
  else if (prefix === "下下") delta += 14;
  else if (prefix === "上") delta -= 7;
  else if (prefix === "last")
    delta -= delta >= 0 ? 7 : 0; // "last monday": the latest one before today
  else if (prefix === undefined && delta < 0) delta += 7; // a bare 周三 means the coming one
  return addDays(today, delta);
}

function findDate(s: string, today: Ymd, todayWeekday: number): Found | null {
  const take = (m: RegExpExecArray, date: Ymd): Found => ({ date, rest: s.replace(m[0], " ") });
  let m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?/.exec(s);
  if (m) return take(m, { year: +m[1]!, month: +m[2]!, day: +m[3]! });
  m = /(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?/.exec(s) ?? /(?<![\d:])(\d{1,2})[/-](\d{1,2})(?![\d/:-])/.exec(s);
  if (m) return take(m, { year: inferYear(+m[1]!, +m[2]!, today), month: +m[1]!, day: +m[2]! });
  // "20号上午9点", "下个月5号": the day alone is this month's, or next month's once it has passed;
  // "上个月5号" is last month's.
  m = /(下个?月|上个?月|本月|这个月)?\s*(?<![\d.])(\d{1,2})\s*[日号]/.exec(s);
  if (m) {
    const shift = m[1]?.startsWith("上")
      ? -1
      : m[1]?.startsWith("下") || (!m[1] && +m[2]! < today.day)
        ? 1
        : 0;
    const index = today.year * 12 + today.month - 1 + shift;
    return take(m, { year: Math.floor(index / 12), month: (index % 12) + 1, day: +m[2]! });
  }
  // "3天前", "3天后", "3 days ago", "in 3 days": days counted from today.
  m = /(\d{1,3})\s*天\s*(前|以前|之前|后|以后|之后)|(\d{1,3})\s*days?\s+ago|in\s+(\d{1,3})\s*days?/.exec(s);
  if (m) {
    const back = m[3] !== undefined || m[2]?.endsWith("前") === true;
    const days = Number(m[1] ?? m[3] ?? m[4]);
    return take(m, addDays(today, back ? -days : days));
  }
  m = new RegExp(`(\\d{1,2})\\s*(${MONTHS.join("|")})[a-z]*\\.?,?\\s*(\\d{4})?`).exec(s);
  if (m) {
    const [month, day] = [MONTHS.indexOf(m[2]!) + 1, +m[1]!];
    return take(m, { year: m[3] ? +m[3] : inferYear(month, day, today), month, day });
  }
  m = new RegExp(`(${MONTHS.join("|")})[a-z]*\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?,?(?:\\s*(\\d{4}))?`).exec(s);
  if (m) {
    const [month, day] = [MONTHS.indexOf(m[1]!) + 1, +m[2]!];
    return take(m, { year: m[3] ? +m[3] : inferYear(month, day, today), month, day });
  }
  // "12.20（周日）9:30", as notices write dates: a date when a time is written beside it or no day
  // is named; in "明天上午9.30" or "周三 9.30" it is the time.
  m = /(?<![\d.])(\d{1,2})\.(\d{1,2})(?![\d:：])/.exec(s);
  if (m && (TIME_HINT.test(s.replace(m[0], " ")) || !(RELATIVE_WORD.test(s) || /周|星期|礼拜|day/.test(s))))
    return take(m, { year: inferYear(+m[1]!, +m[2]!, today), month: +m[1]!, day: +m[2]! });
  m = /(下下|下|这|本|上)?(?:周|星期|礼拜)([一二三四五六日天1-7])/.exec(s);
  if (m) {
    const target = ZH_DAYS[m[2]!] ?? Number(m[2]);
    const prefix = m[1] === "这" || m[1] === "本" ? "this" : m[1];
    return take(m, weekdayDate(prefix, target, today, todayWeekday));
  }
  m = new RegExp(`(next|this|last)?\\s*(${EN_DAYS.join("|")})`).exec(s);
  if (m) return take(m, weekdayDate(m[1], EN_DAYS.indexOf(m[2]!) + 1, today, todayWeekday));
  m = RELATIVE_WORD.exec(s);
  if (m) return take(m, addDays(today, RELATIVE[m[0]]!));
  return null;
}

// 晚 alone too: « 晚7点 » is 19:00, as are 晚上, 傍晚, 今晚 and 明晚.
const PM = /下午|午后|晚|夜里|夜间|(?<![a-z])(?:pm|p\.m\.|evening|afternoon|tonight)(?![a-z])/;
// 12 at night: "12am", 凌晨12点 begin the day. « 上午12点 » is the end of the morning, noon.
const MIDNIGHT = /凌晨|(?<![a-z])(?:am|a\.m\.)(?![a-z])/;
// « 晚上12点 », « 半夜12点 », « 夜里12点半 » end the day: 24:00 is the next day's 0:00.
const NIGHT = /晚|夜/;

// `s` is what is left once the date is taken out; `full` still holds words such as 明晚.
function findTime(s: string, full: string): { hour: number; minute: number } | null {
  let hour: number;
  let minute = 0;
  // With the date taken out, "9.30" is a time as much as "9:30".
  const clock = /(\d{1,2})\s*(?:[:：]\s*|\.)(\d{2})(?!\d)/.exec(s);
  const dian = clock ? null : /(\d{1,2})\s*[点时](?:\s*(\d{1,2})\s*分?|\s*(半)|\s*(\d)\s*刻)?/.exec(s);
  const ampm = clock || dian ? null : /(\d{1,2})(?:\.(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)/.exec(s);
  if (clock) [hour, minute] = [+clock[1]!, +clock[2]!];
  else if (dian) {
    hour = +dian[1]!;
    minute = dian[2] ? +dian[2] : dian[3] ? 30 : dian[4] ? 15 * +dian[4] : 0;
  } else if (ampm) {
    [hour, minute] = [+ampm[1]!, ampm[2] ? +ampm[2] : 0];
  } else return null;
  const [pm, noon] = [PM.test(full), /中午|noon/.test(full)];
  if ((pm || (noon && hour < 6)) && hour < 12) hour += 12;
  else if (hour === 12 && MIDNIGHT.test(full)) hour = 0;
  else if (hour === 12 && !noon && NIGHT.test(full)) hour = 24;
  if (hour > 24 || minute > 59) return null;
  return { hour, minute };
}

/**
 * Reads a date and time as staff type it in a form (a date is required; a job fair's, for one): `2026-06-09 14:00`, `2026年6月9日14:00`, `6月9日 14:00`,
 * `6月9日下午2点`, `六月九日下午两点半`, `6/9 14:00`, `6.9（周二）上午9.30`, `明天上午9点`, `下周三上午10点`,
 * `9号下午2点`, `明天晚7点`, `June 9 2pm`.
 * The wall-clock time is in `timeZone`; a time at or before `now` is "past".
 */
export function parseDateTime(input: string, now: number, timeZone: string): DateParse {
  const s = chineseNumerals(input.normalize("NFKC").toLowerCase()).replace(/\s+/g, " ").trim();
  if (!s || s.length > 60) return { ok: false, reason: "unreadable" };
  const local = localParts(now, timeZone);
  const today = { year: local.year, month: local.month, day: local.day };
  const found = findDate(s, today, local.weekday);
  if (!found) return { ok: false, reason: "unreadable" };
  const { year, month, day } = found.date;
  if (!isRealDate(year, month, day)) return { ok: false, reason: "unreadable" };
  const time = findTime(found.rest, s);
  if (!time) return { ok: false, reason: /\d/.test(found.rest) ? "unreadable" : "no-time" };
  const at = zonedTime(year, month, day, time.hour, time.minute, timeZone);
  if (at <= now) return { ok: false, reason: "past" };
  if (at > now + TWO_YEARS) return { ok: false, reason: "too-far" };
  return { ok: true, at };
}

const DAY = 86_400_000;
const SCHEDULE_RELATIVE: Record<string, number> = {
  今天: 0,
  今日: 0,
  today: 0,
  明天: 1,
  明日: 1,
  tomorrow: 1,
  后天: 2,
};

/**
 * Reads a date and time as a broadcast's schedule is typed, in `timeZone`: `2026-12-05 09:30`, `2026/12/5 9:30`,
 * `12-05 14:00`, `12月5日 9:30`, `12月5日9点`, `明天 15:00`, `tomorrow 9:30`, `下午3点`… Without a
 * year, the next such date; without a day, today. Whatever /newfair reads is read too (`下周一 9点`,
 * `明早9点`, `12月3号下午三点`, `next monday 9am`), so staff type times one way in both, and a time
 * gone by (`昨天上午9点`, `上周一 9点`, earlier today) is "past" in both.
 */
export function parseWhen(input: string, now: number, timeZone: string): DateParse {
  const own = readWhen(input, now, timeZone);
  if (own !== null) return own <= now ? { ok: false, reason: "past" } : { ok: true, at: own };
  return parseDateTime(input, now, timeZone);
}

function readWhen(input: string, now: number, timeZone: string): number | null {
  let s = input
    .trim()
    .toLowerCase()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/：/g, ":");
  const today = localParts(now, timeZone);
  let date: { year?: number; month: number; day: number } | undefined;
  const rel = Object.keys(SCHEDULE_RELATIVE).find((w) => s.startsWith(w));
  if (rel) {
    const d = localParts(now + SCHEDULE_RELATIVE[rel]! * DAY, timeZone);
    date = { year: d.year, month: d.month, day: d.day };
    s = s.slice(rel.length);
  } else {
    const m = /^(?:(\d{4})\s*[-/.年]\s*)?(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?/.exec(s);
    if (m) {
      date = { month: Number(m[2]), day: Number(m[3]), ...(m[1] ? { year: Number(m[1]) } : {}) };
      s = s.slice(m[0].length);
    }
  }
  const t =
    /^\s*(上午|早上|中午|下午|晚上|am|pm)?\s*(\d{1,2})(?:\s*[:点时.]\s*(\d{1,2}|半)?\s*分?)?\s*(am|pm)?\s*$/.exec(
      s,
    );
  if (!t || (!date && !t[3] && !/[点时]/.test(s))) return null;
  let hour = Number(t[2]);
  const minute = t[3] === "半" ? 30 : Number(t[3] ?? 0);
  const half = t[1] ?? t[4];
  if ((half === "下午" || half === "晚上" || half === "pm") && hour < 12) hour += 12;
  if ((half === "am" || half === "上午" || half === "早上") && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return null;
  const day = date ?? { month: today.month, day: today.day, year: today.year };
  if (day.month < 1 || day.month > 12 || day.day < 1 || day.day > 31) return null;
  const at = (year: number) => zonedTime(year, day.month, day.day, hour, minute, timeZone);
  let ms = at(day.year ?? today.year);
  // "12月5日" in late December means next year's; an invalid day (2月30日) does not round-trip.
  if (day.year === undefined && ms < now - DAY) ms = at(today.year + 1);
  const check = localParts(ms, timeZone);
  if (check.month !== day.month || check.day !== day.day) return null;
  return ms;
}
