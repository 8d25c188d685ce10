/** A time formatted as a local date and time in either language. */
import type { Locale } from "../i18n.ts";

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
