/** Why a broadcast's deliveries failed: its failure reasons grouped and counted, without saying who. */
import type { Redis } from "../store/redis.ts";
import { broadcastKeys } from "./keys.ts";

/** Failures read per page: the detail view groups at most this many (one bounded round trip). */
export const FAILURE_SAMPLE = 500;

/** One reason and how many of the failures read had it. */
export interface FailureReason {
  reason: string;
  count: number;
}

/**
 * The reasons of a broadcast's failed deliveries, most frequent first, from one HSCAN page of its
 * failure hash (recipient → reason): the recipients themselves are never returned.
 */
export async function failureReasons(redis: Redis, id: string): Promise<FailureReason[]> {
  const [, flat] = await redis.hscan(broadcastKeys.failed(id), 0, { count: FAILURE_SAMPLE });
  const counts = new Map<string, number>();
  for (let i = 1; i < flat.length; i += 2) {
    const reason = String(flat[i]).slice(0, 200);
    counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  return [...counts]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}
