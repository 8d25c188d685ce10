/** An FAQ answer as the channel sends it: the answer with its source line, and its buttons (follow-ups, 👍/👎, did-you-mean). */
import type { Button } from "../channel/types.ts";
import type { I18n, Locale } from "../i18n.ts";
import { escapeHtml } from "../text/html.ts";
import { entryLabel } from "./label.ts";
import type { FaqEntry, FaqFollowup, FaqMatch } from "./types.ts";

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
export function answerButtons(
  i18n: I18n,
  locale: Locale,
  entry: FaqEntry,
  voted?: "up" | "down",
): Button[][] {
  const rows: Button[][] = [];
  entry.followups.forEach((f, i) => {
    const button = { text: i18n.text(locale, `faq-followup-${f}`), callback: FOLLOWUP_DATA[f] };
    if (i % 2 === 0) rows.push([button]);
    else rows.at(-1)!.push(button);
  });
  const mark = (v: "up" | "down") => (voted === v ? " ✓" : "");
  rows.push([
    { text: `${i18n.text(locale, "faq-vote-up")}${mark("up")}`, callback: `faq:up:${entry.id}` },
    { text: `${i18n.text(locale, "faq-vote-down")}${mark("down")}`, callback: `faq:dn:${entry.id}` },
  ]);
  return rows;
}

/** Up to three "did you mean" entries, then "none of these" (pass to staff) and 12338. */
export function didYouMeanButtons(
  i18n: I18n,
  locale: Locale,
  matches: { match: FaqMatch; entry: FaqEntry }[],
  questionHash: string,
): Button[][] {
  return [
    ...matches.slice(0, 3).map(({ entry }) => [{ text: entryLabel(entry), callback: `faq:e:${entry.id}` }]),
    [{ text: i18n.text(locale, "faq-button-none-of-these"), callback: `faq:ask:${questionHash}` }],
    [{ text: i18n.text(locale, "faq-followup-call12338"), callback: "faq:call" }],
  ];
}

/** Under "I don't have an answer": pass the question to staff, or call 12338. */
export function noAnswerButtons(i18n: I18n, locale: Locale, questionHash: string): Button[][] {
  return [
    [{ text: i18n.text(locale, "faq-button-ask-staff"), callback: `faq:ask:${questionHash}` }],
    [{ text: i18n.text(locale, "faq-followup-call12338"), callback: "faq:call" }],
  ];
}
