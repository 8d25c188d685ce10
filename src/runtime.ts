/** Everything built once per isolate from the env: configuration, storage, the bot and its channel. */
import { Api, type Bot, webhookCallback } from "grammy";
import type { Context as HonoContext } from "hono";
import type { Channel } from "./channel/types.ts";
import { type Config, loadConfig } from "./config.ts";
import type { Deps } from "./deps.ts";
import type { Env } from "./env.ts";
import { catalog, telegramFeatures } from "./features.ts";
import { bundledI18n } from "./locales.ts";
import { logError } from "./log.ts";
import { keys, ttl } from "./store/keys.ts";
import { createRedis, type Redis } from "./store/redis.ts";
import { type BotOptions, type BotParts, createBot } from "./telegram/bot.ts";
import { type BotInfo, botInfoFromToken } from "./telegram/bot-info.ts";
import { telegramChannel } from "./telegram/channel.ts";
import type { BotContext } from "./telegram/context.ts";

/** Everything built once per isolate from the env. */
export interface Runtime {
  config: Config;
  redis: Redis;
  bot: Bot<BotContext>;
  /** The bot's outbound channel, for jobs and queue consumers. */
  channel: Channel;
  /** The deps object of a job run or a queue batch at a given time. */
  deps(now: number): Deps;
  handleWebhook: (c: HonoContext) => Promise<Response>;
}

/**
 * Resolves getMe: BOT_INFO if set, else the copy cached in Redis, else one getMe call (then cached).
 * Neither Redis nor the Bot API being down may stop the bot from answering: it falls back to what
 * the token says and does not cache that, so the next isolate asks again.
 */
async function resolveBotInfo(config: Config, redis: Redis): Promise<BotInfo> {
  if (config.BOT_INFO) return config.BOT_INFO;
  const key = keys.botInfo(botInfoFromToken(config.TELEGRAM_BOT_TOKEN).id);
  const cached = await redis.get<BotInfo>(key).catch(() => null);
  if (cached?.id) return cached;
  try {
    const me = await new Api(config.TELEGRAM_BOT_TOKEN, { apiRoot: config.TELEGRAM_API_ROOT }).getMe();
    const info: BotInfo = { ...me, is_bot: true };
    await redis.set(key, info, { ex: ttl.botInfo }).catch(() => undefined);
    return info;
  } catch (error) {
    logError("get_me_failed", error);
    return botInfoFromToken(config.TELEGRAM_BOT_TOKEN);
  }
}

/** Builds the runtime: validates the env (throwing ConfigError), connects storage, builds the bot. */
export async function createRuntime(
  env: Env,
  overrides: Partial<Pick<BotParts, "redis" | "i18n" | "now">> &
    Pick<Partial<BotOptions>, "extraFeatures"> = {},
): Promise<Runtime> {
  const config = loadConfig(env as Record<string, unknown>);
  const redis =
    overrides.redis ??
    createRedis({ url: config.UPSTASH_REDIS_REST_URL, token: config.UPSTASH_REDIS_REST_TOKEN });
  const botInfo = await resolveBotInfo(config, redis);
  const parts: BotParts = {
    redis,
    i18n: overrides.i18n ?? bundledI18n(),
    now: overrides.now,
    queue: env.BROADCAST_QUEUE,
    assets: env.ASSETS,
    catalog,
  };
  const bot = createBot(config, parts, {
    botInfo,
    features: telegramFeatures,
    extraFeatures: overrides.extraFeatures,
  });
  const handleWebhook = webhookCallback(bot, "hono", {
    secretToken: config.TELEGRAM_WEBHOOK_SECRET,
    // Past this, answer 200 and let the work finish: a redelivery would be dropped by dedupe anyway.
    onTimeout: "return",
    timeoutMilliseconds: 25_000,
  }) as (c: HonoContext) => Promise<Response>;
  const channel = telegramChannel(bot.api);
  const deps = (now: number): Deps => ({
    redis,
    config,
    i18n: parts.i18n,
    channel,
    queue: env.BROADCAST_QUEUE,
    assets: env.ASSETS,
    now,
    catalog,
  });
  return { config, redis, bot, channel, deps, handleWebhook };
}
