/** A time formatted as a local date and time in either language. */
import type { Locale } from "../i18n.ts";
import { localParts } from "./zoned.ts";

/** Formats an epoch-ms time as a local date and time, e.g. 2026年6月9日 14:00 / Jun 9, 2026, 14:00. */
export function formatDateTime(ms: number, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "zh-CN", {
    timeZone,
    year: "numeric",
    month: locale === "en" ? "short" : "long",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(ms);
}

const EN_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ");

/**
 * A day and time as a notice says it in a sentence, « 12月16日 9:00 » / "16 Dec 9:00" (the year
 * only when asked: « 2027年12月16日 9:00 » / "16 Dec 2027 9:00").
 */
export function formatDayTime(ms: number, locale: Locale, timeZone: string, withYear = false): string {
  const p = localParts(ms, timeZone);
  const hm = `${p.hour}:${String(p.minute).padStart(2, "0")}`;
  if (locale === "en") return `${p.day} ${EN_MONTHS[p.month - 1]}${withYear ? ` ${p.year}` : ""} ${hm}`;
  return `${withYear ? `${p.year}年` : ""}${p.month}月${p.day}日 ${hm}`;
}
