import { audienceSize } from "../broadcast/index.ts";
import type { Deps } from "../deps.ts";
import { keys, ttl } from "../store/keys.ts";
import { type NoticeAuthor, noticeAudience, noticeName, startNotice, stopNotices } from "./notices.ts";
import { createFair, saveFair } from "./store.ts";
import type { Fair, FairDraft } from "./types.ts";

/**
 * Publishes a new fair and starts its announcement (progress and report to the author if asked).
 * `press` names the button press (chat and message); a second press of the same button, a double
 * tap, publishes nothing and returns null.
 */
export async function publishFair(
  deps: Deps,
  draft: FairDraft,
  author: NoticeAuthor,
  press?: string,
): Promise<Fair | null> {
  const { redis, now } = deps;
  if (press) {
    const won = await redis.set(keys.fairPublishClaim(press), now, { nx: true, ex: ttl.fairPublishClaim });
    if (won === null) return null;
  }
  const fair = await createFair(redis, draft, author.id, now);
  await startNotice(deps, fair, "announce", author);
  return fair;
}

/**
 * Saves an edit of a published fair (the region stays: its subscribers were told). A new time
 * cancels a reminder of the old time still going out (the cron reminds again for the new one); a
 * new time or place is sent to those who RSVP'd. Returns how many that is, or null if nobody is told.
 */
export async function updateFair(
  deps: Deps,
  fair: Fair,
  draft: FairDraft,
  by: NoticeAuthor,
): Promise<{ fair: Fair; notified: number | null }> {
  const next: Fair = { ...fair, ...draft, region: fair.region, seq: fair.seq + 1, updatedAt: deps.now };
  const moved = next.startsAt !== fair.startsAt;
  await saveFair(deps.redis, next, { type: "fair-edited", by: by.id, at: deps.now });
  if (moved) {
    const old = noticeName(fair, "reminder");
    await stopNotices(deps, fair.id, by.id, (name) => name === old);
  }
  if (!moved && next.venue === fair.venue) return { fair: next, notified: null };
  const notified = await audienceSize(deps, noticeAudience(next, "change"));
  if (notified === 0) return { fair: next, notified: null };
  await startNotice(deps, next, "change", by);
  return { fair: next, notified };
}

/**
 * Cancels a fair: its notices still going out stop, and the cancellation goes to everyone the
 * announcement reached and everyone who RSVP'd.
 */
export async function cancelFair(deps: Deps, fair: Fair, by: NoticeAuthor): Promise<Fair> {
  const next: Fair = { ...fair, status: "cancelled", seq: fair.seq + 1, updatedAt: deps.now };
  await saveFair(deps.redis, next, { type: "fair-cancelled", by: by.id, at: deps.now });
  await stopNotices(deps, fair.id, by.id, (name) => name !== "cancel");
  await startNotice(deps, next, "cancel", by);
  return next;
}
