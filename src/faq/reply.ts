/** The FAQ's reply to one question, for every channel: a sourced answer, did-you-mean, or an honest no-answer, counted and logged. */
import type { OutgoingMessage } from "../channel/types.ts";
import type { Deps } from "../deps.ts";
import type { Locale } from "../i18n.ts";
import { logError } from "../log.ts";
import { answerButtons, answerText, didYouMeanButtons, noAnswerButtons } from "./answer-view.ts";
import { questionLocale } from "./classify.ts";
import { countShown } from "./feedback.ts";
import type { LastQuestion } from "./last-question.ts";
import { type LoadedIndex, loadFaqIndex, offlineFaqIndex } from "./library.ts";
import { logMiss, questionHash } from "./misses.ts";
import { notAQuestion } from "./noise.ts";
import { normalizeQuestion } from "./normalize.ts";
import type { FaqEntry, FaqLocale } from "./types.ts";
import { countFaqOutcome, type FaqOutcome } from "./weekly.ts";

/** The index of a locale: with staff edits when storage answers (`live`), the bundled one otherwise. */
export async function faqIndex(
  deps: Pick<Deps, "redis">,
  locale: FaqLocale,
  live: boolean,
): Promise<LoadedIndex> {
  if (!live) return { index: offlineFaqIndex(locale), live: false };
  return loadFaqIndex(deps.redis, locale);
}

// Counting and logging never cost her the answer: a failure is logged and forgotten.
async function quietly(event: string, work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    logError(event, error);
  }
}

/** One entry as a message: the answer, its source line, follow-ups and 👍/👎; counted as shown when `live`. */
export async function entryMessage(
  deps: Pick<Deps, "redis" | "i18n">,
  entry: FaqEntry,
  locale: FaqLocale,
  live: boolean,
): Promise<OutgoingMessage> {
  if (live) await quietly("faq_count_failed", () => countShown(deps.redis, locale, entry.id));
  return { html: answerText(deps.i18n, locale, entry), buttons: answerButtons(deps.i18n, locale, entry) };
}

/** What the FAQ says to a question, and what her session keeps of it. */
export interface FaqReply {
  message: OutgoingMessage;
  /** For the `faq` session slice (lastQuestion): the question normalised and masked, its hash, the entry. */
  last: LastQuestion;
  /** The language of the question, which the reply is written in. */
  locale: FaqLocale;
  confident: boolean;
}

/**
 * Answers a free-text question, whatever the channel: a confident answer (source line, follow-ups,
 * 👍/👎), up to three "did you mean" entries, or an honest "no answer" with 12338 and "pass to
 * staff"; unsure and unanswered questions are logged, masked, for staff (not lone names, form
 * answers or bare numbers). It answers in the language the question is written in (`locale` is
 * hers, for text with no words). With `onlyIfConfident`, null unless the answer is confident
 * (nothing logged): forms answer questions typed mid-form that way.
 */
export async function faqReply(
  deps: Pick<Deps, "redis" | "i18n" | "now" | "config">,
  text: string,
  o: { locale: Locale; live: boolean; onlyIfConfident?: boolean },
): Promise<FaqReply | null> {
  const locale = questionLocale(text, o.locale);
  const { index, live } = await faqIndex(deps, locale, o.live);
  const result = index.query(text);
  const best = result.best ? index.entry(result.best.id) : undefined;
  const confident = result.confidence === "high" && best !== undefined;
  if (o.onlyIfConfident && !confident) return null;
  const question = normalizeQuestion(text).slice(0, 300);
  const hash = questionHash(question);
  const last: LastQuestion = { q: question, h: hash, l: locale, ...(confident ? { e: best.id } : {}) };
  const count = (outcome: FaqOutcome) =>
    quietly("faq_count_failed", () => countFaqOutcome(deps.redis, outcome, deps.now, deps.config.TIMEZONE));
  if (confident) {
    if (live) await count("answered");
    return { message: await entryMessage(deps, best, locale, live), last, locale, confident };
  }
  const { i18n } = deps;
  const matches = result.candidates.flatMap((match) => {
    const entry = index.entry(match.id);
    return entry ? [{ match, entry }] : [];
  });
  const unsure = result.confidence === "low" && matches.length > 0;
  const message: OutgoingMessage = unsure
    ? { html: i18n.t(locale, "faq-did-you-mean"), buttons: didYouMeanButtons(i18n, locale, matches, hash) }
    : { html: i18n.t(locale, "faq-no-answer"), buttons: noAnswerButtons(i18n, locale, hash) };
  // A lone name, a form's answer or a bare number is no question for staff to answer.
  if (live && question && !notAQuestion(text)) {
    const info = {
      kind: result.confidence === "low" ? "low" : "none",
      near: matches[0]?.entry.id ?? null,
    } as const;
    await quietly("faq_miss_log_failed", () =>
      logMiss(deps.redis, locale, question, { ...info, now: deps.now }),
    );
    await count(unsure ? "unsure" : "unanswered");
  }
  return { message, last, locale, confident };
}
