/** /help: the command list from the features' one list, with the staff commands for staff. */
import { Composer } from "grammy";
import { commandsFor, helpLines } from "../../src/telegram/command-list.ts";
import type { BotContext } from "../../src/telegram/context.ts";

const composer = new Composer<BotContext>();
const pm = composer.chatType("private");

pm.command("help", async (ctx) => {
  const { i18n } = ctx.deps;
  const everyone = helpLines(i18n, ctx.locale, commandsFor(ctx.commands, false));
  let text = ctx.t("help", { commands: everyone });
  if (ctx.staff) {
    const staff = helpLines(
      i18n,
      ctx.locale,
      ctx.commands.filter((c) => c.staff),
    );
    text += `\n\n${ctx.t("staff-help", { commands: staff })}`;
  }
  await ctx.reply(text, { parse_mode: "HTML" });
});

/** /help: the command list, with staff commands for staff. */
export const help = composer;
