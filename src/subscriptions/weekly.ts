/** Weekly counts of new and stopped subscribers, for the console's plot: numbers per region, no ids. */
import type { Pipeline } from "@upstash/redis";
import type { Deps } from "../deps.ts";
import type { PersonId } from "../people/id.ts";
import type { StaffMember } from "../staff/roles.ts";
import { actingStaff, inScope } from "../staff/scope.ts";
import type { Redis } from "../store/redis.ts";
import { WEEKLY_TTL, weekOf } from "../time/week.ts";
import { subscriptionKeys } from "./keys.ts";

/** A subscriber's start (her first regions, or again after stopping) or her stop. */
export type SubscriberEvent = "new" | "stop";

/**
 * Adds one event to its week, in the caller's pipeline (no extra round trip): the total once, and once
 * per region she chose (`new:370700`), so a staff member's plot counts the regions in her scope.
 */
export function countSubscriberEvent(
  pipe: Pipeline,
  event: SubscriberEvent,
  regions: readonly string[],
  now: number,
  timeZone: string,
): void {
  const key = subscriptionKeys.weekly(weekOf(now, timeZone));
  pipe.hincrby(key, event, 1);
  for (const region of new Set(regions)) pipe.hincrby(key, `${event}:${region}`, 1);
  pipe.expire(key, WEEKLY_TTL);
}

/** New and stopped subscribers per week, as one staff member may see them (admins: the totals). */
export interface WeeklySubscribers {
  weeks: readonly string[];
  added: number[];
  stopped: number[];
}

/** The counts of `fields` in her scope: the totals for admins, else the sum over regions inside her scope. */
export function subscriberCountsFor(
  member: Pick<StaffMember, "role" | "region">,
  weeks: readonly string[],
  rows: readonly (Record<string, unknown> | null)[],
): WeeklySubscribers {
  const all = member.role === "admin" || member.region === null;
  const sum = (row: Record<string, unknown> | null, event: SubscriberEvent) => {
    let n = 0;
    for (const [field, value] of Object.entries(row ?? {})) {
      const [name, region] = field.split(":");
      if (name !== event) continue;
      if (all ? region === undefined : region !== undefined && inScope(member, region))
        n += Number(value) || 0;
    }
    return n;
  };
  return { weeks, added: rows.map((r) => sum(r, "new")), stopped: rows.map((r) => sum(r, "stop")) };
}

/** Reads the weeks' counters in one round trip. */
export async function weeklySubscribers(
  redis: Redis,
  member: Pick<StaffMember, "role" | "region">,
  weeks: readonly string[],
): Promise<WeeklySubscribers> {
  const pipe = redis.pipeline();
  for (const week of weeks) pipe.hgetall(subscriptionKeys.weekly(week));
  const rows = await pipe.exec<(Record<string, unknown> | null)[]>();
  return subscriberCountsFor(member, weeks, rows);
}

/** New and stopped subscribers per week in her scope (the console's overview). */
export async function subscriberWeeksFor(
  deps: Deps,
  by: PersonId,
  weeks: readonly string[],
): Promise<WeeklySubscribers> {
  return weeklySubscribers(deps.redis, actingStaff(deps, by), weeks);
}
