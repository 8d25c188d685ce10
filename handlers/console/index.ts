/** The console's door in the bot: /console for staff (Mini App button and one-time link), and staff's menu button. */
import { Composer, InlineKeyboard } from "grammy";
import { signInLinkUrl, webAppUrl } from "../../src/console/links.ts";
import { logError } from "../../src/log.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import type { TelegramFeature } from "../../src/telegram/feature.ts";

const composer = new Composer<BotContext>();
const pm = composer.chatType("private");

/** The profile field saying her chat's menu button opens the console (so it is put back when she leaves STAFF). */
const MENU_FIELD = "menu";
const CONSOLE_MENU = "console";

/**
 * Keeps a chat's menu button in step with STAFF: staff get the console (web_app), and someone whose
 * button opens the console but who is no longer staff gets the commands menu back. One call when it
 * changes, none otherwise (the profile remembers); a failed call is logged and tried on a later message.
 */
async function syncMenuButton(ctx: BotContext): Promise<void> {
  const base = ctx.deps.config.CONSOLE_URL;
  const chat_id = ctx.chat?.id;
  if (!ctx.storageOk || chat_id === undefined) return;
  const hasConsole = ctx.profile?.raw[MENU_FIELD] === CONSOLE_MENU;
  const wantsConsole = ctx.staff !== null && base !== undefined;
  if (hasConsole === wantsConsole) return;
  try {
    if (wantsConsole) {
      const web_app = { url: webAppUrl(base) };
      const text = ctx.tText("console-open-button");
      await ctx.api.setChatMenuButton({ chat_id, menu_button: { type: "web_app", text, web_app } });
    } else {
      await ctx.api.setChatMenuButton({ chat_id, menu_button: { type: "commands" } });
    }
    ctx.profileChanges[MENU_FIELD] = wantsConsole ? CONSOLE_MENU : "commands";
  } catch (error) {
    logError("menu_button_failed", error);
  }
}

// After the update's own answer, so setting the button never delays it.
pm.use(async (ctx, next) => {
  await next();
  await syncMenuButton(ctx);
});

// Staff only: anyone else goes on to the features after this one and, in the end, the usual answer to
// an unknown command.
pm.command("console", async (ctx, next) => {
  if (!ctx.staff) return next();
  const base = ctx.deps.config.CONSOLE_URL;
  if (!base) return void (await ctx.reply(ctx.t("console-bot-no-url")));
  const { redis, now } = ctx.deps;
  const link = await signInLinkUrl(redis, base, ctx.from.id, ctx.from.language_code, now);
  const keyboard = new InlineKeyboard().webApp(ctx.tText("console-open-button"), webAppUrl(base));
  await ctx.reply(ctx.t("console-bot-intro", { link }), {
    parse_mode: "HTML",
    reply_markup: keyboard,
    link_preview_options: { is_disabled: true },
  });
});

/** /console and the staff's menu button. */
export const consoleTelegram: TelegramFeature = {
  composer,
  commands: [{ command: "console", staff: true }],
};
