/** Missed questions: logged masked and counted per locale, and the people who asked staff to answer them. */
import * as z from "zod";
import { type PersonId, personIds } from "../people/id.ts";
import type { Redis } from "../store/redis.ts";
import { faqKeys, faqTtl } from "./keys.ts";
import type { FaqLocale } from "./types.ts";

/** How many distinct missed questions a locale keeps; the least asked go first. */
const MISS_CAP = 2000;
/** Longest question kept in the log (already normalised and masked). */
const MAX_LOGGED = 300;
/** At most this many people wait for staff on one question; later ones are told to call 12338. */
const MAX_WAITING = 20;

// Zset members get a prefix: the client JSON-parses replies, and a question such as "12338"
// would come back as a number (and "007" as 7).
const member = (q: string) => `q:${q}`;

// Count, details and the cap in one atomic step, so the details hash never outlives its member.
const LOG_SCRIPT = `
redis.call('ZINCRBY', KEYS[1], 1, ARGV[1])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
local extra = redis.call('ZCARD', KEYS[1]) - tonumber(ARGV[3])
if extra > 0 then
  local gone = redis.call('ZPOPMIN', KEYS[1], extra)
  for i = 1, #gone, 2 do redis.call('HDEL', KEYS[2], gone[i]) end
end
return 1`;

const infoSchema = z.object({
  kind: z.enum(["none", "low", "down"]).catch("none"),
  near: z.string().nullable().catch(null),
  last: z.number().catch(0),
});

export type MissKind = "none" | "low" | "down";

/** One logged miss as staff see it. */
export interface Miss {
  question: string;
  count: number;
  /**
   * "none": nothing relevant found; "low": the engine was unsure and offered "did you mean";
   * "down": it answered and she pressed 👎.
   */
  kind: MissKind;
  /** The closest entry the engine saw, if any. */
  near: string | null;
  last: number;
  waiting: number;
}

/** A short stable hash of a question, for keys and callback data (cyrb53, base 36). */
export function questionHash(question: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < question.length; i++) {
    const c = question.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** Counts one unanswered or low-confidence question; pass it normalised and masked. */
export async function logMiss(
  redis: Redis,
  locale: FaqLocale,
  question: string,
  info: { kind: MissKind; near: string | null; now: number },
): Promise<void> {
  const q = question.slice(0, MAX_LOGGED);
  if (!q) return;
  const details = JSON.stringify({ kind: info.kind, near: info.near, last: info.now });
  await redis.eval(
    LOG_SCRIPT,
    [faqKeys.miss(locale), faqKeys.missInfo(locale)],
    [member(q), details, MISS_CAP],
  );
}

/** The most asked misses of a locale, most asked first, with how many people wait for an answer. */
export async function topMisses(redis: Redis, locale: FaqLocale, limit: number): Promise<Miss[]> {
  const raw = await redis.zrange<unknown[]>(faqKeys.miss(locale), 0, limit - 1, {
    rev: true,
    withScores: true,
  });
  const rows: { question: string; count: number }[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const m = String(raw[i]);
    if (m.startsWith("q:")) rows.push({ question: m.slice(2), count: Number(raw[i + 1]) });
  }
  if (rows.length === 0) return [];
  const pipe = redis.pipeline();
  pipe.hmget(faqKeys.missInfo(locale), ...rows.map((r) => member(r.question)));
  for (const r of rows) pipe.scard(faqKeys.waiting(locale, questionHash(r.question)));
  const [details, ...waiting] = await pipe.exec<[Record<string, unknown> | null, ...number[]]>();
  return rows.map((r, i) => {
    const info = infoSchema.parse(details?.[member(r.question)] ?? {});
    return { ...r, ...info, waiting: Number(waiting[i] ?? 0) };
  });
}

/** Removes a miss from the log (answered by staff, or dismissed as noise). */
export async function dropMiss(redis: Redis, locale: FaqLocale, question: string): Promise<void> {
  const pipe = redis.pipeline();
  pipe.zrem(faqKeys.miss(locale), member(question));
  pipe.hdel(faqKeys.missInfo(locale), member(question));
  await pipe.exec();
}

/**
 * Records that a person wants staff to answer her (missed) question; she is sent the answer
 * when staff add it. False when too many already wait on that question.
 */
export async function askStaff(
  redis: Redis,
  locale: FaqLocale,
  question: string,
  userId: PersonId,
): Promise<boolean> {
  const hash = questionHash(question);
  const key = faqKeys.waiting(locale, hash);
  if ((await redis.scard(key)) >= MAX_WAITING) return false;
  const pipe = redis.pipeline();
  pipe.sadd(key, userId);
  pipe.expire(key, faqTtl.userFaq);
  pipe.hset(faqKeys.userFaq(userId), { [`w:${locale}:${hash}`]: question });
  pipe.expire(faqKeys.userFaq(userId), faqTtl.userFaq);
  await pipe.exec();
  return true;
}

/** Takes (and forgets) the people waiting for an answer to a question, to send it to them. */
export async function takeWaiting(redis: Redis, locale: FaqLocale, question: string): Promise<PersonId[]> {
  const hash = questionHash(question);
  const key = faqKeys.waiting(locale, hash);
  const ids = personIds(await redis.smembers<unknown[]>(key));
  const pipe = redis.pipeline();
  pipe.del(key);
  for (const id of ids) pipe.hdel(faqKeys.userFaq(id), `w:${locale}:${hash}`);
  await pipe.exec();
  return ids;
}
