/** The FAQ's full reply to one question (answer, did-you-mean or honest no-answer), also for questions typed mid-form. */
import { answerButtons, answerText, didYouMeanButtons, noAnswerButtons } from "../../src/faq/answer-view.ts";
import { questionLocale } from "../../src/faq/classify.ts";
import { describesDanger } from "../../src/faq/danger.ts";
import { countShown } from "../../src/faq/feedback.ts";
import { lastQuestion } from "../../src/faq/last-question.ts";
import { type LoadedIndex, loadFaqIndex, offlineFaqIndex } from "../../src/faq/library.ts";
import { logMiss, questionHash } from "../../src/faq/misses.ts";
import { notAQuestion } from "../../src/faq/noise.ts";
import { normalizeQuestion } from "../../src/faq/normalize.ts";
import type { FaqEntry, FaqLocale } from "../../src/faq/types.ts";
import { logError } from "../../src/log.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import { inlineKeyboard } from "../../src/telegram/keyboard.ts";

/** The index of a locale: with staff edits when Redis answers, bundled otherwise. */
export async function currentIndex(ctx: BotContext, locale: FaqLocale = ctx.locale): Promise<LoadedIndex> {
  if (!ctx.storageOk) return { index: offlineFaqIndex(locale), live: false };
  return loadFaqIndex(ctx.deps.redis, locale);
}

// Counting and logging never cost the user her answer: a failure is logged and forgotten.
async function quietly(event: string, work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    logError(event, error);
  }
}

/** Sends one entry (of `locale`) with its source, follow-ups and 👍/👎, and counts it as shown. */
export async function sendEntry(
  ctx: BotContext,
  entry: FaqEntry,
  live: boolean,
  locale: FaqLocale = ctx.locale,
): Promise<void> {
  const { i18n } = ctx.deps;
  await ctx.reply(answerText(i18n, locale, entry), {
    parse_mode: "HTML",
    reply_markup: inlineKeyboard(answerButtons(i18n, locale, entry)),
    link_preview_options: { is_disabled: true },
  });
  if (live) await quietly("faq_count_failed", () => countShown(ctx.deps.redis, locale, entry.id));
}

/**
 * Upcoming fairs, trainings, her own sign-up: live data answers, not an entry written once. Shown
 * in the question's language, as the FAQ's answer would be; a description of danger is never one.
 */
async function answerLive(ctx: BotContext, text: string, locale: FaqLocale): Promise<boolean> {
  if (describesDanger(text)) return false;
  const own = ctx.locale;
  ctx.locale = locale;
  try {
    return await ctx.answerLive(text);
  } finally {
    ctx.locale = own;
  }
}

/** Options of replyToQuestion. */
export interface ReplyOptions {
  /** Answer only when the match is confident; otherwise send nothing, log nothing, return false. */
  onlyIfConfident?: boolean;
}

/**
 * Answers a free-text question with the FAQ's full reply: a confident answer (source line,
 * follow-up buttons, 👍/👎), up to three "did you mean" buttons, or an honest "no answer" with
 * 12338 and "pass to staff"; unsure and unanswered questions are logged, masked, for staff.
 * A question about what is coming up or her own case gets a feature's live view instead (see
 * TelegramFeature.liveAnswer). It answers in the language the question is written in. Returns
 * true when it sent something.
 * Other features call it for questions typed mid-form, usually with `onlyIfConfident: true` so
 * their form can show its own prompt instead.
 */
export async function replyToQuestion(
  ctx: BotContext,
  text: string,
  opts: ReplyOptions = {},
): Promise<boolean> {
  const locale = questionLocale(text, ctx.locale);
  if (await answerLive(ctx, text, locale)) return true;
  const { index, live } = await currentIndex(ctx, locale);
  const result = index.query(text);
  const best = result.best ? index.entry(result.best.id) : undefined;
  if (opts.onlyIfConfident && (result.confidence !== "high" || !best)) return false;
  const question = normalizeQuestion(text).slice(0, 300);
  const hash = questionHash(question);
  const answered = best && result.confidence === "high" ? { e: best.id } : {};
  lastQuestion.set(ctx.session, { q: question, h: hash, l: locale, ...answered });
  if (result.confidence === "high" && best) {
    await sendEntry(ctx, best, live, locale);
    return true;
  }
  const { i18n } = ctx.deps;
  const matches = result.candidates.flatMap((match) => {
    const entry = index.entry(match.id);
    return entry ? [{ match, entry }] : [];
  });
  if (result.confidence === "low" && matches.length > 0) {
    await ctx.reply(i18n.t(locale, "faq-did-you-mean"), {
      parse_mode: "HTML",
      reply_markup: inlineKeyboard(didYouMeanButtons(i18n, locale, matches, hash)),
    });
  } else {
    await ctx.reply(i18n.t(locale, "faq-no-answer"), {
      parse_mode: "HTML",
      reply_markup: inlineKeyboard(noAnswerButtons(i18n, locale, hash)),
    });
  }
  // A lone name, a form's answer or a bare number is no question for staff to answer.
  if (live && question && !notAQuestion(text)) {
    const info = {
      kind: result.confidence === "low" ? "low" : "none",
      near: matches[0]?.entry.id ?? null,
    } as const;
    await quietly("faq_miss_log_failed", () =>
      logMiss(ctx.deps.redis, locale, question, { ...info, now: ctx.deps.now }),
    );
  }
  return true;
}
