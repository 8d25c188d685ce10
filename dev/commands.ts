import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Api } from "grammy";
import type { LanguageCode } from "grammy/types";
import { createI18n, type Locale } from "../src/i18n.ts";

/** The command menu Telegram shows, per language; descriptions come from locales/. */
export const USER_COMMANDS = [
  "start",
  "subscribe",
  "mysubs",
  "fairs",
  "signup",
  "myapplication",
  "stop",
  "language",
  "mydata",
  "delete",
  "help",
];

/** Reads the bundled locales from disk (dev tools run in Node, not in the Worker). */
export function loadLocalesFromDisk(root = join(import.meta.dirname, "..")) {
  const read = (locale: Locale) => readFileSync(join(root, "locales", `${locale}.ftl`), "utf8");
  return createI18n({ "zh-CN": read("zh-CN"), en: read("en") });
}

/** setMyCommands payloads: the default list (Chinese) and one per Telegram language code. */
export function commandMenus(): {
  language_code?: LanguageCode;
  commands: { command: string; description: string }[];
}[] {
  const i18n = loadLocalesFromDisk();
  const list = (locale: Locale) =>
    USER_COMMANDS.map((command) => ({ command, description: i18n.text(locale, `cmd-${command}`) }));
  return [
    { commands: list("zh-CN") },
    { language_code: "zh", commands: list("zh-CN") },
    { language_code: "en", commands: list("en") },
  ];
}

/** Registers the webhook (with its secret and the update kinds we use) and the per-language menus. */
export async function setupTelegram(api: Api, webhookUrl: string, secret: string): Promise<void> {
  await api.setWebhook(webhookUrl, {
    secret_token: secret,
    allowed_updates: ["message", "callback_query", "my_chat_member"],
    drop_pending_updates: false,
  });
  for (const menu of commandMenus()) {
    await api.setMyCommands(menu.commands, menu.language_code ? { language_code: menu.language_code } : {});
  }
}
