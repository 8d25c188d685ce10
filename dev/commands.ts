// The command menus Telegram shows (setMyCommands), from the features' one list of commands, and the webhook.
import type { Api } from "grammy";
import type { BotCommandScope, LanguageCode } from "grammy/types";
import { botCommands } from "../src/features.ts";
import type { Locale } from "../src/i18n.ts";
import type { PersonId } from "../src/people/id.ts";
import { commandsFor, menuCommands } from "../src/telegram/command-list.ts";
import { loadLocalesFromDisk } from "./locales.ts";

/** One setMyCommands call: a menu for a scope (none: everyone) and a Telegram language (none: the default). */
export interface CommandMenu {
  scope?: BotCommandScope & { type: "chat"; chat_id: number };
  language_code?: LanguageCode;
  commands: { command: string; description: string }[];
}

/**
 * setMyCommands payloads from the features' commands (src/features.ts `botCommands`): everyone's
 * menu (Chinese by default, and per Telegram language), and for each staff member her own chat's
 * menu with every staff command after everyone's.
 */
export function commandMenus(staffIds: readonly PersonId[] = []): CommandMenu[] {
  const i18n = loadLocalesFromDisk();
  const menu = (locale: Locale, staff: boolean) =>
    menuCommands(i18n, locale, commandsFor(botCommands, staff));
  const menus: CommandMenu[] = [
    { commands: menu("zh-CN", false) },
    { language_code: "zh", commands: menu("zh-CN", false) },
    { language_code: "en", commands: menu("en", false) },
  ];
  // A Telegram chat's menu: staff ids are Telegram ids (a WeChat id has no Telegram chat).
  for (const chat_id of new Set(staffIds.filter((id): id is number => typeof id === "number"))) {
    const scope = { type: "chat" as const, chat_id };
    menus.push(
      { scope, commands: menu("zh-CN", true) },
      { scope, language_code: "en", commands: menu("en", true) },
    );
  }
  return menus;
}

/**
 * Registers the webhook (with its secret and the update kinds we use) and the menus: everyone's,
 * and each staff member's own (`staffIds`, from STAFF), so her menu lists the staff commands.
 */
export async function setupTelegram(
  api: Api,
  webhookUrl: string,
  secret: string,
  staffIds: readonly PersonId[] = [],
): Promise<void> {
  await api.setWebhook(webhookUrl, {
    secret_token: secret,
    allowed_updates: ["message", "callback_query", "my_chat_member"],
    drop_pending_updates: false,
  });
  for (const menu of commandMenus(staffIds)) {
    const other = {
      ...(menu.scope ? { scope: menu.scope } : {}),
      ...(menu.language_code ? { language_code: menu.language_code } : {}),
    };
    await api.setMyCommands(menu.commands, other);
  }
}
