import { Composer, InlineKeyboard } from "grammy";
import { collectPersonalData, type DataItem, erasePersonalData } from "../../src/privacy/registry.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import type { TelegramFeature } from "../../src/telegram/feature.ts";
import { chunkLines } from "../../src/text/html.ts";
import { formatDateTime } from "../../src/time/format.ts";

const composer = new Composer<BotContext>();
const pm = composer.chatType("private");

function show(ctx: BotContext, item: DataItem): string {
  if (item.kind === "time") return formatDateTime(Number(item.value), ctx.locale, ctx.deps.config.TIMEZONE);
  if (item.kind === "key") return ctx.tText(String(item.value));
  return String(item.value);
}

pm.command("mydata", async (ctx) => {
  const sections = await collectPersonalData(ctx.deps.catalog.privacy, ctx.deps.redis, ctx.from.id);
  if (sections.length === 0) {
    await ctx.reply(ctx.t("mydata-empty"));
    return;
  }
  const lines = [ctx.t("mydata-title")];
  for (const { section, items } of sections) {
    lines.push("", `<b>${ctx.t(section)}</b>`);
    // Values are user data: escape through t() by passing them as arguments.
    for (const item of items)
      lines.push(ctx.t("mydata-line", { label: ctx.tText(item.label), value: show(ctx, item) }));
  }
  lines.push("", ctx.t("mydata-footer"));
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
  await ctx.editMessageText(ctx.t("delete-done"), { parse_mode: "HTML" });
});

pm.callbackQuery("del:no", async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.editMessageText(ctx.t("delete-cancelled"));
});

/** /mydata and /delete over every registered personal-data source. */
export const privacyTelegram: TelegramFeature = { composer };
