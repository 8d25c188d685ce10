/** The main menu and the language keyboard, shown by the basics and by the FAQ's greetings. */
import { InlineKeyboard } from "grammy";
import type { BotContext } from "../../src/telegram/context.ts";

/** The main menu under /start and the fallback; each feature owns the callback of its entry. */
export function mainMenu(ctx: BotContext): InlineKeyboard {
  return new InlineKeyboard()
    .text(ctx.tText("menu-subscribe"), "menu:subscribe")
    .text(ctx.tText("fair-menu"), "menu:fairs")
    .row()
    .text(ctx.tText("menu-mentor"), "menu:mentor")
    .text(ctx.tText("menu-faq"), "menu:faq")
    .row()
    .text(ctx.tText("menu-language"), "menu:language");
}

/** Both languages as buttons, each labelled in its own language. */
export function languageKeyboard(ctx: BotContext): InlineKeyboard {
  return new InlineKeyboard()
    .text(ctx.tText("language-name-zh"), "lang:zh-CN")
    .text(ctx.tText("language-name-en"), "lang:en");
}

/** Sends the main menu with a prompt (or a given HTML text). */
export async function sendMenu(ctx: BotContext, html?: string): Promise<void> {
  await ctx.reply(html ?? ctx.t("menu-prompt"), { parse_mode: "HTML", reply_markup: mainMenu(ctx) });
}
