/** What staff do with job fairs, each checked against her scope: publish, edit, cancel, open one to manage, /stats. */
import { audienceSize } from "../broadcast/index.ts";
import type { Deps } from "../deps.ts";
import type { PersonId } from "../people/id.ts";
import { getRegion } from "../regions/index.ts";
import { actingStaff, inScope, NotAllowedError } from "../staff/scope.ts";
import { type FairChange, fairChanges, isTold, wasValues } from "./changes.ts";
import { fairKeys, fairTtl } from "./keys.ts";
import { type NoticeAuthor, noticeAudience, noticeName, startNotice, stopNotices } from "./notices.ts";
import { type FairStats, fairStats } from "./stats.ts";
import { createFair, getFair, saveFair } from "./store.ts";
import { draftSchema, type Fair, type FairDraft } from "./types.ts";

/** Why a draft cannot be published yet; the form asks that field again. */
export type DraftProblem = "incomplete" | "region" | "past";

/**
 * Checks a fair form as it would be published by `by`: complete, in one district inside her scope,
 * and still ahead. The form, the console and publishing itself all ask this one question.
 */
export function checkFairDraft(
  deps: Deps,
  by: PersonId,
  draft: Partial<FairDraft>,
): { ok: true; draft: FairDraft } | { ok: false; problem: DraftProblem } {
  const member = actingStaff(deps, by);
  const parsed = draftSchema.safeParse(draft);
  if (!parsed.success) return { ok: false, problem: "incomplete" };
  const region = parsed.data.region;
  if (!inScope(member, region) || getRegion(region)?.level !== "county")
    return { ok: false, problem: "region" };
  if (parsed.data.startsAt <= deps.now) return { ok: false, problem: "past" };
  return { ok: true, draft: parsed.data };
}

/** Refuses a draft that `checkFairDraft` would not pass: outside her scope as such, anything else as invalid. */
function publishable(deps: Deps, by: PersonId, draft: FairDraft): FairDraft {
  const checked = checkFairDraft(deps, by, draft);
  if (checked.ok) return checked.draft;
  if (checked.problem === "region") throw new NotAllowedError("out-of-scope");
  throw new Error(`the fair cannot be published: ${checked.problem}`);
}

/** A fair she may manage, or why not: unknown, outside her scope, or no longer open (cancelled or started). */
export async function fairForStaff(
  deps: Deps,
  by: PersonId,
  id: string,
): Promise<{ ok: true; fair: Fair } | { ok: false; problem: "unknown" | "out-of-scope" | "closed" }> {
  const member = actingStaff(deps, by);
  const fair = await getFair(deps.redis, id);
  if (!fair) return { ok: false, problem: "unknown" };
  if (!inScope(member, fair.region)) return { ok: false, problem: "out-of-scope" };
  if (fair.status !== "published" || fair.startsAt <= deps.now) return { ok: false, problem: "closed" };
  return { ok: true, fair };
}

/** /stats within her scope: subscribers per area and topic, RSVPs per upcoming fair. */
export async function fairStatsFor(deps: Deps, by: PersonId): Promise<FairStats> {
  return fairStats(deps.redis, actingStaff(deps, by).region, deps.now);
}

/**
 * Publishes a new fair for the staff member `author` (a district in her scope) and starts its
 * announcement (progress and report to her if asked). `press` names the button press (chat and
 * message); a second press of the same button, a double tap, publishes nothing and returns null.
 */
export async function publishFair(
  deps: Deps,
  draft: FairDraft,
  author: NoticeAuthor,
  press?: string,
): Promise<Fair | null> {
  const { redis, now } = deps;
  const valid = publishable(deps, author.id, draft);
  if (press) {
    const won = await redis.set(fairKeys.publishClaim(press), now, { nx: true, ex: fairTtl.publishClaim });
    if (won === null) return null;
  }
  const fair = await createFair(redis, valid, author.id, now);
  await startNotice(deps, fair, "announce", author);
  return fair;
}

/** What saving an edit would do: the changes, those told to who RSVP'd, and how many that is. */
export interface EditPreview {
  changes: FairChange[];
  /** The changes the change notice says "was … now …" of (name, time, place, district). */
  told: FairChange[];
  /** Who RSVP'd and would get the change notice now; 0 when nothing told changed. */
  notify: number;
}

/**
 * What saving `draft` over the published fair `fair` would change and who would be told: the form's
 * preview, the console's and `updateFair` ask this one question. Refused outside her scope.
 */
export async function previewFairEdit(
  deps: Deps,
  by: PersonId,
  fair: Fair,
  draft: Partial<FairDraft>,
): Promise<EditPreview> {
  actingStaff(deps, by, { region: fair.region });
  const merged = { ...draft } as FairDraft;
  const changes = fairChanges(fair, merged);
  const told = changes.filter(isTold);
  const notify = told.length === 0 ? 0 : await audienceSize(deps, noticeAudience(fair, "change"));
  return { changes, told, notify };
}

/**
 * Saves an edit of a published fair; every field may change, the district too (inside her scope).
 * A new time cancels a reminder of the old time still going out (the cron reminds again for the new
 * one). A change of name, time, place or district is sent to those who RSVP'd, saying what each
 * was and what it is now. Returns how many that is, or null if nobody is told.
 */
export async function updateFair(
  deps: Deps,
  fair: Fair,
  draft: FairDraft,
  by: NoticeAuthor,
): Promise<{ fair: Fair; notified: number | null }> {
  actingStaff(deps, by.id, { region: fair.region });
  const valid = publishable(deps, by.id, draft);
  const { told, notify } = await previewFairEdit(deps, by.id, fair, valid);
  const next: Fair = { ...fair, ...valid, link: valid.link, seq: fair.seq + 1, updatedAt: deps.now };
  await saveFair(deps.redis, next, { type: "fair-edited", by: by.id, at: deps.now });
  if (next.startsAt !== fair.startsAt) {
    const old = noticeName(fair, "reminder");
    await stopNotices(deps, fair.id, by.id, (name) => name === old);
  }
  if (notify === 0) return { fair: next, notified: null };
  await startNotice(deps, next, "change", by, { was: wasValues(told) });
  return { fair: next, notified: notify };
}

/**
 * Cancels a fair: its notices still going out stop, and the cancellation goes to everyone the
 * announcement reached and everyone who RSVP'd.
 */
export async function cancelFair(deps: Deps, fair: Fair, by: NoticeAuthor): Promise<Fair> {
  actingStaff(deps, by.id, { region: fair.region });
  const next: Fair = { ...fair, status: "cancelled", seq: fair.seq + 1, updatedAt: deps.now };
  await saveFair(deps.redis, next, { type: "fair-cancelled", by: by.id, at: deps.now });
  await stopNotices(deps, fair.id, by.id, (name) => name !== "cancel");
  await startNotice(deps, next, "cancel", by);
  return next;
}
