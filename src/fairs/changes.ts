/** What an edit of a fair changes, field by field, and which of those changes are told to those who RSVP'd. */
import type { I18n, Locale } from "../i18n.ts";
import { regionLabel } from "../regions/index.ts";
import { formatDayTime } from "../time/format.ts";
import { localParts } from "../time/zoned.ts";
import { STEPS, type Step } from "./form.ts";
import type { FairDraft, Target } from "./types.ts";

/** A field of a fair staff can change: the form's steps, the start time named as stored. */
export type FairField = Exclude<Step, "when"> | "startsAt";

/** The field a step of the form fills in. */
export const fieldOf = (step: Step): FairField => (step === "when" ? "startsAt" : step);

/** Every field of a fair staff can change, in the form's order. */
export const FAIR_FIELDS: readonly FairField[] = STEPS.map(fieldOf);

/**
 * The fields whose change is told to those who RSVP'd: what names the fair and where and when to
 * come (the lines of her reminder). The other details are saved and shown in the fair's details.
 */
export const TOLD_FIELDS = ["title", "startsAt", "venue", "region"] as const satisfies readonly FairField[];
export type ToldField = (typeof TOLD_FIELDS)[number];

/** One field's old and new value. */
export interface FairChange<F extends FairField = FairField> {
  field: F;
  was: FairDraft[F];
  now: FairDraft[F];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields that differ between a fair and its edit, in the form's order. */
export function fairChanges(before: FairDraft, after: FairDraft): FairChange[] {
  return FAIR_FIELDS.filter((field) => !same(before[field], after[field])).map((field) => ({
    field,
    was: before[field],
    now: after[field],
  })) as FairChange[];
}

/** Whether a change is told to those who RSVP'd. */
export const isTold = (change: FairChange): change is FairChange<ToldField> =>
  (TOLD_FIELDS as readonly FairField[]).includes(change.field);

/** What a change notice keeps of the fair before the edit: the told fields' old values. */
export type WasValues = Partial<Pick<FairDraft, ToldField>>;

/** The old values of the told fields that changed, for the change notice to say "was … now …". */
export function wasValues(changes: readonly FairChange[]): WasValues {
  return Object.fromEntries(changes.filter(isTold).map((c) => [c.field, c.was])) as WasValues;
}

/** The form's name of a field (`fair-field-…`), whose step is `when` for the start time. */
export const fieldStep = (field: FairField) => (field === "startsAt" ? "when" : field);

function valueText(
  i18n: I18n,
  locale: Locale,
  field: FairField,
  value: unknown,
  timeZone: string,
  withYear: boolean,
): string {
  if (value === undefined || value === null || value === "") return i18n.text(locale, "fair-change-none");
  if (field === "startsAt") return formatDayTime(Number(value), locale, timeZone, withYear);
  if (field === "region") return regionLabel(String(value), locale);
  if (field === "targets") {
    return (value as Target[])
      .map((t) => i18n.text(locale, `fair-target-${t}`))
      .join(locale === "en" ? ", " : "、");
  }
  return String(value);
}

/**
 * One line per change, « 时间：原定12月16日 9:00，改为12月17日 9:00 » / "Time: was 16 Dec 9:00, now
 * 17 Dec 9:00" (HTML, values escaped); a long text (the description) is said to have changed.
 */
export function changeLines(
  i18n: I18n,
  locale: Locale,
  changes: readonly FairChange[],
  timeZone: string,
): string[] {
  return changes.map((c) => {
    const field = i18n.text(locale, `fair-field-${fieldStep(c.field)}`);
    if (c.field === "description") return i18n.t(locale, "fair-change-line-edited", { field });
    // A year is written only when the change crosses one.
    const years =
      c.field === "startsAt"
        ? new Set([c.was, c.now].map((v) => localParts(Number(v), timeZone).year))
        : null;
    const withYear = years !== null && years.size > 1;
    return i18n.t(locale, "fair-change-line", {
      field,
      was: valueText(i18n, locale, c.field, c.was, timeZone, withYear),
      now: valueText(i18n, locale, c.field, c.now, timeZone, withYear),
    });
  });
}
