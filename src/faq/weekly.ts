/** Weekly counts of the FAQ's outcomes (answered, unsure, unanswered), for the console's plot: numbers only. */
import type { Deps } from "../deps.ts";
import type { PersonId } from "../people/id.ts";
import { actingStaff } from "../staff/scope.ts";
import type { Redis } from "../store/redis.ts";
import { WEEKLY_TTL, weekOf } from "../time/week.ts";
import { faqKeys } from "./keys.ts";

/** How a question went: a confident answer, "did you mean", or no answer. */
export const FAQ_OUTCOMES = ["answered", "unsure", "unanswered"] as const;
export type FaqOutcome = (typeof FAQ_OUTCOMES)[number];

/** Counts one question's outcome in its week (one round trip). */
export async function countFaqOutcome(
  redis: Redis,
  outcome: FaqOutcome,
  now: number,
  timeZone: string,
): Promise<void> {
  const key = faqKeys.weekly(weekOf(now, timeZone));
  await redis.pipeline().hincrby(key, outcome, 1).expire(key, WEEKLY_TTL).exec();
}

/** The outcomes per week, oldest first (one round trip). */
export async function weeklyFaqOutcomes(
  redis: Redis,
  weeks: readonly string[],
): Promise<Record<FaqOutcome, number[]>> {
  const pipe = redis.pipeline();
  for (const week of weeks) pipe.hmget(faqKeys.weekly(week), ...FAQ_OUTCOMES);
  const rows = weeks.length ? await pipe.exec<(Record<string, unknown> | null)[]>() : [];
  const series = (o: FaqOutcome) => rows.map((row) => Number(row?.[o] ?? 0) || 0);
  return { answered: series("answered"), unsure: series("unsure"), unanswered: series("unanswered") };
}

/** The outcomes per week for a staff member (the FAQ serves the whole province: every scope sees the same). */
export async function faqWeeksFor(
  deps: Deps,
  by: PersonId,
  weeks: readonly string[],
): Promise<Record<FaqOutcome, number[]>> {
  actingStaff(deps, by);
  return weeklyFaqOutcomes(deps.redis, weeks);
}
