/** Fairs stored and read (`jg:fair:{id}`), indexed by start time, with audit entries. */
import type { PersonId } from "../people/id.ts";
import { keys } from "../store/keys.ts";
import type { Redis } from "../store/redis.ts";
import { fairKeys } from "./keys.ts";
import { type Fair, type FairDraft, fairSchema } from "./types.ts";

// The whole fair is one JSON field: @upstash/redis JSON-parses hash values, which would turn a
// title like "2026" or "1e3" into a number. region / starts_at / status are copies for redis-cli.
function parse(raw: unknown): Fair | null {
  let value = raw;
  if (typeof raw === "string") {
    try {
      value = JSON.parse(raw);
    } catch {
      return null;
    }
  }
  const parsed = fairSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

function write(pipe: ReturnType<Redis["pipeline"]>, fair: Fair): void {
  pipe.hset(fairKeys.fair(fair.id), {
    doc: JSON.stringify(fair),
    region: fair.region,
    starts_at: fair.startsAt,
    status: fair.status,
  });
  if (fair.status === "published") pipe.zadd(fairKeys.byTime(), { score: fair.startsAt, member: fair.id });
  else pipe.zrem(fairKeys.byTime(), fair.id);
}

/** One fair, or null when the id is unknown (or the record is unreadable). */
export async function getFair(redis: Redis, id: string): Promise<Fair | null> {
  return parse(await redis.hget(fairKeys.fair(id), "doc"));
}

/** Several fairs in one round trip, in the order asked; unknown ids are left out. */
export async function getFairs(redis: Redis, ids: readonly string[]): Promise<Fair[]> {
  if (ids.length === 0) return [];
  const pipe = redis.pipeline();
  for (const id of ids) pipe.hget(fairKeys.fair(id), "doc");
  const docs = await pipe.exec<unknown[]>();
  return docs.map(parse).filter((f): f is Fair => f !== null);
}

/** Stores a new published fair under the next id and indexes it by time. */
export async function createFair(
  redis: Redis,
  draft: FairDraft,
  author: PersonId,
  now: number,
): Promise<Fair> {
  const id = String(await redis.incr(fairKeys.seq()));
  const fair: Fair = { ...draft, id, status: "published", author, createdAt: now, updatedAt: now, seq: 0 };
  const pipe = redis.pipeline();
  write(pipe, fair);
  pipe.xadd(keys.audit(), "*", { type: "fair-created", fair: id, by: author, at: now });
  await pipe.exec();
  return fair;
}

/** Writes a changed fair (edit, cancellation, announcement id) with an audit entry. */
export async function saveFair(redis: Redis, fair: Fair, audit?: { type: string; by: PersonId; at: number }) {
  const pipe = redis.pipeline();
  write(pipe, fair);
  if (audit) pipe.xadd(keys.audit(), "*", { ...audit, fair: fair.id });
  await pipe.exec();
}

/** Published fairs that have not started yet, soonest first (at most `limit`). */
export async function upcomingFairs(redis: Redis, now: number, limit = 200): Promise<Fair[]> {
  const ids = await redis.zrange<string[]>(fairKeys.byTime(), `(${now}`, "+inf", {
    byScore: true,
    offset: 0,
    count: limit,
  });
  const fairs = await getFairs(redis, ids.map(String));
  return fairs.filter((f) => f.status === "published" && f.startsAt > now);
}

/** Published fairs starting in [from, to), for the reminder job. */
export async function fairsStartingBetween(redis: Redis, from: number, to: number): Promise<Fair[]> {
  const ids = await redis.zrange<string[]>(fairKeys.byTime(), from, `(${to}`, { byScore: true });
  return (await getFairs(redis, ids.map(String))).filter((f) => f.status === "published");
}
