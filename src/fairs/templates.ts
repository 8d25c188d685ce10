/**
 * What subscribers see of a fair, as plain functions of (locale, params): the announcement, the
 * cancellation, the reminder and the change notice. The staff preview uses the same functions, so
 * it is exactly what subscribers get. Staff-written fields stay as written (escaped); labels follow
 * the recipient's language.
 */
import type { Button, OutgoingMessage } from "../channel/types.ts";
import type { I18n, Locale } from "../i18n.ts";
import { regionLabel } from "../regions/index.ts";
import type { Fair, FairDraft } from "./types.ts";
import { localParts } from "./zoned.ts";

/** Everything a template needs besides the locale. */
export interface FairTemplateParams {
  fair: FairDraft & { id?: string };
  timeZone: string;
}

const EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const ZH_DAYS = ["一", "二", "三", "四", "五", "六", "日"];
const EN_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ");

/** A fair's start in its time zone, with the weekday: 2026年6月9日（周二）14:00 / Tue 9 Jun 2026, 14:00. */
export function fairWhen(at: number, locale: Locale, timeZone: string): string {
  const p = localParts(at, timeZone);
  const hm = `${String(p.hour).padStart(2, "0")}:${String(p.minute).padStart(2, "0")}`;
  if (locale === "en") return `${EN_DAYS[p.weekday - 1]} ${p.day} ${EN_MONTHS[p.month - 1]} ${p.year}, ${hm}`;
  return `${p.year}年${p.month}月${p.day}日（周${ZH_DAYS[p.weekday - 1]}）${hm}`;
}

function targetsText(i18n: I18n, locale: Locale, fair: FairDraft): string {
  return fair.targets.map((t) => i18n.text(locale, `fair-target-${t}`)).join(locale === "en" ? ", " : "、");
}

/** The fair's full card (HTML), as in the announcement and the details view. */
export function fairCard(i18n: I18n, locale: Locale, { fair, timeZone }: FairTemplateParams): string {
  const card = i18n.t(locale, "fair-card", {
    title: fair.title,
    when: fairWhen(fair.startsAt, locale, timeZone),
    venue: fair.venue,
    region: regionLabel(fair.region, locale),
    employers: fair.employers,
    positions: fair.positions,
    targets: targetsText(i18n, locale, fair),
    description: fair.description,
    contact: fair.contact,
  });
  return fair.link ? `${card}\n${i18n.t(locale, "fair-card-link", { link: fair.link })}` : card;
}

/** Title, time and place only: for cancellations, reminders and lists. */
export function fairShort(i18n: I18n, locale: Locale, { fair, timeZone }: FairTemplateParams): string {
  return i18n.t(locale, "fair-short", {
    title: fair.title,
    when: fairWhen(fair.startsAt, locale, timeZone),
    venue: fair.venue,
    region: regionLabel(fair.region, locale),
  });
}

/** Callback data of the fair buttons; `pv` is the preview's stand-in id (answers "preview only"). */
export const fairData = {
  attend: (id: string) => `fair:go:${id}`,
  unattend: (id: string) => `fair:no:${id}`,
  calendar: (id: string) => `fair:ics:${id}`,
  details: (id: string) => `fair:info:${id}`,
};

/** 我要参加 / 加入日历 / 详情, in the recipient's language. */
export function announcementButtons(i18n: I18n, locale: Locale, id: string): Button[][] {
  return [
    [{ text: i18n.text(locale, "fair-button-attend"), callback: fairData.attend(id) }],
    [
      { text: i18n.text(locale, "fair-button-calendar"), callback: fairData.calendar(id) },
      { text: i18n.text(locale, "fair-button-details"), callback: fairData.details(id) },
    ],
  ];
}

/** The announcement: header, full card, and the three buttons. */
export function announcementMessage(i18n: I18n, locale: Locale, params: FairTemplateParams): OutgoingMessage {
  const html = `${i18n.t(locale, "fair-announce-header")}\n\n${fairCard(i18n, locale, params)}`;
  return { html, buttons: announcementButtons(i18n, locale, params.fair.id ?? "pv") };
}

/** The cancellation notice, to those who were told and those who RSVP'd. */
export function cancellationMessage(i18n: I18n, locale: Locale, params: FairTemplateParams): OutgoingMessage {
  return {
    html: `${i18n.t(locale, "fair-cancel-header")}\n\n${fairShort(i18n, locale, params)}\n\n${i18n.t(locale, "fair-cancel-body")}`,
  };
}

/** The day-before reminder to those who RSVP'd, with calendar, details and "can't come". */
export function reminderMessage(i18n: I18n, locale: Locale, params: FairTemplateParams): OutgoingMessage {
  const id = params.fair.id ?? "pv";
  return {
    html: `${i18n.t(locale, "fair-reminder-header")}\n\n${fairShort(i18n, locale, params)}\n\n${i18n.t(locale, "fair-reminder-body", { contact: params.fair.contact })}`,
    buttons: [
      [
        { text: i18n.text(locale, "fair-button-calendar"), callback: fairData.calendar(id) },
        { text: i18n.text(locale, "fair-button-details"), callback: fairData.details(id) },
      ],
      [{ text: i18n.text(locale, "fair-button-unattend"), callback: fairData.unattend(id) }],
    ],
  };
}

/** A changed time or place, to those who RSVP'd. */
export function changeMessage(i18n: I18n, locale: Locale, params: FairTemplateParams): OutgoingMessage {
  const id = params.fair.id ?? "pv";
  return {
    html: `${i18n.t(locale, "fair-change-header")}\n\n${fairShort(i18n, locale, params)}`,
    buttons: [[{ text: i18n.text(locale, "fair-button-calendar"), callback: fairData.calendar(id) }]],
  };
}

/** The notices a fair sends, by name; the broadcast engine can render them by kind. */
export const fairTemplates = {
  announce: announcementMessage,
  cancel: cancellationMessage,
  reminder: reminderMessage,
  change: changeMessage,
} as const;
export type FairNoticeKind = keyof typeof fairTemplates;

/** Whether a published fair can still be attended (not cancelled, not started). */
export function isOpen(fair: Fair, now: number): boolean {
  return fair.status === "published" && fair.startsAt > now;
}
