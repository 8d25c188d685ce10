/** What subscribers see of a fair, in their language: card, announcement, cancellation, reminder, change notice. */
/**
 * What subscribers see of a fair, as plain functions of (locale, params): the announcement, the
 * cancellation, the reminder and the change notice. The staff preview uses the same functions, so
 * it is exactly what subscribers get, and the broadcast engine renders them through the
 * `fair-notice` template. Staff-written fields stay as written (escaped); labels follow the
 * recipient's language.
 */
import * as z from "zod";
import type { Button, OutgoingMessage } from "../channel/types.ts";
import type { Deps, TemplateParams } from "../deps.ts";
import type { I18n, Locale } from "../i18n.ts";
import { regionLabel } from "../regions/index.ts";
import { formatDateTime } from "../time/format.ts";
import { localParts } from "../time/zoned.ts";
import { changeLines, fairChanges, isTold, type WasValues } from "./changes.ts";
import { getFair } from "./store.ts";
import { type Fair, type FairDraft, fairId } from "./types.ts";

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

/** The card's lines below the title: time, place, employers, targets, description, contact, link. */
function cardBody(i18n: I18n, locale: Locale, { fair, timeZone }: FairTemplateParams): string {
  const card = i18n.t(locale, "fair-card", {
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

/** The fair's full card (HTML) for the details view: the title in bold, then the details. */
export function fairCard(i18n: I18n, locale: Locale, params: FairTemplateParams): string {
  return `${i18n.t(locale, "fair-card-title", { title: params.fair.title })}\n${cardBody(i18n, locale, params)}`;
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

/**
 * The announcement: its first line (what a phone's notification shows) names the fair by its own
 * title, then the details and the three buttons.
 */
export function announcementMessage(i18n: I18n, locale: Locale, params: FairTemplateParams): OutgoingMessage {
  const header = i18n.t(locale, "fair-announce-header", { title: params.fair.title });
  const html = `${header}\n${cardBody(i18n, locale, params)}`;
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

/**
 * A change notice, to those who RSVP'd: for each told field that changed, what it was and what it is
 * now (« 时间：原定12月16日 9:00，改为12月17日 9:00 »), then the fair as it now stands. Without what it
 * was (a notice queued before this was kept), it says that the time or place changed.
 */
export function changeMessage(
  i18n: I18n,
  locale: Locale,
  params: FairTemplateParams & { was?: WasValues | undefined },
): OutgoingMessage {
  const id = params.fair.id ?? "pv";
  const { fair, was, timeZone } = params;
  const changes = was ? fairChanges({ ...fair, ...was }, fair).filter(isTold) : [];
  const head =
    changes.length > 0
      ? [i18n.t(locale, "fair-change-header-what"), ...changeLines(i18n, locale, changes, timeZone)].join(
          "\n",
        )
      : i18n.t(locale, "fair-change-header");
  return {
    html: `${head}\n\n${fairShort(i18n, locale, params)}`,
    buttons: [[{ text: i18n.text(locale, "fair-button-calendar"), callback: fairData.calendar(id) }]],
  };
}

/** The notices a fair sends. */
export const NOTICE_KINDS = ["announce", "cancel", "reminder", "change"] as const;
export type FairNoticeKind = (typeof NOTICE_KINDS)[number];

const fairTemplates: Record<
  FairNoticeKind,
  (
    i18n: I18n,
    locale: Locale,
    params: FairTemplateParams & { was?: WasValues | undefined },
  ) => OutgoingMessage
> = {
  announce: announcementMessage,
  cancel: cancellationMessage,
  reminder: reminderMessage,
  change: changeMessage,
};
const wasSchema = z
  .object({
    title: z.string(),
    startsAt: z.number(),
    venue: z.string(),
    region: z.string(),
  })
  .partial();
const noticeParams = z.object({ fair: fairId, notice: z.enum(NOTICE_KINDS), was: wasSchema.optional() });

/**
 * The broadcast engine's `fair-notice` template: `{ fair: "12", notice: "announce" }` in the
 * recipient's language. It reads the fair when a page is rendered (once per language and page), so
 * an edit made while an announcement is still going out reaches the rest of its audience.
 */
export async function fairNoticeTemplate(
  raw: TemplateParams,
  locale: Locale,
  deps: Deps,
): Promise<OutgoingMessage> {
  const p = noticeParams.parse(raw);
  const fair = await getFair(deps.redis, p.fair);
  // Fairs are never deleted; a missing one is a storage fault, and the page is retried.
  if (!fair) throw new Error(`fair ${p.fair} could not be read`);
  const timeZone = deps.config.TIMEZONE;
  const message = fairTemplates[p.notice](deps.i18n, locale, { fair, timeZone, was: p.was });
  // What a template message outside her WeChat window says: the fair, when (as WeChat's time fields
  // take it: 2026年6月9日 14:00) and where.
  const when = formatDateTime(fair.startsAt, "zh-CN", timeZone);
  return { ...message, notice: { kind: `fair-${p.notice}`, title: fair.title, when, place: fair.venue } };
}

/** Whether a published fair can still be attended (not cancelled, not started). */
export function isOpen(fair: Fair, now: number): boolean {
  return fair.status === "published" && fair.startsAt > now;
}
