/** /start: the welcome and the main menu, with a notice for a deep link nobody recognised. */
import { Composer } from "grammy";
import type { BotContext } from "../../src/telegram/context.ts";
import { mainMenu } from "../shared/main-menu.ts";

const composer = new Composer<BotContext>();
const pm = composer.chatType("private");

// Registered after the features that own deep links (sub_, fair_, signup), so a payload that
// reaches this handler is one nobody recognised: it gets the welcome with a notice, not silence.
pm.command("start", async (ctx) => {
  const payload = ctx.match.trim();
  const welcome = ctx.t("welcome", { name: ctx.from.first_name });
  const text = payload ? `${ctx.t("start-unknown-link")}\n\n${welcome}` : welcome;
  await ctx.reply(text, { parse_mode: "HTML", reply_markup: mainMenu(ctx) });
});

/** /start: the welcome and main menu. */
export const start = composer;
