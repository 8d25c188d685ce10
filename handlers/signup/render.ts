/** The sign-up views as Telegram messages: inline, reply or picker keyboards, edited in place where possible. */
import { type InlineKeyboard, Keyboard } from "grammy";
import { type Lang, langFor, type View } from "../../src/signup/lang.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import { inlineKeyboard } from "../../src/telegram/keyboard.ts";
import { pressedOldMessage } from "../shared/old-press.ts";
import { cityKeyboard, districtKeyboard } from "../shared/region-picker.ts";

/** Callback prefix of the region picker on step 3 (distinct from the form's own "su:"). */
export const PICKER = "sur";

/** The context's language as the domain views take it. */
export function langOf(ctx: BotContext): Lang {
  return langFor(ctx.deps.i18n, ctx.locale);
}

function markup(ctx: BotContext, view: View, page: number): InlineKeyboard | Keyboard {
  if (view.contact) {
    // The phone question: a reply keyboard, the only way to offer request_contact.
    return new Keyboard()
      .requestContact(view.contact.share)
      .row()
      .text(view.contact.back)
      .resized()
      .oneTime();
  }
  if (view.picker) {
    const base = view.picker.city
      ? districtKeyboard(ctx, PICKER, view.picker.city, page)
      : cityKeyboard(ctx, PICKER, page);
    return inlineKeyboard(view.buttons ?? [], base);
  }
  return inlineKeyboard(view.buttons ?? []);
}

/**
 * Shows a view: edits the pressed message in place when `edit` is set, the view needs no reply
 * keyboard and the message is fresh, else sends a new message (a step taken on a message far up
 * the chat goes on at the bottom, where she is looking). An edit that Telegram refuses (too old,
 * deleted) falls back to a new message, so she is never left without the question. `page` pages
 * the region picker.
 */
export async function show(
  ctx: BotContext,
  view: View,
  opts: { edit?: boolean; page?: number } = {},
): Promise<void> {
  const reply_markup = markup(ctx, view, opts.page ?? 0);
  if (opts.edit && !view.contact && ctx.callbackQuery?.message && !pressedOldMessage(ctx)) {
    try {
      await ctx.editMessageText(view.html, {
        parse_mode: "HTML",
        reply_markup: reply_markup as InlineKeyboard,
      });
      return;
    } catch (error) {
      if (String(error).includes("message is not modified")) return;
    }
  }
  await ctx.reply(view.html, { parse_mode: "HTML", reply_markup });
}

/** A short message that also takes the phone keyboard away (a message can carry one keyboard only). */
export async function dropReplyKeyboard(ctx: BotContext, html: string): Promise<void> {
  await ctx.reply(html, { parse_mode: "HTML", reply_markup: { remove_keyboard: true } });
}
