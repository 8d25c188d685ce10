import { Api } from "grammy";
import * as z from "zod";
import { botInfo } from "../src/telegram/bot-info.ts";

const DEFAULT_TOKEN = "7000000001:AAjinguo-local-development-token";
/** The local bot's getMe, used when no BOT_INFO is given and the Bot API cannot tell. */
export const DEV_BOT_INFO = botInfo({
  id: 7000000001,
  first_name: "巾帼助手 Jinguo (dev)",
  username: "jinguo_dev_bot",
});

/**
 * The local WeChat account the WeChat emulator plays (test credentials, never a real account): its
 * AppId, AppSecret, Token and EncodingAESKey (pushes come in safe mode, as most accounts use), and
 * two templates like the ones a federation adds on mp.weixin.qq.com.
 */
export const DEV_WECHAT = {
  appId: "wx6a1b2c3d4e5f6a7b",
  appSecret: "0123456789abcdef0123456789abcdef",
  token: "jinguoDevToken",
  encodingAesKey: "jinguoDevEncodingAesKey0123456789abcdefghij",
  account: "gh_0a1b2c3d4e5f",
  templates: {
    "jinguo-notice": {
      title: "服务通知",
      content: "通知：{{thing1.DATA}}\n内容：{{thing2.DATA}}\n时间：{{time3.DATA}}",
    },
    "jinguo-fair": {
      title: "招聘会提醒",
      content: "招聘会：{{thing1.DATA}}\n时间：{{time2.DATA}}\n地点：{{thing3.DATA}}",
    },
  },
  /** WECHAT_TEMPLATES naming them. */
  templateConfig: JSON.stringify({
    notice: { id: "jinguo-notice", fields: { thing1: "title", thing2: "summary", time3: "sent" } },
    fair: { id: "jinguo-fair", fields: { thing1: "title", time2: "when", thing3: "place" } },
  }),
} as const;

const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8787),
  EMULATOR_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  WECHAT_EMULATOR_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  TELEGRAM_API_ROOT: z.url().optional(),
  TELEGRAM_BOT_TOKEN: z.string().default(DEFAULT_TOKEN),
  TELEGRAM_WEBHOOK_SECRET: z.string().default("jinguo-dev-secret"),
  BOT_INFO: z.string().optional(),
  REDIS_URL: z.string().optional(),
  UPSTASH_REDIS_REST_URL: z.url().optional(),
  UPSTASH_REDIS_REST_TOKEN: z.string().optional(),
  STAFF: z.string().optional(),
});

/**
 * The Worker's optional settings (src/config.ts): passed on as given, so `npm start` runs with
 * the same values a deployment would; the Worker itself checks them.
 */
const PASSTHROUGH = [
  "BROADCAST_RATE",
  "BROADCAST_APPROVAL_THRESHOLD",
  "BROADCAST_PAID_RATE",
  "BROADCAST_SUBREQUEST_LIMIT",
  "TIMEZONE",
  "RETENTION_DAYS",
  "WECHAT_BROADCAST_RATE",
  "CONSOLE_URL",
] as const;

/** What `npm start` reads from the process environment; every Worker variable can be overridden. */
export function readDevEnv(processEnv: Record<string, string | undefined>) {
  const input = Object.fromEntries(Object.entries(processEnv).filter(([, v]) => v !== undefined && v !== ""));
  const env = schema.parse(input);
  const passthrough: Record<string, string> = {};
  for (const name of PASSTHROUGH) {
    const value = input[name];
    if (value) passthrough[name] = value;
  }
  return {
    port: env.PORT,
    emulatorPort: env.EMULATOR_PORT,
    wechatEmulatorPort: env.WECHAT_EMULATOR_PORT,
    /**
     * A real WeChat account when WECHAT_APPID and WECHAT_API_ROOT are given (passed to the Worker as
     * they are, with WECHAT_TOKEN, WECHAT_APPSECRET, WECHAT_AES_KEY and WECHAT_TEMPLATES); otherwise
     * the local emulator plays DEV_WECHAT.
     */
    wechat:
      input.WECHAT_APPID && input.WECHAT_API_ROOT
        ? Object.fromEntries(
            [
              "WECHAT_TOKEN",
              "WECHAT_APPID",
              "WECHAT_APPSECRET",
              "WECHAT_AES_KEY",
              "WECHAT_API_ROOT",
              "WECHAT_TEMPLATES",
            ].flatMap((name) => (input[name] ? [[name, input[name]!]] : [])),
          )
        : undefined,
    apiRoot: env.TELEGRAM_API_ROOT,
    token: env.TELEGRAM_BOT_TOKEN,
    secret: env.TELEGRAM_WEBHOOK_SECRET,
    redisUrl: env.REDIS_URL,
    upstash:
      env.UPSTASH_REDIS_REST_URL && env.UPSTASH_REDIS_REST_TOKEN
        ? { url: env.UPSTASH_REDIS_REST_URL, token: env.UPSTASH_REDIS_REST_TOKEN }
        : undefined,
    botInfo: env.BOT_INFO ? JSON.parse(env.BOT_INFO) : DEV_BOT_INFO,
    /** STAFF as given in the environment; the simulator adds its staff personas to it. */
    staff: env.STAFF,
    passthrough,
    /** BOT_INFO if given, else getMe from the Bot API, else a stand-in with the token's bot id. */
    async resolveBotInfo(apiRoot: string): Promise<Record<string, unknown>> {
      if (env.BOT_INFO) return JSON.parse(env.BOT_INFO);
      try {
        return {
          ...DEV_BOT_INFO,
          ...(await new Api(env.TELEGRAM_BOT_TOKEN, { apiRoot }).getMe(AbortSignal.timeout(5000) as never)),
        };
      } catch {
        return { ...DEV_BOT_INFO, id: Number(env.TELEGRAM_BOT_TOKEN.split(":")[0]) || DEV_BOT_INFO.id };
      }
    },
  };
}

export type DevEnv = ReturnType<typeof readDevEnv>;

/**
 * The STAFF the Worker runs with. Against the local emulator the simulator's staff personas are added
 * (`simulatorStaff`: STAFF plus its starter admin and Weifang staff member, who exist only there). Against
 * any other Bot API those ids would be real strangers' Telegram accounts: STAFF is exactly what was given.
 */
export function workerStaff(env: Pick<DevEnv, "staff">, simulatorStaff?: string): string {
  return simulatorStaff ?? env.staff ?? "";
}

/** What to say once at start about STAFF: nothing, unless a real Bot API runs with nobody as staff. */
export function staffNotice(env: Pick<DevEnv, "staff" | "apiRoot">): string | undefined {
  if (!env.apiRoot || env.staff) return undefined;
  return 'STAFF is empty: nobody is staff, so /broadcast, /newfair, /signups and the other staff commands refuse everyone. Set STAFF="<telegram id>:admin" to have an admin.';
}
