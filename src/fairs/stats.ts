/** /stats counted inside Redis: subscribers per area and topic, RSVPs and people told per upcoming fair. */
import { broadcastKeys } from "../broadcast/keys.ts";
import { childrenOf, cities, getRegion, isWithin } from "../regions/index.ts";
import type { Redis } from "../store/redis.ts";
import { subscriptionKeys } from "../subscriptions/keys.ts";
import { TOPICS, type Topic } from "../subscriptions/topics.ts";
import { fairKeys, fairTtl } from "./keys.ts";
import { upcomingFairs } from "./store.ts";
import type { Fair } from "./types.ts";

/** Distinct subscribers of one area: in all, and per topic. */
export interface AreaCount {
  code: string;
  total: number;
  topics: Record<Topic, number>;
}

/** /stats within a scope: subscribers per city (or the one district) and per topic, RSVPs per fair. */
export interface FairStats {
  areas: AreaCount[];
  /** Distinct subscribers in the whole scope, in all and per topic. */
  all: AreaCount;
  fairs: { fair: Fair; rsvps: number; told: number }[];
}

// The areas a scope is counted in: every city of the province, one city, or one district.
function areasOf(scope: string | null): { code: string; codes: string[] }[] {
  const region = scope ? getRegion(scope) : undefined;
  const list = !region || region.level === "province" ? cities() : [region];
  return list.map((r) => ({ code: r.code, codes: [r.code, ...childrenOf(r.code).map((c) => c.code)] }));
}

/**
 * Counts with SUNIONSTORE on the server (its reply is the union's size), so a person subscribed to a
 * city and one of its districts counts once, and no id list ever leaves Redis. One round trip.
 */
export async function fairStats(redis: Redis, scope: string | null, now: number): Promise<FairStats> {
  const areas = areasOf(scope);
  const token = crypto.randomUUID();
  let n = 0;
  const temps: string[] = [];
  const pipe = redis.pipeline();
  const union = (sources: string[]) => {
    const key = fairKeys.statsTmp(token, n++);
    temps.push(key);
    pipe.sunionstore(key, sources[0]!, ...sources.slice(1));
    pipe.expire(key, fairTtl.statsTmp);
    return key;
  };
  const plan = areas.map((a) => {
    const byTopic = TOPICS.map((t) => union(a.codes.map((c) => subscriptionKeys.sub(t, c))));
    return { code: a.code, byTopic, total: union(byTopic) };
  });
  const allByTopic = TOPICS.map((_, i) => union(plan.map((p) => p.byTopic[i]!)));
  union(allByTopic);
  pipe.del(...temps);
  const results = (await pipe.exec<number[]>()).map(Number);
  // Each union is followed by its EXPIRE: the union's size is every other result.
  const size = (i: number) => results[i * 2] ?? 0;
  let at = 0;
  const count = (code: string): AreaCount => {
    const topics = Object.fromEntries(TOPICS.map((t) => [t, size(at++)])) as Record<Topic, number>;
    return { code, topics, total: size(at++) };
  };
  const counted = plan.map((p) => count(p.code));
  const all = count(scope ?? "all");
  const fairs = (await upcomingFairs(redis, now)).filter((f) => !scope || isWithin(f.region, scope));
  const counts = await fairCounts(
    redis,
    fairs.map((f) => f.id),
  );
  return { areas: counted, all, fairs: fairs.map((fair, i) => ({ fair, ...counts[i]! })) };
}

/** RSVPs and people the announcement reached (its broadcast's done set), per fair, in two round trips. */
async function fairCounts(redis: Redis, ids: readonly string[]): Promise<{ rsvps: number; told: number }[]> {
  if (ids.length === 0) return [];
  const first = redis.pipeline();
  for (const id of ids) {
    first.scard(fairKeys.rsvp(id));
    first.hget(fairKeys.notices(id), "announce");
  }
  const found = await first.exec<unknown[]>();
  const announced = ids.flatMap((_, i) => (found[i * 2 + 1] == null ? [] : [String(found[i * 2 + 1])]));
  const told = new Map<string, number>();
  if (announced.length > 0) {
    const second = redis.pipeline();
    for (const bc of announced) second.scard(broadcastKeys.done(bc));
    const sizes = await second.exec<number[]>();
    for (const [i, bc] of announced.entries()) told.set(bc, Number(sizes[i] ?? 0));
  }
  return ids.map((_, i) => ({
    rsvps: Number(found[i * 2] ?? 0),
    told: told.get(String(found[i * 2 + 1])) ?? 0,
  }));
}
