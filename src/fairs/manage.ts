import { keys } from "../store/keys.ts";
import type { Redis } from "../store/redis.ts";
import { queueNotice } from "./notices.ts";
import { createFair, saveFair } from "./store.ts";
import type { Fair, FairDraft } from "./types.ts";

/** Publishes a new fair and queues its announcement (sent at once by the caller, else by the cron). */
export async function publishFair(
  redis: Redis,
  draft: FairDraft,
  author: number,
  now: number,
): Promise<Fair> {
  const fair = await createFair(redis, draft, author, now);
  await queueNotice(redis, fair.id, "announce", now);
  return fair;
}

/**
 * Saves an edit of a published fair (the region stays: its subscribers were told). A new time
 * re-arms the reminder; a new time or place is sent to those who RSVP'd. Returns whether it was.
 */
export async function updateFair(
  redis: Redis,
  fair: Fair,
  draft: FairDraft,
  by: number,
  now: number,
): Promise<{ fair: Fair; notify: boolean }> {
  const next: Fair = { ...fair, ...draft, region: fair.region, seq: fair.seq + 1, updatedAt: now };
  const moved = next.startsAt !== fair.startsAt;
  const notify = moved || next.venue !== fair.venue;
  await saveFair(redis, next, { type: "fair-edited", by, at: now });
  const pipe = redis.pipeline();
  if (moved) {
    // The reminder is re-armed for the new date: a queued one for the old date must not go out.
    pipe.hdel(keys.fair(fair.id), "remind_queued");
    pipe.del(keys.fairNoticeDone(fair.id, "reminder"));
    pipe.zrem(keys.fairOutbox(), `${fair.id}:reminder`);
  }
  // Each change is news again, even to those who got the last one.
  if (notify) pipe.del(keys.fairNoticeDone(fair.id, "change"));
  if (moved || notify) await pipe.exec();
  if (notify) await queueNotice(redis, fair.id, "change", now);
  return { fair: next, notify };
}

/** Cancels a fair and queues the notice to everyone told and everyone who RSVP'd. */
export async function cancelFair(redis: Redis, fair: Fair, by: number, now: number): Promise<Fair> {
  const next: Fair = { ...fair, status: "cancelled", seq: fair.seq + 1, updatedAt: now };
  await saveFair(redis, next, { type: "fair-cancelled", by, at: now });
  await queueNotice(redis, fair.id, "cancel", now);
  return next;
}
