/** The mentor roster's screens: the list, one mentor's card, the questions of the form. */
import type { Button } from "../channel/types.ts";
import { regionLabel } from "../regions/index.ts";
import { type Lang, rows, type View } from "./lang.ts";
import { MENTOR_FIELDS, type MentorField } from "./mentor-input.ts";
import type { Mentor } from "./mentors.ts";

const PAGE = 10;

function industries(lang: Lang, mentor: Pick<Mentor, "industries">): string {
  const sep = lang.locale === "en" ? ", " : "、";
  return mentor.industries.map((id) => lang.text(`signup-industry-${id}`)).join(sep);
}

/** The roster in a staff member's scope, paged, each mentor a button, plus "add". */
export function rosterView(lang: Lang, mentors: readonly Mentor[], page: number): View {
  const pages = Math.max(1, Math.ceil(mentors.length / PAGE));
  const current = Math.min(Math.max(0, page), pages - 1);
  const shown = mentors.slice(current * PAGE, (current + 1) * PAGE);
  const lines = shown.map((m, i) =>
    lang.t(m.active ? "mentor-line" : "mentor-line-inactive", {
      n: current * PAGE + i + 1,
      name: m.name,
      industries: industries(lang, m),
      region: regionLabel(m.region, lang.locale),
    }),
  );
  const open = shown.map((m, i) => ({
    text: `${current * PAGE + i + 1}. ${m.name}`,
    callback: `mt:o:${m.id}`,
  }));
  const paging: Button[] = [];
  if (current > 0) paging.push({ text: lang.text("staff-signup-prev"), callback: `mt:l:${current - 1}` });
  if (current < pages - 1)
    paging.push({ text: lang.text("staff-signup-next"), callback: `mt:l:${current + 1}` });
  const head = lang.t("mentor-list-title", { count: mentors.length, page: current + 1, pages });
  return {
    html: [head, lines.length ? lines.join("\n") : lang.t("mentor-list-empty")].join("\n\n"),
    buttons: [...rows(open, 2), paging, [{ text: lang.text("mentor-add"), callback: "mt:add" }]],
  };
}

/** One mentor with an edit button per field, (de)activation, and back to the roster. */
export function mentorCardView(lang: Lang, mentor: Mentor): View {
  const html = lang.t("mentor-card", {
    name: mentor.name,
    industries: industries(lang, mentor),
    region: regionLabel(mentor.region, lang.locale),
    contact: mentor.contact,
    status: lang.text(mentor.active ? "mentor-status-active" : "mentor-status-inactive"),
  });
  const edits = MENTOR_FIELDS.map((f) => ({
    text: lang.text("mentor-edit", { field: lang.text(`mentor-field-${f}`) }),
    callback: `mt:e:${mentor.id}:${f}`,
  }));
  const toggle = mentor.active ? "mentor-deactivate" : "mentor-reactivate";
  return {
    html,
    buttons: [
      ...rows(edits, 2),
      [{ text: lang.text(toggle), callback: `mt:act:${mentor.id}` }],
      [{ text: lang.text("mentor-back"), callback: "mt:l:0" }],
    ],
  };
}

/** Asks for one field (adding: with the step number; editing: with the current value). */
export function mentorAskView(lang: Lang, field: MentorField, current?: string): View {
  const n = MENTOR_FIELDS.indexOf(field) + 1;
  const lines = [lang.t(`mentor-ask-${field}`, { n, total: MENTOR_FIELDS.length })];
  if (current) lines.push(lang.t("signup-current", { value: current }));
  lines.push(lang.t("mentor-ask-cancel"));
  return { html: lines.join("\n") };
}

/** A field's current value as text, for the edit prompt. */
export function mentorFieldText(lang: Lang, mentor: Mentor, field: MentorField): string {
  if (field === "industries") return industries(lang, mentor);
  if (field === "region") return regionLabel(mentor.region, lang.locale);
  return mentor[field];
}
