import type { Deps } from "../deps.ts";
import type { StaffMember } from "../staff/roles.ts";
import { inScope } from "../staff/scope.ts";
import { applicantNotice } from "./app-views.ts";
import { audit, changeStatus, getApplication } from "./applications.ts";
import { NOTE_MAX, OPEN_STATUSES } from "./constants.ts";
import type { Mentor } from "./mentors.ts";
import { notifyApplicant } from "./notify.ts";
import type { Application } from "./record.ts";
import { charLength } from "./validate.ts";

/** An application a staff member may act on: it exists and lies in her scope; else null. */
export async function applicationInScope(
  deps: Pick<Deps, "redis">,
  member: StaffMember,
  ref: string,
): Promise<Application | null> {
  const app = await getApplication(deps.redis, ref);
  return app && inScope(member, app.region) ? app : null;
}

/** "Show contact": the full phone number, with the look logged to the audit stream. */
export async function revealPhone(deps: Deps, member: StaffMember, app: Application): Promise<string> {
  await audit(deps.redis, { type: "signup-show-contact", by: member.id, ref: app.ref }, deps.now);
  return app.phone;
}

type Change =
  | { kind: "contacted" }
  | { kind: "matched"; mentor: Mentor }
  | { kind: "closed"; note?: string | undefined };

/**
 * Applies a staff change (contacted, matched with a mentor, closed with a note), audits it in the
 * same transaction, and tells the applicant in her language. Null when the application is no
 * longer open, so a second press or a second staff member changes nothing.
 */
export async function applyStaffChange(
  deps: Deps,
  member: StaffMember,
  app: Application,
  change: Change,
): Promise<Application | null> {
  if (!OPEN_STATUSES.includes(app.status)) return null;
  if (change.kind === "contacted" && app.status !== "received") return null;
  const fields: Partial<Application> =
    change.kind === "matched"
      ? { mentor: change.mentor.id, mentor_name: change.mentor.name }
      : change.kind === "closed"
        ? { closed_by: "staff", ...(change.note ? { note: change.note } : {}) }
        : {};
  const entry = { type: `signup-${change.kind}`, by: member.id };
  const next = await changeStatus(deps.redis, app, change.kind, fields, deps.now, entry);
  const contact = change.kind === "matched" ? change.mentor.contact : undefined;
  await notifyApplicant(deps, next, (lang) => applicantNotice(lang, next, contact));
  return next;
}

/** A closing note as staff typed it: one to NOTE_MAX characters, or an error key. */
export function parseNote(text: string): { ok: true; note: string } | { ok: false; error: string } {
  const note = text.replace(/\s+\n/g, "\n").trim();
  if (!note) return { ok: false, error: "staff-signup-note-empty" };
  if (charLength(note) > NOTE_MAX) return { ok: false, error: "staff-signup-note-long" };
  return { ok: true, note };
}
