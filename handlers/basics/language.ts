import { Composer } from "grammy";
import * as z from "zod";
import type { Locale } from "../../src/i18n.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import { languageKeyboard, mainMenu } from "../shared/main-menu.ts";
import { currentDraft, saveDraft, showPrompt } from "../signup/flow.ts";

const composer = new Composer<BotContext>();
const pm = composer.chatType("private");

const WORDS: Record<string, Locale> = {
  zh: "zh-CN",
  "zh-cn": "zh-CN",
  cn: "zh-CN",
  chinese: "zh-CN",
  中文: "zh-CN",
  汉语: "zh-CN",
  简体: "zh-CN",
  简体中文: "zh-CN",
  中文简体: "zh-CN",
  繁体中文: "zh-CN",
  繁體中文: "zh-CN",
  普通话: "zh-CN",
  "zh-hans": "zh-CN",
  "zh-hant": "zh-CN",
  en: "en",
  "en-us": "en",
  "en-gb": "en",
  english: "en",
  英文: "en",
  英语: "en",
};
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
  const draft = currentDraft(ctx);
  if (draft) {
    saveDraft(ctx, draft);
    await showPrompt(ctx, draft);
  }
}

pm.command("language", async (ctx) => {
  // "/language English.", "/language zh_CN", "/language ＥＮ" all name a language.
  const arg = ctx.match
    .normalize("NFKC")
    .trim()
    .toLowerCase()
    .replace(/_/g, "-")
    .replace(/[\s\p{P}]+$/u, "");
  if (!arg) {
    await ctx.reply(ctx.t("language-choose"), { reply_markup: languageKeyboard(ctx) });
    return;
  }
  const locale = WORDS[arg];
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
    await ctx.answerCallbackQuery({ text: ctx.tText("callback-stale") });
    return;
  }
  await ctx.answerCallbackQuery();
  await switchTo(ctx, parsed.data);
});

/** /language and the language buttons: the choice is stored in the profile. */
export const languageFeature = composer;
