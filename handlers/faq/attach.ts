/** /faqmisses' ➕: choosing the entry a missed question becomes a phrasing of, and attaching it. */
import { InlineKeyboard } from "grammy";
import { entryLabel } from "../../src/faq/answer-view.ts";
import { loadFaqIndex } from "../../src/faq/library.ts";
import { attachMiss } from "../../src/faq/staff-actions.ts";
import type { FaqLocale } from "../../src/faq/types.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import { stale } from "../shared/stale.ts";

const PAGE = 8;

/**
 * The entries a miss can be attached to: the engine's own guesses first, then every entry,
 * a page at a time (staff entries included).
 */
export async function entryChooser(
  ctx: BotContext,
  n: number,
  miss: { locale: FaqLocale; question: string },
  page: number,
  edit = false,
): Promise<void> {
  const { index } = await loadFaqIndex(ctx.deps.redis, miss.locale);
  const guesses = page === 0 ? index.query(miss.question).candidates.map((c) => c.id) : [];
  const rest = index.ids.filter((id) => !guesses.includes(id));
  const pages = Math.max(1, Math.ceil(rest.length / PAGE));
  const p = Math.min(Math.max(page, 0), pages - 1);
  const kb = new InlineKeyboard();
  for (const id of [...guesses, ...rest.slice(p * PAGE, (p + 1) * PAGE)]) {
    const entry = index.entry(id);
    if (entry) kb.text(`${guesses.includes(id) ? "⭐ " : ""}${entryLabel(entry)}`, `fqm:to:${n}:${id}`).row();
  }
  if (p > 0) kb.text(ctx.tText("region-prev"), `fqm:pg:${n}:${p - 1}`);
  if (p + 1 < pages) kb.text(ctx.tText("region-next"), `fqm:pg:${n}:${p + 1}`);
  const text = ctx.t("faq-attach-choose", { question: miss.question, page: p + 1, pages });
  if (edit) await ctx.editMessageText(text, { parse_mode: "HTML", reply_markup: kb });
  else await ctx.reply(text, { parse_mode: "HTML", reply_markup: kb });
}

/** Adds a miss as a phrasing of an entry: effective at once, audited, waiting people told. */
export async function attachMissTo(
  ctx: BotContext,
  miss: { locale: FaqLocale; question: string },
  id: string,
): Promise<void> {
  const saved = await attachMiss(ctx.deps, ctx.from!.id, miss, id);
  if (!saved.ok && saved.reason === "unknown") return stale(ctx);
  await ctx.answerCallbackQuery();
  if (!saved.ok || !saved.entry) return void (await ctx.reply(ctx.t("faq-edit-conflict")));
  const text = ctx.t("faq-attached", { question: miss.question, entry: entryLabel(saved.entry), id });
  const done = saved.told > 0 ? `${text}\n${ctx.t("faq-notified", { sent: saved.told })}` : text;
  await ctx
    .editMessageText(done, { parse_mode: "HTML" })
    .catch(() => ctx.reply(done, { parse_mode: "HTML" }));
}
