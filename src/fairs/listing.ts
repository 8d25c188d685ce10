/** The upcoming fairs a woman sees in /fairs (her regions' or all), and what to tell her when there are none. */
import { matchingSubscriptionCodes } from "../regions/index.ts";
import type { Redis } from "../store/redis.ts";
import { alertsOn, type Subscription } from "../subscriptions/store.ts";
import { upcomingFairs } from "./store.ts";
import type { Fair } from "./types.ts";

/**
 * Why the list is empty, which decides what she is told: a subscriber to job-fair alerts is told
 * she will hear of the next one; one subscribed without them is offered them; anyone else is asked
 * to subscribe.
 */
export type NoneReason = "alerted" | "no-fair-alerts" | "not-subscribed";

/** One look at the upcoming fairs, as /fairs, the menu and a question about them show it. */
export type FairListing =
  | { kind: "list"; scope: "m" | "a"; fairs: Fair[]; alerted: boolean }
  | { kind: "none"; reason: NoneReason; regions: string[]; elsewhere: boolean };

/**
 * Upcoming fairs, soonest first: those in her regions (a fair counts for a subscriber of its
 * district, its city or the province) when she has regions and asks for hers (`m`), else all.
 */
export async function fairListing(
  redis: Redis,
  sub: Subscription,
  scope: "m" | "a",
  now: number,
): Promise<FairListing> {
  const all = await upcomingFairs(redis, now);
  const mine = scope === "m" && sub.regions.length > 0;
  const fairs = mine
    ? all.filter((f) => matchingSubscriptionCodes(f.region).some((c) => sub.regions.includes(c)))
    : all;
  if (fairs.length > 0)
    return { kind: "list", scope: mine ? "m" : "a", fairs, alerted: alertsOn(sub, "fairs") };
  const subscribed = sub.status === "active" && sub.regions.length > 0;
  const reason: NoneReason = alertsOn(sub, "fairs")
    ? "alerted"
    : subscribed
      ? "no-fair-alerts"
      : "not-subscribed";
  return { kind: "none", reason, regions: subscribed ? sub.regions : [], elsewhere: mine && all.length > 0 };
}
