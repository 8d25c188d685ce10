/** The grammY bot: the fixed middleware in front, then every feature's composer, then their fallbacks. */
import { Bot, type Composer } from "grammy";
import { channelRouter } from "../channel/router.ts";
import type { Channel } from "../channel/types.ts";
import type { Config } from "../config.ts";
import type { Assets, Catalog } from "../deps.ts";
import type { I18n } from "../i18n.ts";
import type { Redis } from "../store/redis.ts";
import type { BotInfo } from "./bot-info.ts";
import { telegramChannel } from "./channel.ts";
import { commandListOf } from "./command-list.ts";
import { commandEntityMiddleware } from "./commands.ts";
import type { BotContext } from "./context.ts";
import type { TelegramFeature } from "./feature.ts";
import {
  ignoreExpiredAnswer,
  ignoreNotModified,
  localeMiddleware,
  rateLimitMiddleware,
  replyOnError,
  staffMiddleware,
} from "./middleware.ts";
import { stateMiddleware } from "./state-middleware.ts";

/** What the bot is built from besides its configuration: storage, translations, queue, catalog, clock. */
export interface BotParts {
  redis: Redis;
  i18n: I18n;
  catalog: Catalog;
  queue?: Queue<unknown> | undefined;
  assets?: Assets | undefined;
  /** Read once per update (tests and tools pass their own). */
  now?: (() => number) | undefined;
  /** The other channels (WeChat), so a message to someone there goes through hers (see channelRouter). */
  channels?: { wechat?: Channel | undefined } | undefined;
}

/** The features in order, and for tests and tools extra composers that run after them, before any fallback. */
export interface BotOptions {
  botInfo: BotInfo;
  features: readonly TelegramFeature[];
  extraFeatures?: Composer<BotContext>[];
}

/**
 * Builds the bot with its fixed middleware order:
 * (missing command entities filled in) → dedupe + session + profile → locale → staff → rate limit
 * → each feature's `first` (safety first) → each feature's composer in order → extras → each
 * feature's fallback in reverse order.
 * Features run inside an error boundary so a failing handler still gets a polite reply and a 200.
 */
export function createBot(config: Config, parts: BotParts, options: BotOptions): Bot<BotContext> {
  const bot = new Bot<BotContext>(config.TELEGRAM_BOT_TOKEN, {
    botInfo: options.botInfo,
    client: { apiRoot: config.TELEGRAM_API_ROOT },
  });
  bot.api.config.use(ignoreNotModified, ignoreExpiredAnswer);
  const channel = channelRouter({ telegram: telegramChannel(bot.api), ...parts.channels });
  const clock = parts.now ?? Date.now;
  const { features } = options;
  const commands = commandListOf(features);
  bot.use((ctx, next) => {
    // The one deps object of this update: every domain function it calls gets it.
    ctx.deps = {
      redis: parts.redis,
      config,
      i18n: parts.i18n,
      channel,
      queue: parts.queue,
      assets: parts.assets,
      now: clock(),
      catalog: parts.catalog,
    };
    ctx.answerLive = async (text) => {
      for (const feature of features) if (await feature.liveAnswer?.(ctx, text)) return true;
      return false;
    };
    ctx.languageChanged = async () => {
      for (const feature of features) await feature.onLanguageChange?.(ctx);
    };
    ctx.commands = commands;
    return next();
  });
  bot.use(commandEntityMiddleware);
  bot.use(stateMiddleware);
  bot.use(localeMiddleware);
  bot.use(staffMiddleware);
  bot.use(rateLimitMiddleware());
  const firsts = features.flatMap((f) => (f.first ? [f.first] : []));
  const fallbacks = features.flatMap((f) => (f.fallback ? [f.fallback] : [])).reverse();
  bot.errorBoundary(
    replyOnError,
    ...firsts,
    ...features.map((f) => f.composer),
    ...(options.extraFeatures ?? []),
    ...fallbacks,
  );
  return bot;
}
