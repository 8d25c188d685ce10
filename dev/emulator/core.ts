import type { BotCommand, User, UserFromGetMe } from "grammy/types";
import { botAsUser, completeBotInfo } from "./bot-info.ts";
import { CallLog } from "./calls.ts";
import { ChatStore } from "./chats.ts";
import { EventHub } from "./events.ts";
import { Faults } from "./faults.ts";
import { FileStore } from "./files.ts";
import { UpdateQueue } from "./polling.ts";
import type { EmulatorOptions } from "./types.ts";

/** Where updates go, and what getWebhookInfo reports about past deliveries. */
export interface WebhookState {
  url?: string;
  secret?: string;
  allowedUpdates?: string[];
  maxConnections: number;
  lastErrorDate?: number;
  lastErrorMessage?: string;
}

/** A callback query the bot has yet to (or did) answer. */
export interface CallbackRecord {
  id: string;
  chat_id: number;
  message_id: number;
  data?: string;
  answer?: Record<string, unknown>;
}

/** Bot-level settings the set* methods store and the get* methods return. */
export interface Settings {
  /** By scope + language_code. */
  commands: Map<string, BotCommand[]>;
  /** By chat_id, "" for the default button. */
  menuButtons: Map<string, unknown>;
  /** name / description / short_description by language_code. */
  profile: Map<string, string>;
}

/** Options with every default applied. */
export type ResolvedOptions = Required<
  Omit<EmulatorOptions, "webhookUrl" | "webhookSecret" | "rateLimit" | "port" | "pages">
> &
  Pick<EmulatorOptions, "webhookUrl" | "webhookSecret" | "rateLimit" | "port" | "pages">;

/** Everything the emulator knows; method handlers and control routes work on this. */
export interface Core {
  opts: ResolvedOptions;
  bot: UserFromGetMe;
  botUser: User;
  events: EventHub;
  chats: ChatStore;
  files: FileStore;
  calls: CallLog;
  faults: Faults;
  updates: UpdateQueue;
  webhook: WebhookState;
  callbacks: Map<string, CallbackRecord>;
  settings: Settings;
  nextUpdateId: number;
}

/** Applies defaults to the options. */
export function resolveOptions(opts: EmulatorOptions): ResolvedOptions {
  return {
    host: "127.0.0.1",
    maxBodyBytes: 20 * 1024 * 1024,
    maxJsonBytes: 1024 * 1024,
    maxFileStoreBytes: 100 * 1024 * 1024,
    maxCalls: 10_000,
    strictChats: false,
    strictHtml: true,
    webhookTimeoutMs: 30_000,
    log: () => {},
    ...opts,
  };
}

/** Builds an empty emulator state. */
export function createCore(opts: EmulatorOptions): Core {
  const resolved = resolveOptions(opts);
  const bot = completeBotInfo(opts.botInfo);
  const events = new EventHub();
  const core: Core = {
    opts: resolved,
    bot,
    botUser: botAsUser(bot),
    events,
    chats: new ChatStore(events, 2000),
    files: new FileStore(resolved.maxFileStoreBytes),
    calls: new CallLog(resolved.maxCalls),
    faults: new Faults(),
    updates: new UpdateQueue(),
    webhook: { maxConnections: 40, url: resolved.webhookUrl, secret: resolved.webhookSecret },
    callbacks: new Map(),
    settings: { commands: new Map(), menuButtons: new Map(), profile: new Map() },
    // Seeded from the clock: a restarted emulator must not reuse ids the bot has already deduplicated.
    nextUpdateId: Math.floor(Date.now() / 1000) * 100,
  };
  resetCore(core);
  return core;
}

/**
 * Forgets chats, calls, files, faults and settings. The webhook stays (it describes where the
 * bot runs, not conversation state) and update ids keep counting, so a bot that deduplicates by
 * update_id still accepts the next test's updates.
 */
export function resetCore(core: Core): void {
  core.chats.clear();
  core.files.clear();
  core.calls.clear();
  core.faults.clear();
  core.faults.setRateLimit(core.opts.rateLimit ?? null);
  core.updates.clear();
  core.callbacks.clear();
  core.settings.commands.clear();
  core.settings.menuButtons.clear();
  core.settings.profile.clear();
  delete core.webhook.lastErrorDate;
  delete core.webhook.lastErrorMessage;
  core.events.clearReplay();
  core.events.emit("reset");
}
