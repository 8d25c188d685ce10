/**
 * Who gets a fair's notices, streamed in pages: SSCAN over each set, never SMEMBERS, so memory
 * stays at one page whatever the audience. A person in several sets comes once: each page is
 * checked against the sets already walked (one SMISMEMBER per earlier set, pipelined).
 */
import { matchingSubscriptionCodes } from "../regions/index.ts";
import { keys } from "../store/keys.ts";
import type { Redis } from "../store/redis.ts";
import type { FairNoticeKind } from "./templates.ts";
import type { Fair } from "./types.ts";

/** How a page walk reports its Redis requests (for budgets and the bench). */
export interface PageOptions {
  /** SSCAN COUNT hint: about this many ids per page. */
  pageSize?: number;
  onRequest?: () => void;
}

const toIds = (members: readonly unknown[]) =>
  [...new Set(members.map(Number))].filter((n) => Number.isSafeInteger(n) && n > 0);

/** Pages of the union of some sets, each id once. */
export async function* unionPages(
  redis: Redis,
  setKeys: readonly string[],
  { pageSize = 500, onRequest }: PageOptions = {},
): AsyncGenerator<number[]> {
  for (const [i, key] of setKeys.entries()) {
    let cursor = "0";
    do {
      onRequest?.();
      const [next, members] = await redis.sscan(key, cursor, { count: pageSize });
      cursor = String(next);
      let ids = toIds(members);
      const earlier = setKeys.slice(0, i);
      if (ids.length > 0 && earlier.length > 0) {
        const pipe = redis.pipeline();
        for (const k of earlier) pipe.smismember(k, ids);
        onRequest?.();
        const seen = await pipe.exec<number[][]>();
        ids = ids.filter((_, j) => seen.every((flags) => Number(flags[j]) !== 1));
      }
      if (ids.length > 0) yield ids;
    } while (cursor !== "0");
  }
}

/**
 * The sets whose members a fair's notice goes to. Announcement: job-fair subscribers of the fair's
 * region and of every region containing it (a fair in 370523 reaches 370523 and 370500).
 * Cancellation: those told and those who RSVP'd. Reminder and change: those who RSVP'd.
 */
export function audienceSets(fair: Pick<Fair, "id" | "region">, kind: FairNoticeKind): string[] {
  if (kind === "announce") return matchingSubscriptionCodes(fair.region).map((c) => keys.sub("fairs", c));
  if (kind === "cancel") return [keys.fairNoticeDone(fair.id, "announce"), keys.fairRsvp(fair.id)];
  return [keys.fairRsvp(fair.id)];
}

/** The audience of one notice of a fair, in pages. Stopped people are left out at send time. */
export function audiencePages(
  redis: Redis,
  fair: Pick<Fair, "id" | "region">,
  kind: FairNoticeKind,
  opts: PageOptions = {},
): AsyncGenerator<number[]> {
  return unionPages(redis, audienceSets(fair, kind), opts);
}
