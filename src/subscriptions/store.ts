/** A person's subscription stored: saved with consent, stopped, resumed, a region taken out. */
import type { PersonId } from "../people/id.ts";
import { getRegion } from "../regions/index.ts";
import { keys } from "../store/keys.ts";
import type { Redis } from "../store/redis.ts";
import { subscriptionKeys } from "./keys.ts";
import { CONSENT_VERSION, parseTopics, type Topic } from "./topics.ts";
import { countSubscriberEvent } from "./weekly.ts";

/** A person's alert subscription as stored in her `jg:user:{id}` hash. */
export interface Subscription {
  regions: string[];
  topics: Topic[];
  status: "active" | "stopped";
}

/** Whether she gets alerts of `topic`: subscribed, not stopped, to at least one region. */
export function alertsOn(sub: Subscription, topic: Topic): boolean {
  return sub.status === "active" && sub.regions.length > 0 && sub.topics.includes(topic);
}

/** Reads the subscription fields of a profile hash; unknown region codes are dropped. */
export function readSubscription(raw: Record<string, unknown> | undefined | null): Subscription {
  // @upstash/redis JSON-parses hash values, so a single code arrives as a number.
  const field = raw?.regions;
  const text = typeof field === "string" || typeof field === "number" ? String(field) : "";
  const regions = text.split(",").filter((c) => getRegion(c) !== undefined);
  return {
    regions: [...new Set(regions)],
    topics: parseTopics(raw?.topics),
    status: raw?.status === "stopped" ? "stopped" : "active",
  };
}

function setKeys(regions: readonly string[], topics: readonly Topic[]): string[] {
  return topics.flatMap((t) => regions.map((r) => subscriptionKeys.sub(t, r)));
}

/**
 * Replaces a person's subscription in one round trip: leaves the sets she no longer wants,
 * joins the new ones, records consent (version + time), the source and status active, and counts
 * her in the week's new subscribers when she had none.
 */
export async function saveSubscription(
  redis: Redis,
  userId: PersonId,
  previous: Subscription,
  next: {
    regions: readonly string[];
    topics: readonly Topic[];
    source: string;
    now: number;
    timeZone: string;
  },
): Promise<void> {
  const wanted = new Set(setKeys(next.regions, next.topics));
  const pipe = redis.pipeline();
  for (const key of setKeys(previous.regions, previous.topics)) if (!wanted.has(key)) pipe.srem(key, userId);
  for (const key of wanted) pipe.sadd(key, userId);
  pipe.hset(keys.user(userId), {
    regions: next.regions.join(","),
    topics: next.topics.join(","),
    consent_v: CONSENT_VERSION,
    consent_at: next.now,
    source: next.source.slice(0, 64),
    status: "active",
  });
  pipe.hdel(keys.user(userId), "stopped_at", "stopped_by");
  // A new subscriber: none before, or stopped. Changing a live subscription is no new one.
  if ((previous.status === "stopped" || previous.regions.length === 0) && next.regions.length > 0)
    countSubscriberEvent(pipe, "new", next.regions, next.now, next.timeZone);
  await pipe.exec();
}

/**
 * Stops every alert: out of every set, regions and topics cleared, status stopped. What stays
 * (consent record, RSVPs, language) is listed by /mydata and erased by /delete.
 */
export async function stopAlerts(
  redis: Redis,
  userId: PersonId,
  previous: Subscription,
  now: number,
  timeZone: string,
) {
  const pipe = redis.pipeline();
  if (previous.status === "active" && previous.regions.length > 0)
    countSubscriberEvent(pipe, "stop", previous.regions, now, timeZone);
  for (const key of setKeys(previous.regions, previous.topics)) pipe.srem(key, userId);
  pipe.hdel(keys.user(userId), "regions", "topics", "source");
  pipe.hset(keys.user(userId), { status: "stopped", stopped_at: now, stopped_by: "user" });
  await pipe.exec();
}

/** Resumes alerts paused by a block, with the regions and topics she had. */
export async function resumeAlerts(redis: Redis, userId: PersonId): Promise<void> {
  const pipe = redis.pipeline();
  pipe.hset(keys.user(userId), { status: "active" });
  pipe.hdel(keys.user(userId), "stopped_at", "stopped_by");
  await pipe.exec();
}

/** Takes one region out of a subscription (the undo of a deep link); no regions left means no topics. */
export async function removeRegion(redis: Redis, userId: PersonId, previous: Subscription, code: string) {
  const regions = previous.regions.filter((r) => r !== code);
  const pipe = redis.pipeline();
  for (const t of previous.topics) pipe.srem(subscriptionKeys.sub(t, code), userId);
  if (regions.length > 0) pipe.hset(keys.user(userId), { regions: regions.join(",") });
  else pipe.hdel(keys.user(userId), "regions", "topics", "source");
  await pipe.exec();
}
