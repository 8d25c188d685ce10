/** Staff side of job fairs: publishing, editing, cancelling, poster QR codes and /stats. */
import { InlineKeyboard, InputFile } from "grammy";
import { type Form, fairForm } from "../../src/fairs/form.ts";
import { cancelFair, checkFairDraft, fairStatsFor, publishFair, updateFair } from "../../src/fairs/manage.ts";
import { fairPoster } from "../../src/fairs/poster.ts";
import type { Fair } from "../../src/fairs/types.ts";
import { regionLabel } from "../../src/regions/index.ts";
import { subscriptionForm } from "../../src/subscriptions/form.ts";
import { TOPICS } from "../../src/subscriptions/topics.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import { chunkLines } from "../../src/text/html.ts";
import { dateExamples } from "../../src/time/examples.ts";
import { ask, loadManaged } from "./form.ts";

/** The preview's publish (or save) button: validates everything again, then announces or notifies. */
export async function publish(ctx: BotContext, form: Form): Promise<void> {
  const staff = ctx.staff!;
  // An edit keeps its district (its subscribers were told): the region is checked as it stands.
  const draft = checkFairDraft(ctx.deps, staff.id, form.draft);
  if (!draft.ok && draft.problem === "incomplete") return ask(ctx, { ...form, step: "title" });
  if (!draft.ok && draft.problem === "region") {
    return ask(ctx, { ...form, step: "region", city: undefined, single: true }, ctx.t("fair-out-of-scope"));
  }
  if (!draft.ok)
    return ask(
      ctx,
      { ...form, step: "when", single: true },
      ctx.t("fair-bad-date-past", dateExamples(ctx.deps.now, ctx.deps.config.TIMEZONE)),
    );
  if (!ctx.storageOk) return void (await ctx.reply(ctx.t("storage-unavailable")));
  fairForm.set(ctx.session, undefined);
  await ctx.editMessageReplyMarkup({ reply_markup: new InlineKeyboard() }).catch(() => undefined);
  const author = { id: staff.id, locale: ctx.locale, progress: true };
  if (!form.editing) {
    // The press names the preview message, so a double tap on its button publishes once.
    const press = `${ctx.chat!.id}:${ctx.callbackQuery?.message?.message_id ?? ctx.update.update_id}`;
    const fair = await publishFair(ctx.deps, draft.draft, author, press);
    if (!fair) return; // the other press of a double tap publishes and answers
    return void (await ctx.reply(ctx.t("fair-published-started", named(fair)), HTML));
  }
  const existing = await loadManaged(ctx, form.editing);
  if (!existing) return;
  const { fair, notified } = await updateFair(ctx.deps, existing, draft.draft, author);
  if (notified === null) return void (await ctx.reply(ctx.t("fair-saved", named(fair)), HTML));
  await ctx.reply(ctx.t("fair-saved-notifying", { ...named(fair), count: notified }), HTML);
}

const HTML = { parse_mode: "HTML" } as const;
const named = (fair: Fair) => ({ id: fair.id, title: fair.title });

/** Opens a published fair in the form, at the preview. */
export async function startEdit(ctx: BotContext, id: string): Promise<void> {
  const fair = await loadManaged(ctx, id);
  if (!fair) return;
  const { id: _, status: _s, author: _a, createdAt: _c, updatedAt: _u, seq: _q, ...draft } = fair;
  subscriptionForm.clear(ctx.session);
  await ask(ctx, { step: "preview", draft, editing: id, single: false });
}

/** Asks to confirm a cancellation, naming who will be told. */
export async function askCancel(ctx: BotContext, id: string): Promise<void> {
  const fair = await loadManaged(ctx, id);
  if (!fair) return;
  const kb = new InlineKeyboard()
    .text(ctx.tText("fair-button-cancel-yes"), `fair:cxy:${id}`)
    .text(ctx.tText("fair-button-cancel-no"), "fair:cxn");
  await ctx.reply(ctx.t("fair-cancel-confirm", { id, title: fair.title }), {
    parse_mode: "HTML",
    reply_markup: kb,
  });
}

export async function confirmCancel(ctx: BotContext, id: string): Promise<void> {
  const fair = await loadManaged(ctx, id);
  if (!fair) return;
  await ctx.editMessageReplyMarkup({ reply_markup: new InlineKeyboard() }).catch(() => undefined);
  const author = { id: ctx.staff!.id, locale: ctx.locale, progress: true };
  await cancelFair(ctx.deps, fair, author);
  await ctx.reply(ctx.t("fair-cancelled-started", named(fair)), HTML);
}

/** The poster kit: the deep link, and its QR code with the fair's title and link as a printable PNG. */
export async function sendPoster(ctx: BotContext, fair: Fair): Promise<void> {
  const { link, png } = await fairPoster(ctx.deps, fair, ctx.me.username);
  await ctx.replyWithDocument(new InputFile(png, `jinguo-fair-${fair.id}-qr.png`), {
    caption: ctx.t("fair-poster", { id: fair.id, title: fair.title, link }),
    parse_mode: "HTML",
  });
}

/** /stats: subscribers per area and topic, and RSVPs per upcoming fair, within her scope. */
export async function sendStats(ctx: BotContext): Promise<void> {
  const scope = ctx.staff!.region;
  const stats = await fairStatsFor(ctx.deps, ctx.from!.id);
  const topicNames = TOPICS.map((t) => ctx.tText(`sub-topic-${t}`));
  const row = (name: string, c: (typeof stats)["all"]) =>
    ctx.t("fair-stats-area", {
      name,
      total: c.total,
      topics: TOPICS.map((t, i) => `${topicNames[i]} ${c.topics[t]}`).join(" · "),
    });
  const lines = [
    ctx.t("fair-stats-title", {
      scope: scope ? regionLabel(scope, ctx.locale) : ctx.tText("fair-stats-everywhere"),
    }),
    "",
  ];
  lines.push(row(ctx.tText("fair-stats-total"), stats.all), "");
  // Areas without subscribers are summed up in one line, so the list stays readable.
  const shown = stats.areas.length > 1 ? stats.areas.filter((a) => a.total > 0) : stats.areas;
  for (const a of shown) lines.push(row(regionLabel(a.code, ctx.locale), a));
  const empty = stats.areas.length - shown.length;
  if (empty > 0) lines.push(ctx.t("fair-stats-empty-areas", { count: empty }));
  lines.push("", ctx.t("fair-stats-fairs", { count: stats.fairs.length }));
  for (const { fair, rsvps, told } of stats.fairs.slice(0, 30)) {
    lines.push(ctx.t("fair-stats-fair", { id: fair.id, title: fair.title, rsvps, told }));
  }
  lines.push("", ctx.t("fair-stats-footer"));
  // A province-wide scope with 30 long, escaped titles runs past one message.
  for (const part of chunkLines(lines)) await ctx.reply(part.trim(), { parse_mode: "HTML" });
}
