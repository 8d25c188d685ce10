/** The subscriber side of job fairs: details, the list, RSVP and its undo, the calendar file. */
import { InlineKeyboard, InputFile } from "grammy";
import { fairIcs } from "../../src/fairs/ics.ts";
import { fairListing } from "../../src/fairs/listing.ts";
import { reminderAhead } from "../../src/fairs/notices.ts";
import { addRsvp, hasRsvp, removeRsvp } from "../../src/fairs/rsvp.ts";
import { getFair } from "../../src/fairs/store.ts";
import { fairWhen, isOpen } from "../../src/fairs/templates.ts";
import { type Fair, fairId } from "../../src/fairs/types.ts";
import { readSubscription } from "../../src/subscriptions/store.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import { type Intro, withIntro } from "../shared/main-menu.ts";
import { stale } from "../shared/stale.ts";
import { regionsText } from "../subscriptions/view.ts";
import { detailsView, fairButtons, listView } from "./view.ts";

/** Answers a button press with a short notice. */
export const notice = (ctx: BotContext, key: string) => ctx.answerCallbackQuery({ text: ctx.tText(key) });

/** The details view of a fair, or a clear message for an id that does not exist; `intro` after it. */
export async function showFair(ctx: BotContext, id: string, intro: Intro | null = null): Promise<void> {
  const fair = fairId.safeParse(id).success ? await getFair(ctx.deps.redis, id) : null;
  if (!fair) {
    const m = withIntro(intro, ctx.t("fair-unknown", { id: id.slice(0, 12) }));
    return void (await ctx.reply(m.html, { parse_mode: "HTML", reply_markup: m.reply_markup }));
  }
  const attending = await hasRsvp(ctx.deps.redis, id, ctx.from!.id);
  const view = detailsView(ctx, fair, attending);
  const m = withIntro(intro, view.text, view.reply_markup);
  await ctx.reply(m.html, {
    parse_mode: "HTML",
    reply_markup: m.reply_markup,
    link_preview_options: { is_disabled: true },
  });
}

/** /fairs: upcoming fairs in her regions (or all), soonest first, one page; with none, what happens next. */
export async function showList(
  ctx: BotContext,
  scope: "m" | "a",
  page: number,
  edit: boolean,
): Promise<void> {
  const sub = readSubscription(ctx.profile?.raw);
  const listing = await fairListing(ctx.deps.redis, sub, scope, ctx.deps.now);
  if (listing.kind === "none") {
    const regions = regionsText(ctx, listing.regions);
    const kb = new InlineKeyboard();
    if (listing.reason === "no-fair-alerts") kb.text(ctx.tText("fair-button-alerts"), "sub:want:fairs").row();
    if (listing.elsewhere) kb.text(ctx.tText("fair-button-all"), "fair:ls:a:0");
    const text = ctx.t(`fair-list-none-${listing.reason}`, { regions });
    return void (await ctx.reply(text, { parse_mode: "HTML", reply_markup: kb }));
  }
  const view = listView(ctx, listing.fairs, page, listing.scope);
  // One who hears of no fair yet can ask to hear of the next ones, right under the list.
  if (!listing.alerted) view.reply_markup.row().text(ctx.tText("fair-button-alerts"), "sub:want:fairs");
  if (edit)
    await ctx
      .editMessageText(view.text, { parse_mode: "HTML", reply_markup: view.reply_markup })
      .catch(() => undefined);
  else await ctx.reply(view.text, { parse_mode: "HTML", reply_markup: view.reply_markup });
}

/** 详情, 我要参加, its undo, 加入日历, on any message carrying them. */
export async function onFairButton(ctx: BotContext, action: "info" | "go" | "no" | "ics", fair: Fair) {
  const userId = ctx.from!.id;
  if (action === "info") {
    await ctx.answerCallbackQuery();
    return showFair(ctx, fair.id);
  }
  if (action === "ics") {
    await ctx.answerCallbackQuery();
    const link = `https://t.me/${ctx.me.username}?start=fair_${fair.id}`;
    const ics = fairIcs(fair, { now: ctx.deps.now, timeZone: ctx.deps.config.TIMEZONE, link });
    const file = new InputFile(new TextEncoder().encode(ics), `jinguo-fair-${fair.id}.ics`);
    return void (await ctx.replyWithDocument(file, {
      caption: ctx.t("fair-ics-caption", { title: fair.title }),
      parse_mode: "HTML",
    }));
  }
  if (action === "go") {
    if (!isOpen(fair, ctx.deps.now)) return notice(ctx, "fair-closed-short");
    const added = await addRsvp(ctx.deps.redis, fair.id, userId);
    await notice(ctx, added ? "fair-rsvp-done-short" : "fair-rsvp-already");
    await ctx
      .editMessageReplyMarkup({ reply_markup: fairButtons(ctx, fair.id, true) })
      .catch(() => undefined);
    if (!added) return;
    const reply_markup = fairButtons(ctx, fair.id, true);
    // Once 09:00 the day before has passed, the reminder has gone (or goes now): promise none.
    const tz = ctx.deps.config.TIMEZONE;
    const text = reminderAhead(fair.startsAt, ctx.deps.now, tz)
      ? ctx.t("fair-rsvp-done", { title: fair.title })
      : ctx.t("fair-rsvp-done-soon", { title: fair.title, when: fairWhen(fair.startsAt, ctx.locale, tz) });
    await ctx.reply(text, { parse_mode: "HTML", reply_markup });
    return;
  }
  const removed = await removeRsvp(ctx.deps.redis, fair.id, userId);
  if (!removed) return stale(ctx);
  await notice(ctx, "fair-rsvp-undone-short");
  if (isOpen(fair, ctx.deps.now))
    await ctx
      .editMessageReplyMarkup({ reply_markup: fairButtons(ctx, fair.id, false) })
      .catch(() => undefined);
  await ctx.reply(ctx.t("fair-rsvp-undone", { title: fair.title }), { parse_mode: "HTML" });
}
