/** What staff do with applications, each checked against her scope: list, count, open, show the phone, change the status, suggest mentors, export. */
import type { Deps } from "../deps.ts";
import type { PersonId } from "../people/id.ts";
import { actingStaff, inScope } from "../staff/scope.ts";
import { applicantNotice } from "./app-views.ts";
import { audit, changeStatus, cityCodeOf, getApplication } from "./applications.ts";
import { NOTE_MAX, OPEN_STATUSES, STATUSES, type Status } from "./constants.ts";
import { applicationsCsv } from "./csv.ts";
import {
  type ApplicationSearch,
  type ListFilter,
  listPage,
  loadApplications,
  refsInScope,
  scopeKeys,
  searchPage,
} from "./listing.ts";
import { type Suggestion, suggestMentors } from "./mentor-suggest.ts";
import { getMentor, mentorsOfCity } from "./mentors.ts";
import { notifyApplicant } from "./notify.ts";
import type { Application } from "./record.ts";
import { charLength } from "./validate.ts";

/** One page of the applications in her scope under a filter, newest first. */
export async function applicationsFor(deps: Deps, by: PersonId, filter: ListFilter, page: number) {
  return listPage(deps.redis, actingStaff(deps, by), filter, page);
}

/** One page of a search of the applications in her scope (the console's filtered table). */
export async function searchApplicationsFor(deps: Deps, by: PersonId, search: ApplicationSearch) {
  return searchPage(deps.redis, actingStaff(deps, by), search);
}

/** An application she may act on; null when it does not exist or lies outside her scope (said alike). */
export async function applicationForStaff(
  deps: Deps,
  by: PersonId,
  ref: string,
): Promise<Application | null> {
  const member = actingStaff(deps, by);
  const app = await getApplication(deps.redis, ref);
  return app && inScope(member, app.region) ? app : null;
}

/** "Show contact": the application with its full phone number, the look logged to the audit stream; null as above. */
export async function revealPhone(deps: Deps, by: PersonId, ref: string): Promise<Application | null> {
  const app = await applicationForStaff(deps, by, ref);
  if (app) await audit(deps.redis, { type: "signup-show-contact", by, ref: app.ref }, deps.now);
  return app;
}

/** A status change staff make: contacted, matched with a mentor of her city, or closed with a note. */
export type StaffChange =
  | { kind: "contacted" }
  | { kind: "matched"; mentorId: string }
  | { kind: "closed"; note?: string | undefined };

/**
 * Applies a staff change, audits it in the same transaction, and tells the applicant in her language.
 * Null when the application is not hers to change, no longer open (a second press or a second staff
 * member changes nothing), or the mentor is not an active mentor of the applicant's city.
 */
export async function changeApplication(
  deps: Deps,
  by: PersonId,
  ref: string,
  change: StaffChange,
): Promise<Application | null> {
  const app = await applicationForStaff(deps, by, ref);
  if (!app || !OPEN_STATUSES.includes(app.status)) return null;
  if (change.kind === "contacted" && app.status !== "received") return null;
  const mentor = change.kind === "matched" ? await getMentor(deps.redis, change.mentorId) : null;
  if (change.kind === "matched" && (!mentor?.active || cityCodeOf(mentor) !== cityCodeOf(app))) return null;
  const fields: Partial<Application> = mentor
    ? { mentor: mentor.id, mentor_name: mentor.name }
    : change.kind === "closed"
      ? { closed_by: "staff", ...(change.note ? { note: change.note } : {}) }
      : {};
  const entry = { type: `signup-${change.kind}`, by };
  const next = await changeStatus(deps.redis, app, change.kind, fields, deps.now, entry);
  await notifyApplicant(deps, next, (lang) => applicantNotice(lang, next, mentor?.contact));
  return next;
}

/** Active mentors of the applicant's city, best first; null when the application is not hers to see. */
export async function mentorSuggestions(
  deps: Deps,
  by: PersonId,
  ref: string,
): Promise<{ app: Application; suggestions: Suggestion[] } | null> {
  const app = await applicationForStaff(deps, by, ref);
  if (!app) return null;
  const mentors = await mentorsOfCity(deps.redis, cityCodeOf(app));
  return { app, suggestions: suggestMentors(mentors, app) };
}

/**
 * Every application in her scope as CSV (Chinese columns, phones masked). The full export, with
 * phone numbers, is for admins only and audited.
 */
export async function exportApplications(
  deps: Deps,
  by: PersonId,
  full: boolean,
): Promise<{ csv: string; rows: number }> {
  const member = actingStaff(deps, by, { admin: full });
  const apps = await loadApplications(deps.redis, await refsInScope(deps.redis, member, "all"));
  const csv = applicationsCsv(deps.i18n, apps, { fullPhones: full, timeZone: deps.config.TIMEZONE });
  if (full) await audit(deps.redis, { type: "signup-export-full", by, rows: apps.length }, deps.now);
  return { csv, rows: apps.length };
}

/** A closing note as staff typed it: one to NOTE_MAX characters, or an error key. */
export function parseNote(text: string): { ok: true; note: string } | { ok: false; error: string } {
  const note = text.replace(/\s+\n/g, "\n").trim();
  if (!note) return { ok: false, error: "staff-signup-note-empty" };
  if (charLength(note) > NOTE_MAX) return { ok: false, error: "staff-signup-note-long" };
  return { ok: true, note };
}

/** How many applications in her scope have each status (one round trip over the same indexes /signups lists). */
export async function applicationCountsFor(deps: Deps, by: PersonId): Promise<Record<Status, number>> {
  const member = actingStaff(deps, by);
  const pipe = deps.redis.pipeline();
  const plan = STATUSES.map((status) => {
    const zsets = scopeKeys(member, [status]);
    for (const key of zsets) pipe.zcard(key);
    return zsets.length;
  });
  const sizes = (await pipe.exec<number[]>()).map(Number);
  let at = 0;
  const counts = {} as Record<Status, number>;
  for (const [i, status] of STATUSES.entries()) {
    counts[status] = sizes.slice(at, at + plan[i]!).reduce((a, b) => a + b, 0);
    at += plan[i]!;
  }
  return counts;
}
