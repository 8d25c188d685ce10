/** The console's job-fair form read into /newfair's draft, each field checked by the chat form's own readers and messages. */

import type { Deps } from "../deps.ts";
import { normalizeTargets, readCount, readLink, readText } from "../fairs/fields.ts";
import type { Step } from "../fairs/form.ts";
import { checkFairDraft } from "../fairs/manage.ts";
import { type Fair, type FairDraft, LIMITS, TARGETS, type Target } from "../fairs/types.ts";
import type { PersonId } from "../people/id.ts";
import { dateExamples } from "../time/examples.ts";
import { parseDateTime } from "../time/parse.ts";
import { localParts } from "../time/zoned.ts";
import type { FieldProblem } from "./broadcast-form.ts";

/** The form's fields: the chat form's steps (/newfair). */
export type FairField = Step;

/** What she typed, to show again with the messages. */
export type FairInput = Record<Exclude<FairField, "targets">, string> & { targets: Target[]; nonce: string };

type Body = Record<string, string | File | (string | File)[]>;
const first = (v: Body[string] | undefined) => (Array.isArray(v) ? v[0] : v);
const text = (body: Body, name: string, max: number) => {
  const v = first(body[name]);
  return typeof v === "string" ? v.slice(0, max) : "";
};

/** Reads the posted form; unknown values are dropped. */
export function readFairForm(body: Body): FairInput {
  const raw = body.targets;
  const targets = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(
    (t): t is Target => typeof t === "string" && (TARGETS as readonly string[]).includes(t),
  );
  const nonce = text(body, "nonce", 12);
  return {
    title: text(body, "title", LIMITS.title * 4),
    when: text(body, "when", 80),
    venue: text(body, "venue", LIMITS.venue * 4),
    region: text(body, "region", 6),
    employers: text(body, "employers", 30),
    positions: text(body, "positions", 30),
    targets: normalizeTargets(targets),
    description: text(body, "description", LIMITS.description * 4),
    contact: text(body, "contact", LIMITS.contact * 4),
    link: text(body, "link", LIMITS.link * 4),
    nonce: /^[a-z0-9]{6,12}$/.test(nonce) ? nonce : "",
  };
}

/** `2026-12-15 14:00` in the zone: how the form shows a time, and one parseDateTime reads back. */
function isoLocal(at: number, timeZone: string): string {
  const t = localParts(at, timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${t.year}-${pad(t.month)}-${pad(t.day)} ${pad(t.hour)}:${pad(t.minute)}`;
}

/** A published fair as the form shows it, to edit. */
export function fairInputOf(fair: Fair, timeZone: string): FairInput {
  return {
    title: fair.title,
    when: isoLocal(fair.startsAt, timeZone),
    venue: fair.venue,
    region: fair.region,
    employers: String(fair.employers),
    positions: String(fair.positions),
    targets: fair.targets,
    description: fair.description,
    contact: fair.contact,
    link: fair.link ?? "",
    nonce: "",
  };
}

/**
 * The draft the form makes for `by`, or each field's problem in the chat form's words: text as the
 * chat reads it (titles and venues on one line), the date as /newfair reads it, counts, targets, an https
 * link; then the whole draft as publishing checks it (her scope, a district, still ahead).
 */
export function fairDraftOf(
  deps: Deps,
  by: PersonId,
  input: FairInput,
): { draft: FairDraft | null; problems: Partial<Record<FairField, FieldProblem>> } {
  const problems: Partial<Record<FairField, FieldProblem>> = {};
  const draft: Partial<FairDraft> = {};
  for (const field of ["title", "venue", "description", "contact"] as const) {
    const oneLine =
      field === "title" || field === "venue" ? input[field].replace(/\s*\n\s*/g, " ") : input[field];
    const read = readText(oneLine, LIMITS[field]);
    if (read.ok) draft[field] = read.value;
    else
      problems[field] = {
        key: `fair-bad-text-${read.reason}`,
        args: { max: LIMITS[field], count: read.reason === "too-long" ? read.count : 0 },
      };
  }
  const tz = deps.config.TIMEZONE;
  const when = parseDateTime(input.when, deps.now, tz);
  if (when.ok) draft.startsAt = when.at;
  else
    problems.when = {
      key: `fair-bad-date-${when.reason}`,
      args: { text: input.when.slice(0, 60), ...dateExamples(deps.now, tz) },
    };
  for (const field of ["employers", "positions"] as const) {
    const read = readCount(input[field]);
    if (read.ok) draft[field] = read.value;
    else problems[field] = { key: "fair-bad-count", args: { max: LIMITS.count } };
  }
  if (input.targets.length > 0) draft.targets = input.targets;
  else problems.targets = { key: "fair-bad-targets" };
  const link = readLink(input.link);
  if (link.ok) {
    if (link.value) draft.link = link.value;
  } else if (link.reason === "not-https")
    problems.link = { key: "fair-bad-link-http", args: { link: link.offer } };
  else problems.link = { key: "fair-bad-link" };
  draft.region = input.region;
  if (Object.keys(problems).length > 0) return { draft: null, problems };
  const checked = checkFairDraft(deps, by, draft);
  if (checked.ok) return { draft: checked.draft, problems };
  if (checked.problem === "past")
    problems.when = { key: "fair-bad-date-past", args: dateExamples(deps.now, tz) };
  else problems.region = { key: "fair-out-of-scope" };
  return { draft: null, problems };
}
