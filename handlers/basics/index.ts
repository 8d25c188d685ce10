/** The basics: /language and /help before any form; /start, stale buttons and the menu after every feature. */
import { Composer } from "grammy";
import type { BotContext } from "../../src/telegram/context.ts";
import type { TelegramFeature } from "../../src/telegram/feature.ts";
import { fallback as unhandled } from "./fallback.ts";
import { help } from "./help.ts";
import { language } from "./language.ts";
import { menu } from "./menu.ts";
import { start } from "./start.ts";

const composer = new Composer<BotContext>();
// First of all: /language and /help leave whatever form is open as it is.
composer.use(language, help, menu);

const fallback = new Composer<BotContext>();
// /start after the features that own deep links (sub_, fair_, signup): a payload nobody took gets the
// welcome with a notice. Then the menu for messages nobody handled.
fallback.use(start, unhandled);

/** Start, help, language, the main menu and the fallback. */
export const basicsTelegram: TelegramFeature = {
  composer,
  fallback,
  commands: [
    { command: "start" },
    { command: "language", section: "account" },
    { command: "help", section: "account" },
  ],
};
