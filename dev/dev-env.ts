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

const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8787),
  EMULATOR_PORT: z.coerce.number().int().min(1).max(65535).optional(),
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
