/** The main menu and the language keyboard, shown by the basics and by the FAQ's greetings. */
import type { InlineKeyboard } from "grammy";
import { languageScreen, mainMenuScreen } from "../../src/basics/menu.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import { screenKeyboard } from "../../src/telegram/keyboard.ts";

/** The main menu under /start and the fallback; each feature owns the callback of its entry. */
export function mainMenu(ctx: BotContext): InlineKeyboard {
  return screenKeyboard(mainMenuScreen(ctx.deps.i18n, ctx.locale))!;
}

/** Both languages as buttons, each labelled in its own language. */
export function languageKeyboard(ctx: BotContext): InlineKeyboard {
  return screenKeyboard(languageScreen(ctx.deps.i18n, ctx.locale))!;
}

/** Sends the main menu with a prompt (or a given HTML text). */
export async function sendMenu(ctx: BotContext, html?: string): Promise<void> {
  await ctx.reply(html ?? ctx.t("menu-prompt"), { parse_mode: "HTML", reply_markup: mainMenu(ctx) });
}
