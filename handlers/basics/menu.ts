/** Main-menu entries no feature owns (the Q&A entry's prompt). */
import { Composer } from "grammy";
import type { BotContext } from "../../src/telegram/context.ts";

const composer = new Composer<BotContext>();
const pm = composer.chatType("private");

pm.callbackQuery("menu:faq", async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.reply(ctx.t("menu-faq-prompt"));
});

/** Main-menu entries not owned by a feature. */
export const menu = composer;
