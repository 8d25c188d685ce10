import { InlineKeyboard } from "grammy";
import { entryLabel } from "../src/faq/label.ts";
import type { FaqEntry, FaqFollowup, FaqMatch } from "../src/faq/types.ts";
import { escapeHtml } from "../src/html.ts";
import type { I18n, Locale } from "../src/i18n.ts";

export { entryLabel };

/**
 * Follow-up buttons carry the callback data of the features that own those flows, so a press
 * starts the same flow as the main menu: mentor sign-up, alerts, the job-fair list. 12338 is a
 * message with the number (Telegram buttons cannot dial).
 */
export const FOLLOWUP_DATA: Record<FaqFollowup, string> = {
  signup: "menu:mentor",
  subscribe: "menu:subscribe",
  fairs: "menu:fairs",
  call12338: "faq:call",
};

/** The answer, its source line and the review date, as Telegram HTML. */
export function answerText(i18n: I18n, locale: Locale, entry: FaqEntry): string {
  const source = i18n.t(locale, "faq-source", {
    title: entry.source.title,
    year: String(entry.source.year),
    reviewed: entry.reviewed,
  });
  return `${escapeHtml(entry.answer)}\n\n${source}`;
}

/** Follow-ups two to a row, then the 👍/👎 pair (the chosen one marked after a vote). */
export function answerKeyboard(i18n: I18n, locale: Locale, entry: FaqEntry, voted?: "up" | "down") {
  const kb = new InlineKeyboard();
  entry.followups.forEach((f, i) => {
    kb.text(i18n.text(locale, `faq-followup-${f}`), FOLLOWUP_DATA[f]);
    if (i % 2 === 1) kb.row();
  });
  if (entry.followups.length % 2 === 1) kb.row();
  const mark = (v: "up" | "down") => (voted === v ? " ✓" : "");
  return kb
    .text(`${i18n.text(locale, "faq-vote-up")}${mark("up")}`, `faq:up:${entry.id}`)
    .text(`${i18n.text(locale, "faq-vote-down")}${mark("down")}`, `faq:dn:${entry.id}`);
}

/** Up to three "did you mean" entries, then "none of these" (pass to staff) and 12338. */
export function didYouMeanKeyboard(
  i18n: I18n,
  locale: Locale,
  matches: { match: FaqMatch; entry: FaqEntry }[],
  questionHash: string,
) {
  const kb = new InlineKeyboard();
  for (const { entry } of matches.slice(0, 3)) kb.text(entryLabel(entry), `faq:e:${entry.id}`).row();
  return kb
    .text(i18n.text(locale, "faq-button-none-of-these"), `faq:ask:${questionHash}`)
    .row()
    .text(i18n.text(locale, "faq-followup-call12338"), "faq:call");
}

/** Under "I don't have an answer": pass the question to staff, or call 12338. */
export function noAnswerKeyboard(i18n: I18n, locale: Locale, questionHash: string) {
  return new InlineKeyboard()
    .text(i18n.text(locale, "faq-button-ask-staff"), `faq:ask:${questionHash}`)
    .row()
    .text(i18n.text(locale, "faq-followup-call12338"), "faq:call");
}
