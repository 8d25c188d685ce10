import { InlineKeyboard } from "grammy";
import { type EntryStats, readStats } from "../../src/faq/feedback.ts";
import { loadFaqIndex } from "../../src/faq/library.ts";
import { readHistory } from "../../src/faq/store.ts";
import type { FaqLocale } from "../../src/faq/types.ts";
import { LOCALES } from "../../src/i18n.ts";
import { keys } from "../../src/store/keys.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import { chunkLines } from "../../src/text/html.ts";
import { formatDateTime } from "../../src/time/format.ts";
import { entryLabel } from "./view.ts";

const MAX_ROWS = 40;

/** /faqstats: per entry, both locales together: times answered, 👍, 👎; then misses and edits. */
export async function statsView(ctx: BotContext): Promise<void> {
  const redis = ctx.deps.redis;
  const [byLocale, { index }] = await Promise.all([
    Promise.all(LOCALES.map((l) => readStats(redis, l))),
    loadFaqIndex(redis, ctx.locale),
  ]);
  const total = new Map<string, EntryStats>();
  for (const stats of byLocale) {
    for (const s of stats.values()) {
      const row = total.get(s.id) ?? { id: s.id, shown: 0, up: 0, down: 0 };
      total.set(s.id, { id: s.id, shown: row.shown + s.shown, up: row.up + s.up, down: row.down + s.down });
    }
  }
  const rows = index.ids
    .map((id) => total.get(id) ?? { id, shown: 0, up: 0, down: 0 })
    .sort((a, b) => b.shown - a.shown || b.down - a.down || a.id.localeCompare(b.id));
  const lines = [ctx.t("faq-stats-title")];
  for (const r of rows.slice(0, MAX_ROWS)) {
    const entry = index.entry(r.id);
    const label = entry ? entryLabel(entry) : r.id;
    lines.push(ctx.t("faq-stats-line", { entry: label, id: r.id, shown: r.shown, up: r.up, down: r.down }));
  }
  if (rows.length > MAX_ROWS) lines.push(ctx.t("faq-stats-more", { count: rows.length - MAX_ROWS }));
  const pipe = redis.pipeline();
  for (const l of LOCALES) pipe.zcard(keys.faqMiss(l)).hlen(keys.faqOverride(l));
  const [zhMisses = 0, zhEdits = 0, enMisses = 0, enEdits = 0] = (await pipe.exec<number[]>()).map(Number);
  lines.push("", ctx.t("faq-stats-footer", { zhMisses, zhEdits, enMisses, enEdits }));
  for (const part of chunkLines(lines)) await ctx.reply(part.trim(), { parse_mode: "HTML" });
}

/** /faqedits: the latest staff changes of a locale; admins get a revert button for each. */
export async function editsView(ctx: BotContext, locale: FaqLocale): Promise<void> {
  const history = await readHistory(ctx.deps.redis, locale, 10);
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
