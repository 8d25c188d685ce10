/** 👍/👎 and times shown per FAQ entry: counted once per answer, read for staff. */
import type { PersonId } from "../people/id.ts";
import type { Redis } from "../store/redis.ts";
import { faqKeys, faqTtl } from "./keys.ts";
import type { FaqLocale } from "./types.ts";

export type Vote = "up" | "down";

/** Per-entry counts for staff. */
export interface EntryStats {
  id: string;
  shown: number;
  up: number;
  down: number;
}

/** Counts one confident answer of an entry (the denominator of its feedback). */
export async function countShown(redis: Redis, locale: FaqLocale, entryId: string): Promise<void> {
  await redis.hincrby(faqKeys.feedback(locale), `${entryId}:shown`, 1);
}

/**
 * Records a 👍/👎 on one answer message. A second press of the same button counts nothing; a
 * press of the other button moves her vote, so each answer she got counts at most once.
 */
export async function recordVote(
  redis: Redis,
  locale: FaqLocale,
  vote: { userId: PersonId; messageId: number; entryId: string; value: Vote },
): Promise<"counted" | "changed" | "same"> {
  const userKey = faqKeys.userFaq(vote.userId);
  const field = `v:${vote.messageId}`;
  const before = await redis.hget<string>(userKey, field);
  if (before === vote.value) return "same";
  const pipe = redis.pipeline();
  pipe.hset(userKey, { [field]: vote.value });
  pipe.expire(userKey, faqTtl.userFaq);
  pipe.hincrby(faqKeys.feedback(locale), `${vote.entryId}:${vote.value}`, 1);
  if (before === "up" || before === "down")
    pipe.hincrby(faqKeys.feedback(locale), `${vote.entryId}:${before}`, -1);
  await pipe.exec();
  return before ? "changed" : "counted";
}

/** Counts per entry for one locale, as stored (entries never shown or rated are absent). */
export async function readStats(redis: Redis, locale: FaqLocale): Promise<Map<string, EntryStats>> {
  const raw = (await redis.hgetall<Record<string, unknown>>(faqKeys.feedback(locale))) ?? {};
  const out = new Map<string, EntryStats>();
  for (const [field, value] of Object.entries(raw)) {
    const m = /^(.+):(shown|up|down)$/.exec(field);
    if (!m) continue;
    const row = out.get(m[1]!) ?? { id: m[1]!, shown: 0, up: 0, down: 0 };
    row[m[2] as "shown" | "up" | "down"] = Math.max(0, Number(value) || 0);
    out.set(row.id, row);
  }
  return out;
}
