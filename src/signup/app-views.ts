/** What the applicant sees of her application: submitted, already open, /myapplication, withdraw, notices. */
import { formatDateTime } from "../time/format.ts";
import { OPEN_STATUSES } from "./constants.ts";
import type { Lang, View } from "./lang.ts";
import type { Application } from "./record.ts";

/** After submitting: the reference and what happens next. */
export function submittedView(lang: Lang, app: Application): View {
  return { html: lang.t("signup-submitted", { ref: app.ref }) };
}

/** Refusal while another application is open. */
export function alreadyOpenView(lang: Lang, ref: string): View {
  return {
    html: lang.t("signup-already-open", { ref }),
    buttons: [[{ text: lang.text("signup-my-show"), callback: "su:my" }]],
  };
}

/** /myapplication: status, dates, the mentor once matched, the note once closed; withdraw while open. */
export function myApplicationView(lang: Lang, app: Application, timeZone: string): View {
  const lines = [
    lang.t("signup-my-title", { ref: app.ref }),
    lang.t("signup-my-status", { status: lang.text(`signup-status-${app.status}`) }),
    lang.t("signup-my-submitted", { time: formatDateTime(app.created, lang.locale, timeZone) }),
  ];
  if (app.mentor_name) lines.push(lang.t("signup-my-mentor", { mentor: app.mentor_name }));
  if (app.status === "closed") {
    lines.push(lang.t(app.closed_by === "applicant" ? "signup-my-withdrawn" : "signup-my-closed"));
    if (app.note) lines.push(lang.t("signup-my-note", { note: app.note }));
  }
  lines.push(lang.t(`signup-my-next-${app.status}`));
  const open = OPEN_STATUSES.includes(app.status);
  return {
    html: lines.join("\n"),
    buttons: open ? [[{ text: lang.text("signup-withdraw"), callback: `su:w:${app.ref}` }]] : [],
  };
}

/** The one confirmation before withdrawing. */
export function withdrawConfirmView(lang: Lang, ref: string): View {
  return {
    html: lang.t("signup-withdraw-confirm", { ref }),
    buttons: [
      [
        { text: lang.text("signup-withdraw-yes"), callback: `su:wy:${ref}` },
        { text: lang.text("signup-withdraw-no"), callback: "su:wn" },
      ],
    ],
  };
}

/** What the applicant is told when staff change her application. */
export function applicantNotice(lang: Lang, app: Application, mentorContact?: string): string {
  if (app.status === "contacted") return lang.t("signup-notice-contacted", { ref: app.ref });
  if (app.status === "matched")
    return lang.t("signup-notice-matched", {
      ref: app.ref,
      mentor: app.mentor_name ?? "",
      contact: mentorContact ?? "",
    });
  const note = app.note ? `\n${lang.t("signup-my-note", { note: app.note })}` : "";
  return `${lang.t("signup-notice-closed", { ref: app.ref })}${note}`;
}
