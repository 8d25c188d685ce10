/** /faqstats and /faqedits: how entries do, and the latest staff changes with revert for admins. */
import { InlineKeyboard } from "grammy";
import { entryLabel } from "../../src/faq/answer-view.ts";
import { faqEditsFor, faqStatsFor } from "../../src/faq/staff-actions.ts";
import type { FaqLocale } from "../../src/faq/types.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import { chunkLines } from "../../src/text/html.ts";
import { formatDateTime } from "../../src/time/format.ts";

const MAX_ROWS = 40;

/** /faqstats: per entry, both locales together: times answered, 👍, 👎; then misses and edits. */
export async function statsView(ctx: BotContext): Promise<void> {
  const { rows, entry, totals } = await faqStatsFor(ctx.deps, ctx.from!.id, ctx.locale);
  const lines = [ctx.t("faq-stats-title")];
  for (const r of rows.slice(0, MAX_ROWS)) {
    const e = entry(r.id);
    const label = e ? entryLabel(e) : r.id;
    lines.push(ctx.t("faq-stats-line", { entry: label, id: r.id, shown: r.shown, up: r.up, down: r.down }));
  }
  if (rows.length > MAX_ROWS) lines.push(ctx.t("faq-stats-more", { count: rows.length - MAX_ROWS }));
  lines.push("", ctx.t("faq-stats-footer", totals));
  for (const part of chunkLines(lines)) await ctx.reply(part.trim(), { parse_mode: "HTML" });
}

/** /faqedits: the latest staff changes of a locale; admins get a revert button for each. */
export async function editsView(ctx: BotContext, locale: FaqLocale): Promise<void> {
  const history = await faqEditsFor(ctx.deps, ctx.from!.id, locale, 10);
  const admin = ctx.staff?.role === "admin";
  const lines = [ctx.t("faq-edits-title", { locale: ctx.tText(`faq-locale-${locale}`) })];
  if (history.length === 0) lines.push(ctx.t("faq-edits-empty"));
  const kb = new InlineKeyboard();
  history.forEach((h, i) => {
    const when = formatDateTime(h.at, ctx.locale, ctx.deps.config.TIMEZONE);
    const action = ctx.tText(`faq-action-${h.action}`);
    lines.push(ctx.t("faq-edits-line", { n: i + 1, when, id: h.id, action, note: h.note, by: String(h.by) }));
    if (admin) kb.text(`↩ ${i + 1}`, `fqe:rv:${locale === "en" ? "e" : "z"}:${h.id}:${h.at}`);
    if (admin && i % 5 === 4) kb.row();
  });
  if (!admin && history.length > 0) lines.push("", ctx.t("faq-edits-admins-revert"));
  await ctx.reply(lines.join("\n"), { parse_mode: "HTML", reply_markup: kb });
}
