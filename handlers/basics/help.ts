/** /help: the command list, with the staff commands for staff. */
import { Composer } from "grammy";
import type { BotContext } from "../../src/telegram/context.ts";

const composer = new Composer<BotContext>();
const pm = composer.chatType("private");

pm.command("help", async (ctx) => {
  const text = ctx.staff ? `${ctx.t("help")}\n\n${ctx.t("staff-help")}` : ctx.t("help");
  await ctx.reply(text, { parse_mode: "HTML" });
});

/** /help: the command list, with staff commands for staff. */
export const help = composer;
