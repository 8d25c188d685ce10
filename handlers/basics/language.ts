/** /language and the language buttons: her choice is stored in her profile. */
import { Composer } from "grammy";
import * as z from "zod";
import { languageName, localeNamed } from "../../src/basics/language-names.ts";
import type { Locale } from "../../src/i18n.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import { languageKeyboard, mainMenu } from "../shared/main-menu.ts";
import { stale } from "../shared/stale.ts";

const composer = new Composer<BotContext>();
const pm = composer.chatType("private");

const localeData = z.enum(["zh-CN", "en"]);

async function switchTo(ctx: BotContext, locale: Locale): Promise<void> {
  ctx.locale = locale;
  ctx.profileChanges.locale = locale;
  if (!ctx.storageOk) {
    await ctx.reply(ctx.t("storage-unavailable"));
    return;
  }
  await ctx.reply(ctx.t("language-set"), { parse_mode: "HTML", reply_markup: mainMenu(ctx) });
  // Mid-form, the question she was on comes again in her new language (its buttons too).
  await ctx.languageChanged();
}

pm.command("language", async (ctx) => {
  // "/language English.", "/language zh_CN", "/language ＥＮ" all name a language.
  if (!languageName(ctx.match)) {
    await ctx.reply(ctx.t("language-choose"), { reply_markup: languageKeyboard(ctx) });
    return;
  }
  const locale = localeNamed(ctx.match);
  if (locale) await switchTo(ctx, locale);
  else await ctx.reply(ctx.t("language-unknown"), { reply_markup: languageKeyboard(ctx) });
});

pm.callbackQuery("menu:language", async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.reply(ctx.t("language-choose"), { reply_markup: languageKeyboard(ctx) });
});

pm.callbackQuery(/^lang:(.+)$/, async (ctx) => {
  const parsed = localeData.safeParse(ctx.match[1]);
  if (!parsed.success) {
    return stale(ctx);
  }
  await ctx.answerCallbackQuery();
  await switchTo(ctx, parsed.data);
});

/** /language and the language buttons: the choice is stored in the profile. */
export const language = composer;
