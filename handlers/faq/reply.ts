/** The FAQ's full reply to one question in chat (answer, did-you-mean or honest no-answer), also for questions typed mid-form. */
import type { OutgoingMessage } from "../../src/channel/types.ts";
import { questionLocale } from "../../src/faq/classify.ts";
import { describesDanger } from "../../src/faq/danger.ts";
import { lastQuestion } from "../../src/faq/last-question.ts";
import type { LoadedIndex } from "../../src/faq/library.ts";
import { entryMessage, faqIndex, faqReply } from "../../src/faq/reply.ts";
import type { FaqEntry, FaqLocale } from "../../src/faq/types.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import { inlineKeyboard } from "../../src/telegram/keyboard.ts";

/** The index of a locale: with staff edits when Redis answers, bundled otherwise. */
export async function currentIndex(ctx: BotContext, locale: FaqLocale = ctx.locale): Promise<LoadedIndex> {
  return faqIndex(ctx.deps, locale, ctx.storageOk);
}

async function send(ctx: BotContext, message: OutgoingMessage): Promise<void> {
  await ctx.reply(message.html ?? "", {
    parse_mode: "HTML",
    reply_markup: inlineKeyboard(message.buttons ?? []),
    link_preview_options: { is_disabled: true },
  });
}

/** Sends one entry (of `locale`) with its source, follow-ups and 👍/👎, and counts it as shown. */
export async function sendEntry(
  ctx: BotContext,
  entry: FaqEntry,
  live: boolean,
  locale: FaqLocale = ctx.locale,
): Promise<void> {
  await send(ctx, await entryMessage(ctx.deps, entry, locale, live));
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
 * Answers a free-text question with the FAQ's full reply (src/faq/reply.ts: a confident answer
 * with its source line, follow-ups and 👍/👎, up to three "did you mean", or an honest "no answer";
 * unsure and unanswered questions logged, masked, for staff). A question about what is coming up or
 * her own case gets a feature's live view instead (see TelegramFeature.liveAnswer). It answers in
 * the language the question is written in. Returns true when it sent something. Other features
 * call it for questions typed mid-form, usually with `onlyIfConfident: true` so their form can show
 * its own prompt instead.
 */
export async function replyToQuestion(
  ctx: BotContext,
  text: string,
  opts: ReplyOptions = {},
): Promise<boolean> {
  const locale = questionLocale(text, ctx.locale);
  if (await answerLive(ctx, text, locale)) return true;
  const reply = await faqReply(ctx.deps, text, { locale: ctx.locale, live: ctx.storageOk, ...opts });
  if (!reply) return false;
  lastQuestion.set(ctx.session, reply.last);
  await send(ctx, reply.message);
  return true;
}
