/** /help: the command list from the features' one list, with the staff commands for staff. */
import { Composer } from "grammy";
import { commandsFor, helpLines } from "../../src/telegram/command-list.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import { escapeHtml } from "../../src/text/html.ts";

const composer = new Composer<BotContext>();
const pm = composer.chatType("private");

pm.command("help", async (ctx) => {
  const { i18n } = ctx.deps;
  // Command lines are plain text (HTML-escaped here); titles and the footer come from the locales.
  const lines = (list: Parameters<typeof helpLines>[2]) => escapeHtml(helpLines(i18n, ctx.locale, list));
  const parts = [ctx.t("help-title"), lines(commandsFor(ctx.commands, false)), "", ctx.t("help-footer")];
  if (ctx.staff) parts.push("", ctx.t("staff-help-title"), lines(ctx.commands.filter((c) => c.staff)));
  await ctx.reply(parts.join("\n"), { parse_mode: "HTML" });
});

/** /help: the command list, with staff commands for staff. */
export const help = composer;
