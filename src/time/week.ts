/** Weeks for the weekly counters and plots: a week is Monday to Sunday on the service's wall clock (TIMEZONE). */
import { addDays, localParts } from "./zoned.ts";

const pad = (n: number) => String(n).padStart(2, "0");

/** The Monday (YYYY-MM-DD, in `timeZone`) of the week an instant falls in: the weekly counters' bucket. */
export function weekOf(ms: number, timeZone: string): string {
  const p = localParts(ms, timeZone);
  const monday = addDays(p, 1 - p.weekday);
  return `${monday.year}-${pad(monday.month)}-${pad(monday.day)}`;
}

/** The Mondays of the last `count` weeks up to and including the current one, oldest first. */
export function lastWeeks(now: number, timeZone: string, count: number): string[] {
  const [y, m, d] = weekOf(now, timeZone).split("-").map(Number) as [number, number, number];
  return Array.from({ length: count }, (_, i) => {
    const day = addDays({ year: y, month: m, day: d }, -7 * (count - 1 - i));
    return `${day.year}-${pad(day.month)}-${pad(day.day)}`;
  });
}

/** How long weekly counters are kept: a year and a few weeks, so a year-on-year plot is possible. */
export const WEEKLY_TTL = 60 * 60 * 24 * 400;
