/** Example dates for date prompts, computed from today: a week ahead, in each way the date readers take. */
import { addDays, localParts } from "./zoned.ts";

const EN_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ");

/** One date and time (a week from today, 14:00) written as staff may type it; named as the locales' date prompts name them. */
export type DateExamples = {
  /** 2026-12-14 14:00 */
  iso: string;
  /** 12月14日 14:00 */
  md: string;
  /** 12月14日下午2点 */
  spoken: string;
  /** Dec 14 2pm */
  en: string;
};

/**
 * Examples for a prompt that asks for a date: a week from today at 14:00 in `timeZone`, so an
 * example is never in the past, and each reads back (parseDateTime, parseWhen) as that very time.
 */
export function dateExamples(now: number, timeZone: string): DateExamples {
  const today = localParts(now, timeZone);
  const { year, month, day } = addDays(today, 7);
  const pad = (n: number) => String(n).padStart(2, "0");
  return {
    iso: `${year}-${pad(month)}-${pad(day)} 14:00`,
    md: `${month}月${day}日 14:00`,
    spoken: `${month}月${day}日下午2点`,
    en: `${EN_MONTHS[month - 1]} ${day} 2pm`,
  };
}
