/** Safety first, mid-form too: violence from her partner or family is answered before any form reads it. */
import { Composer } from "grammy";
import { describesDanger } from "../../src/faq/danger.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import { replyToQuestion } from "./reply.ts";

const composer = new Composer<BotContext>();

// The FAQ's `first` composer, so it runs before every feature's: whatever form is open (mentor sign-up, subscription, a city
// typed at a picker), a message describing danger gets the domestic-violence answer and is not
// taken as the form's answer; the form stays at its step. Staff are left to their forms: what
// they type there is content (an entry's question, a broadcast, a case note) and may well name
// violence; outside a form the FAQ answers them with the same rule.
composer.chatType("private").on("message:text", async (ctx, next) => {
  const text = ctx.message.text;
  if (ctx.staff || text.startsWith("/") || !describesDanger(text)) return next();
  if (!(await replyToQuestion(ctx, text, { onlyIfConfident: true }))) return next();
});

/** The early safety hook: a danger message gets the domestic-violence answer, whatever form is open. */
export const dangerFirst = composer;
