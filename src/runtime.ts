/** Everything built once per isolate from the env: configuration, storage, the bot and its channel. */
import { Api, type Bot, webhookCallback } from "grammy";
import type { Context as HonoContext } from "hono";
import { channelRouter } from "./channel/router.ts";
import type { Channel } from "./channel/types.ts";
import { type Config, loadConfig, type WechatConfig, wechatConfig } from "./config.ts";
import type { Deps } from "./deps.ts";
import type { Env } from "./env.ts";
import { catalog, telegramFeatures, wechatFeatures } from "./features.ts";
import { bundledI18n } from "./locales.ts";
import { logError } from "./log.ts";
import { keys, ttl } from "./store/keys.ts";
import { createRedis, type Redis } from "./store/redis.ts";
import { type BotOptions, type BotParts, createBot } from "./telegram/bot.ts";
import { type BotInfo, botInfoFromToken } from "./telegram/bot-info.ts";
import { telegramChannel } from "./telegram/channel.ts";
import type { BotContext } from "./telegram/context.ts";
import { createWechatApi, type WechatApi } from "./wechat/api.ts";
import { wechatChannel } from "./wechat/channel.ts";
import { importEncodingAesKey } from "./wechat/crypto.ts";
import type { WechatDoor } from "./wechat/door.ts";

/** The WeChat channel, built when WECHAT_TOKEN, WECHAT_APPID and WECHAT_APPSECRET are set. */
export interface WechatRuntime {
  config: WechatConfig;
  api: WechatApi;
  /** What /wechat/webhook needs: the receiving settings, the API, deps and the features' WeChat parts. */
  door: WechatDoor;
}

/** Everything built once per isolate from the env. */
export interface Runtime {
  config: Config;
  redis: Redis;
  bot: Bot<BotContext>;
  /** The one outbound channel (each person through hers), for jobs and queue consumers. */
  channel: Channel;
  /** The deps object of a job run or a queue batch at a given time. */
  deps(now: number): Deps;
  handleWebhook: (c: HonoContext) => Promise<Response>;
  /** Null when the WeChat channel is off. */
  wechat: WechatRuntime | null;
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
  const i18n = overrides.i18n ?? bundledI18n();
  const wx = wechatConfig(config);
  const wechatApi = wx
    ? createWechatApi({ appId: wx.appId, appSecret: wx.appSecret, apiRoot: wx.apiRoot, redis })
    : null;
  const wechatOut =
    wx && wechatApi
      ? wechatChannel({ api: wechatApi, redis, i18n, templates: wx.templates, timeZone: config.TIMEZONE })
      : undefined;
  const parts: BotParts = {
    redis,
    i18n,
    now: overrides.now,
    queue: env.BROADCAST_QUEUE,
    assets: env.ASSETS,
    catalog,
    channels: { wechat: wechatOut },
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
  const channel = channelRouter({ telegram: telegramChannel(bot.api), wechat: wechatOut });
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
  let wechat: WechatRuntime | null = null;
  if (wx && wechatApi) {
    const aes = wx.aesKey ? await importEncodingAesKey(wx.aesKey) : undefined;
    const door: WechatDoor = {
      receiver: { token: wx.token, appId: wx.appId, aes },
      api: wechatApi,
      deps: (now) => deps(overrides.now?.() ?? now),
      features: wechatFeatures,
    };
    wechat = { config: wx, api: wechatApi, door };
  }
  return { config, redis, bot, channel, deps, handleWebhook, wechat };
}
