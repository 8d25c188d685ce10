/** /mydata and /delete over every feature's personal-data sources. */
import { Composer, InlineKeyboard } from "grammy";
import { collectPersonalData, erasePersonalData } from "../../src/privacy/registry.ts";
import { myDataLines } from "../../src/privacy/render.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import type { TelegramFeature } from "../../src/telegram/feature.ts";
import { chunkLines } from "../../src/text/html.ts";
import { confirmPress } from "../shared/old-press.ts";

const composer = new Composer<BotContext>();
const pm = composer.chatType("private");

pm.command("mydata", async (ctx) => {
  const sections = await collectPersonalData(ctx.deps.catalog.privacy, ctx.deps.redis, ctx.from.id);
  if (sections.length === 0) {
    await ctx.reply(ctx.t("mydata-empty"));
    return;
  }
  const lines = myDataLines(ctx.deps, ctx.locale, sections);
  // Several applications of 500 characters each outgrow one message: send it in parts.
  for (const part of chunkLines(lines)) await ctx.reply(part.trim(), { parse_mode: "HTML" });
});

pm.command("delete", async (ctx) => {
  const keyboard = new InlineKeyboard()
    .text(ctx.tText("delete-yes"), "del:yes")
    .text(ctx.tText("delete-no"), "del:no");
  await ctx.reply(ctx.t("delete-confirm"), { parse_mode: "HTML", reply_markup: keyboard });
});

pm.callbackQuery("del:yes", async (ctx) => {
  await erasePersonalData(ctx.deps.catalog.privacy, ctx.deps.redis, ctx.from.id);
  ctx.profileDeleted = true;
  ctx.session = {};
  await ctx.answerCallbackQuery();
  await confirmPress(ctx, ctx.t("delete-done"));
});

pm.callbackQuery("del:no", async (ctx) => {
  await ctx.answerCallbackQuery();
  await confirmPress(ctx, ctx.t("delete-cancelled"));
});

/** /mydata and /delete over every registered personal-data source. */
export const privacyTelegram: TelegramFeature = {
  composer,
  commands: [
    { command: "mydata", section: "account" },
    { command: "delete", section: "account" },
  ],
};
