/** Free-text questions answered from the knowledge base, with 👍/👎, did-you-mean and « ask staff »; registered after every form. */
import { Composer, type FilterQuery, InlineKeyboard } from "grammy";
import { answerButtons, noAnswerButtons } from "../../src/faq/answer-view.ts";
import { classifyText, questionLocale } from "../../src/faq/classify.ts";
import { recordVote } from "../../src/faq/feedback.ts";
import { lastQuestion } from "../../src/faq/last-question.ts";
import { type MediaKind, mediaTip } from "../../src/faq/media-tips.ts";
import { askStaff, logMiss } from "../../src/faq/misses.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import { inlineKeyboard } from "../../src/telegram/keyboard.ts";
import { sendMenu } from "../shared/main-menu.ts";
import { stale } from "../shared/stale.ts";
import { currentIndex, replyToQuestion, sendEntry } from "./reply.ts";

const composer = new Composer<BotContext>();
const pm = composer.chatType("private");
const ENTRY_ID = "([a-z0-9-]{1,32})";

// Buttons under an answer speak the language of the question they answer.
pm.callbackQuery(/^faq:/, (ctx, next) => {
  ctx.locale = lastQuestion.get(ctx.session)?.l ?? ctx.locale;
  return next();
});

// Registered last before the fallback: a text that reaches this point is no command, no form
// answer and no stop word, so it is a question (or a greeting, or only emoji).
pm.on("message:text", async (ctx, next) => {
  const text = ctx.message.text;
  if (text.startsWith("/")) return next();
  // Reply in the language she wrote in, for this update only (her setting is unchanged).
  ctx.locale = questionLocale(text, ctx.locale);
  const kind = classifyText(text);
  // A number typed where no form asked for one chose nothing: the fallback's menu, not a miss.
  if (kind === "choice") return next();
  if (kind === "greeting" || kind === "about") return sendMenu(ctx, ctx.t("faq-greeting"));
  if (kind === "thanks") return void (await ctx.reply(ctx.t("faq-thanks"), { parse_mode: "HTML" }));
  if (kind === "ack") return sendMenu(ctx, ctx.t("faq-ack"));
  if (kind === "empty") return void (await ctx.reply(ctx.t("faq-emoji-prompt"), { parse_mode: "HTML" }));
  await replyToQuestion(ctx, text);
});

// What the bot cannot read gets a tip of its own: what arrived, and what to do instead. Many women
// in villages send voice messages, photos of papers or a screenshot with the question as caption.
const MEDIA: [FilterQuery, MediaKind][] = [
  ["message:sticker", "sticker"],
  ["message:animation", "sticker"],
  ["message:voice", "voice"],
  ["message:audio", "voice"],
  ["message:video_note", "voice"],
  ["message:photo", "picture"],
  ["message:video", "picture"],
  ["message:document", "file"],
  ["message:location", "location"],
  ["message:venue", "location"],
  ["message:contact", "contact"],
];
for (const [query, kind] of MEDIA) {
  pm.on(query, async (ctx) => {
    await ctx.reply(ctx.t(mediaTip(kind)), { parse_mode: "HTML" });
    // A question written as the caption is answered after the tip, as if typed.
    const caption = ctx.message?.caption?.trim();
    if (caption && classifyText(caption) === "question") await replyToQuestion(ctx, caption);
  });
}

pm.callbackQuery(new RegExp(`^faq:e:${ENTRY_ID}$`), async (ctx) => {
  const { index, live } = await currentIndex(ctx);
  const entry = index.entry(ctx.match[1]!);
  if (!entry) return stale(ctx);
  await ctx.answerCallbackQuery();
  const last = lastQuestion.get(ctx.session);
  if (last) lastQuestion.set(ctx.session, { ...last, e: entry.id });
  await sendEntry(ctx, entry, live);
});

pm.callbackQuery(new RegExp(`^faq:(up|dn):${ENTRY_ID}$`), async (ctx) => {
  const { index, live } = await currentIndex(ctx);
  const entry = index.entry(ctx.match[2]!);
  const messageId = ctx.callbackQuery.message?.message_id;
  if (!entry || messageId === undefined) return stale(ctx);
  if (!live) return void (await ctx.answerCallbackQuery({ text: ctx.tText("storage-unavailable") }));
  const value = ctx.match[1] === "up" ? "up" : "down";
  const vote = { userId: ctx.from.id, messageId, entryId: entry.id, value } as const;
  const outcome = await recordVote(ctx.deps.redis, ctx.locale, vote);
  await ctx.answerCallbackQuery({ text: ctx.tText(value === "up" ? "faq-voted-up" : "faq-voted-down") });
  if (outcome === "same") return;
  const reply_markup = inlineKeyboard(answerButtons(ctx.deps.i18n, ctx.locale, entry, value));
  await ctx.editMessageReplyMarkup({ reply_markup }).catch(() => undefined);
  const last = lastQuestion.get(ctx.session);
  // A 👎 on the answer to her latest question is a miss too: staff see what she asked.
  if (value === "down" && last?.e === entry.id) {
    const miss = { kind: "down", near: entry.id, now: ctx.deps.now } as const;
    await logMiss(ctx.deps.redis, ctx.locale, last.q, miss);
    await ctx.reply(ctx.t("faq-voted-down-next"), {
      parse_mode: "HTML",
      reply_markup: inlineKeyboard(noAnswerButtons(ctx.deps.i18n, ctx.locale, last.h)),
    });
  }
});

pm.callbackQuery(/^faq:ask:([0-9a-z]{1,16})$/, async (ctx) => {
  const last = lastQuestion.get(ctx.session);
  if (!last || last.h !== ctx.match[1] || !last.q) return stale(ctx);
  await ctx.answerCallbackQuery();
  if (!ctx.storageOk) return void (await ctx.reply(ctx.t("storage-unavailable")));
  const queued = await askStaff(ctx.deps.redis, ctx.locale, last.q, ctx.from.id);
  const call = new InlineKeyboard().text(ctx.tText("faq-followup-call12338"), "faq:call");
  await ctx.editMessageReplyMarkup({ reply_markup: call }).catch(() => undefined);
  await ctx.reply(ctx.t(queued ? "faq-asked" : "faq-ask-full"), { parse_mode: "HTML", reply_markup: call });
});

pm.callbackQuery("faq:call", async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.reply(ctx.t("faq-call"), { parse_mode: "HTML" });
});

/**
 * Loans and aid Q&A: free-text questions answered from the knowledge base (sourced answers,
 * "did you mean", honest "no answer"), feedback, misses passed to staff. The staff commands
 * (/faqmisses, /faqstats, /faqedits…) are faqStaffFeature. Registered just before the fallback.
 */
export const questions = composer;
