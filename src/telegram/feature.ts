/** A feature's part of the Telegram bot: its Composer, and what it does when nothing else took an update. */
import type { Composer } from "grammy";
import type { BotCommandSpec } from "./command-list.ts";
import type { BotContext } from "./context.ts";

/** What handlers/<feature>/index.ts exports. */
export interface TelegramFeature {
  /**
   * Sees every update before any feature's composer: what must be answered whatever form is open
   * (safety first). Rare; in feature order.
   */
  first?: Composer<BotContext>;
  /** Sees every update in feature order, before any fallback. */
  composer: Composer<BotContext>;
  /**
   * Sees, after every composer, what none of them took; fallbacks run in reverse feature order, so
   * the first feature (the basics) has the first word and the last.
   */
  fallback?: Composer<BotContext>;
  /** The commands it answers, for /help and the command menus (every one it registers, but /cancel). */
  commands?: readonly BotCommandSpec[];
  /**
   * A question about this feature's live state (what is coming up, her own case), wherever the FAQ
   * would answer it (after every form, or typed mid-form): shows the live view instead of a
   * knowledge-base entry and returns true; false, with nothing sent, for any other question.
   */
  liveAnswer?: (ctx: BotContext, text: string) => Promise<boolean>;
  /** After she chose another language: e.g. a form asks its open question again, in the new language. */
  onLanguageChange?: (ctx: BotContext) => Promise<void>;
}
