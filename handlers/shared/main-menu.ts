/** The main menu and the language keyboard, shown by the basics and by the FAQ's greetings, and the newcomer's line after a poster link. */
import { InlineKeyboard } from "grammy";
import { languageScreen, mainMenuScreen } from "../../src/basics/menu.ts";
import { buttonOf, itemOf, type Screen, type ScreenItem } from "../../src/channel/screen.ts";
import type { Button } from "../../src/channel/types.ts";
import { isFirstVisit } from "../../src/people/profile.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import { inlineKeyboard, screenKeyboard } from "../../src/telegram/keyboard.ts";

/** The main menu's entries as buttons (src/basics/menu.ts, the same screen WeChat numbers); each feature owns the callback of its entry. */
export function menuRows(ctx: Pick<BotContext, "deps" | "locale">): Button[][] {
  return mainMenuScreen(ctx.deps.i18n, ctx.locale).rows.map((row) => row.map(buttonOf));
}

/** The main menu under /start and the fallback. */
export function mainMenu(ctx: BotContext): InlineKeyboard {
  return inlineKeyboard(menuRows(ctx));
}

/** Both languages as buttons, each labelled in its own language. */
export function languageKeyboard(ctx: BotContext): InlineKeyboard {
  return screenKeyboard(languageScreen(ctx.deps.i18n, ctx.locale)) ?? new InlineKeyboard();
}

/** Sends the main menu with a prompt (or a given HTML text). */
export async function sendMenu(ctx: BotContext, html?: string): Promise<void> {
  await ctx.reply(html ?? ctx.t("menu-prompt"), { parse_mode: "HTML", reply_markup: mainMenu(ctx) });
}

/** What a newcomer is shown after a poster link's confirmation: a short line and the main menu. */
export interface Intro {
  line: string;
  rows: Button[][];
}

/**
 * A newcomer who arrived through a poster link (sub_…, fair_…, signup) learns, after what the link
 * promised, what else the bot does: a short line and the main menu. Null for anyone else, and when
 * her profile could not be read (she may well be known). `firstVisit` overrides the check, for a
 * sign-up that began on her first visit and ends later.
 */
export function introAfterLink(
  ctx: Pick<BotContext, "deps" | "locale" | "t" | "storageOk" | "profile">,
  firstVisit = ctx.storageOk && isFirstVisit(ctx.profile),
): Intro | null {
  return firstVisit ? { line: ctx.t("intro-after-link"), rows: menuRows(ctx) } : null;
}

/**
 * A confirmation with the newcomer's intro after it, in the same message: her line after its text,
 * the menu under its buttons (one message, so the confirmation stays the last thing she reads).
 */
export function withIntro(
  intro: Intro | null,
  html: string,
  kb?: InlineKeyboard,
): { html: string; reply_markup: InlineKeyboard | undefined } {
  if (!intro) return { html, reply_markup: kb };
  return { html: `${html}\n\n${intro.line}`, reply_markup: inlineKeyboard(intro.rows, kb) };
}

/** withIntro as a screen, for any channel: her line after the text, the menu after the options. */
export function introScreen(
  intro: Intro | null,
  html: string,
  rows: readonly (readonly ScreenItem[])[] = [],
): Screen {
  if (!intro) return { html, rows };
  return { html: `${html}\n\n${intro.line}`, rows: [...rows, ...intro.rows.map((row) => row.map(itemOf))] };
}
