import { Api, type Bot, webhookCallback } from "grammy";
import type { Context as HonoContext } from "hono";
import { type BotOptions, createBot } from "./bot.ts";
import type { Channel } from "./channel/types.ts";
import { type BotInfo, type Config, loadConfig } from "./config.ts";
import type { Env } from "./env.ts";
import type { JobDeps } from "./jobs/types.ts";
import { bundledI18n } from "./locales.ts";
import { keys, ttl } from "./store/keys.ts";
import { createRedis, type Redis } from "./store/redis.ts";
import { telegramChannel } from "./telegram/channel.ts";
import type { BotContext, BotDeps } from "./telegram/context.ts";

/** Everything built once per isolate from the env. */
export interface Runtime {
  config: Config;
  redis: Redis;
  bot: Bot<BotContext>;
  /** The bot's outbound channel, for jobs and queue consumers. */
  channel: Channel;
  /** Dependencies for scheduled jobs and queue consumers at a given time. */
  jobDeps(now: number): JobDeps;
  handleWebhook: (c: HonoContext) => Promise<Response>;
}

/** Resolves getMe: BOT_INFO if set, else the copy cached in Redis, else one getMe call (then cached). */
async function resolveBotInfo(config: Config, redis: Redis): Promise<BotInfo> {
  if (config.BOT_INFO) return config.BOT_INFO;
  const cached = await redis.get<BotInfo>(keys.botInfo());
  if (cached?.id) return cached;
  const me = await new Api(config.TELEGRAM_BOT_TOKEN, { apiRoot: config.TELEGRAM_API_ROOT }).getMe();
  const info: BotInfo = { ...me, is_bot: true };
  await redis.set(keys.botInfo(), info, { ex: ttl.botInfo });
  return info;
}

/** Builds the runtime: validates the env (throwing ConfigError), connects storage, builds the bot. */
export async function createRuntime(
  env: Env,
  overrides: Partial<BotDeps> & Pick<Partial<BotOptions>, "extraFeatures"> = {},
): Promise<Runtime> {
  const config = loadConfig(env as Record<string, unknown>);
  const redis =
    overrides.redis ??
    createRedis({ url: config.UPSTASH_REDIS_REST_URL, token: config.UPSTASH_REDIS_REST_TOKEN });
  const botInfo = await resolveBotInfo(config, redis);
  const deps: BotDeps = {
    redis,
    i18n: overrides.i18n ?? bundledI18n(),
    now: overrides.now,
    queue: env.BROADCAST_QUEUE,
  };
  const bot = createBot(config, deps, { botInfo, extraFeatures: overrides.extraFeatures });
  const handleWebhook = webhookCallback(bot, "hono", {
    secretToken: config.TELEGRAM_WEBHOOK_SECRET,
    // Past this, answer 200 and let the work finish: a redelivery would be dropped by dedupe anyway.
    onTimeout: "return",
    timeoutMilliseconds: 25_000,
  }) as (c: HonoContext) => Promise<Response>;
  const channel = telegramChannel(bot.api);
  const jobDeps = (now: number): JobDeps => ({
    redis,
    config,
    i18n: deps.i18n,
    channel,
    queue: env.BROADCAST_QUEUE,
    now,
  });
  return { config, redis, bot, channel, jobDeps, handleWebhook };
}
