import { parseFairDate } from "../time/parse.ts";

/** Wall-clock parts in a time zone. */
interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** The wall-clock date and time of an instant in `timeZone`. */
export function zonedParts(ms: number, timeZone: string): Parts {
  const fmt = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    hourCycle: "h23",
  });
  const get = (type: string) => Number(fmt.formatToParts(ms).find((p) => p.type === type)?.value ?? 0);
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour"),
    minute: get("minute"),
  };
}

/** The instant at which the clock in `timeZone` shows these parts (two passes settle DST edges). */
export function zonedTime(p: Parts, timeZone: string): number {
  const wanted = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  let guess = wanted;
  for (let i = 0; i < 2; i++) {
    const shown = zonedParts(guess, timeZone);
    const shownUtc = Date.UTC(shown.year, shown.month - 1, shown.day, shown.hour, shown.minute);
    guess += wanted - shownUtc;
  }
  return guess;
}

const DAY = 86_400_000;
const RELATIVE: Record<string, number> = {
  今天: 0,
  今日: 0,
  today: 0,
  明天: 1,
  明日: 1,
  tomorrow: 1,
  后天: 2,
};

/**
 * Reads a date and time typed by staff, in `timeZone`: `2026-12-05 09:30`, `2026/12/5 9:30`,
 * `12-05 14:00`, `12月5日 9:30`, `12月5日9点`, `明天 15:00`, `tomorrow 9:30`, `下午3点`… Without a
 * year, the next such date; without a day, today. Whatever /newfair reads is read too (`下周一 9点`,
 * `明早9点`, `12月3号下午三点`, `next monday 9am`), so staff type times one way in both.
 * Returns epoch ms, or null when unreadable (or, for those, already past).
 */
export function parseWhen(input: string, now: number, timeZone: string): number | null {
  const own = readWhen(input, now, timeZone);
  if (own !== null) return own;
  const fair = parseFairDate(input, now, timeZone);
  return fair.ok ? fair.at : null;
}

function readWhen(input: string, now: number, timeZone: string): number | null {
  let s = input
    .trim()
    .toLowerCase()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/：/g, ":");
  const today = zonedParts(now, timeZone);
  let date: { year?: number; month: number; day: number } | undefined;
  const rel = Object.keys(RELATIVE).find((w) => s.startsWith(w));
  if (rel) {
    const d = zonedParts(now + RELATIVE[rel]! * DAY, timeZone);
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
  const at = (year: number) => zonedTime({ year, month: day.month, day: day.day, hour, minute }, timeZone);
  let ms = at(day.year ?? today.year);
  // "12月5日" in late December means next year's; an invalid day (2月30日) does not round-trip.
  if (day.year === undefined && ms < now - DAY) ms = at(today.year + 1);
  const check = zonedParts(ms, timeZone);
  if (check.month !== day.month || check.day !== day.day) return null;
  return ms;
}
