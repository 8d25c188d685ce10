import { InlineKeyboard } from "grammy";
import { loadFaqIndex } from "../../src/faq/library.ts";
import { dropMiss, takeWaiting } from "../../src/faq/misses.ts";
import { withPhrasing } from "../../src/faq/staff-entry.ts";
import { editEntry } from "../../src/faq/store.ts";
import type { FaqEntry, FaqLocale } from "../../src/faq/types.ts";
import { logError } from "../../src/log.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import { stale } from "../shared/stale.ts";
import { answerKeyboard, answerText, entryLabel } from "./view.ts";

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

/**
 * Sends an entry to everyone who asked staff to answer `question`, in the miss's locale, and
 * forgets them. Returns how many got it (blocked bots and the like are skipped).
 */
export async function notifyWaiting(
  ctx: BotContext,
  locale: FaqLocale,
  question: string,
  entry: FaqEntry,
): Promise<number> {
  const ids = await takeWaiting(ctx.deps.redis, locale, question);
  const { i18n } = ctx.deps;
  const head = i18n.t(locale, "faq-answer-ready", { question });
  let sent = 0;
  for (const id of ids) {
    try {
      await ctx.api.sendMessage(id, `${head}\n\n${answerText(i18n, locale, entry)}`, {
        parse_mode: "HTML",
        reply_markup: answerKeyboard(i18n, locale, entry),
      });
      sent++;
    } catch (error) {
      logError("faq_notify_failed", error);
    }
  }
  return sent;
}

/** Adds a miss as a phrasing of an entry: effective at once, audited, waiting people told. */
export async function attachMiss(
  ctx: BotContext,
  miss: { locale: FaqLocale; question: string },
  id: string,
): Promise<void> {
  const before = await loadFaqIndex(ctx.deps.redis, miss.locale);
  if (!before.index.entry(id)) {
    return stale(ctx);
  }
  await ctx.answerCallbackQuery();
  const meta = { by: ctx.from!.id, at: ctx.deps.now, action: "phrasing", note: miss.question } as const;
  const saved = await editEntry(
    ctx.deps.redis,
    miss.locale,
    id,
    (current) => withPhrasing(current, id, miss.question),
    meta,
  );
  if (!saved) return void (await ctx.reply(ctx.t("faq-edit-conflict")));
  await dropMiss(ctx.deps.redis, miss.locale, miss.question);
  const { index } = await loadFaqIndex(ctx.deps.redis, miss.locale);
  const entry = index.entry(id) ?? before.index.entry(id)!;
  const sent = await notifyWaiting(ctx, miss.locale, miss.question, entry);
  const text = ctx.t("faq-attached", { question: miss.question, entry: entryLabel(entry), id });
  const done =
    sent > 0
      ? `${text}
${ctx.t("faq-notified", { sent })}`
      : text;
  await ctx
    .editMessageText(done, { parse_mode: "HTML" })
    .catch(() => ctx.reply(done, { parse_mode: "HTML" }));
}
