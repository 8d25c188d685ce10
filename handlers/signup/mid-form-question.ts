/** A question typed in the middle of the sign-up form, answered by the FAQ only when it is sure. */
import type { BotContext } from "../../src/telegram/context.ts";
import { replyToQuestion } from "../faq/reply.ts";

/**
 * Answers a question typed in the middle of the sign-up form, if the FAQ engine is confident it
 * knows the answer: replies with the FAQ's own answer (source line, follow-up buttons, 👍/👎,
 * staff edits included) and returns true. Returns false (and sends nothing, logs nothing)
 * otherwise, so the form shows its own error. The caller repeats the current question
 * afterwards, so the form goes on.
 */
export async function answerMidFormQuestion(ctx: BotContext, text: string): Promise<boolean> {
  return replyToQuestion(ctx, text, { onlyIfConfident: true });
}
