import { getFaqIndex } from "../src/faq/kb.ts";
import type { BotContext } from "../src/telegram/context.ts";

/**
 * Answers a question typed in the middle of the sign-up form, if the FAQ engine is confident it
 * knows the answer: replies with the entry's answer and its source and returns true. Returns false
 * (and sends nothing) otherwise, so the form shows its own error. The caller repeats the current
 * question afterwards, so the form goes on.
 *
 * The one place the form talks to the FAQ: point it at the FAQ feature's own reply (buttons, miss
 * log, staff overrides) once that lands, keeping the signature.
 */
export async function answerMidFormQuestion(ctx: BotContext, text: string): Promise<boolean> {
  const index = getFaqIndex(ctx.locale);
  const result = index.query(text);
  if (result.confidence !== "high" || !result.best) return false;
  const entry = index.entry(result.best.id);
  if (!entry) return false;
  const source = ctx.t("signup-faq-source", { title: entry.source.title, year: String(entry.source.year) });
  // entry.answer is plain text without raw <, >, & (checked when the knowledge base is validated).
  await ctx.reply(`${entry.answer}\n\n${source}`, { parse_mode: "HTML" });
  return true;
}
