/** The Worker's configuration: one zod schema over the env, every problem named at once, no secret printed. */
import * as z from "zod";
import { parseStaff } from "./staff/roles.ts";
import { botInfoSchema } from "./telegram/bot-info.ts";
import { DEFAULT_WECHAT_API_ROOT } from "./wechat/api.ts";
import { type TemplateConfig, templateConfigSchema } from "./wechat/templates.ts";

/** Names whose values are never printed, not even in a validation error. */
const SECRETS = new Set([
  "TELEGRAM_BOT_TOKEN",
  "TELEGRAM_WEBHOOK_SECRET",
  "UPSTASH_REDIS_REST_TOKEN",
  "WECHAT_TOKEN",
  "WECHAT_APPSECRET",
  "WECHAT_AES_KEY",
]);

/** The three variables without which the WeChat channel is off (all unset) or misconfigured (some set). */
const WECHAT_REQUIRED = ["WECHAT_TOKEN", "WECHAT_APPID", "WECHAT_APPSECRET"] as const;

const jsonBotInfo = z
  .string()
  .transform((raw, ctx) => {
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "is not valid JSON (expected the result of getMe)" });
      return z.NEVER;
    }
  })
  .pipe(botInfoSchema);

const jsonTemplates = z
  .string()
  .transform((raw, ctx) => {
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      ctx.addIssue({
        code: "custom",
        message: 'is not valid JSON (e.g. {"notice":{"id":"…","fields":{"thing1":"title"}}})',
      });
      return z.NEVER;
    }
  })
  .pipe(templateConfigSchema);

const fields = z.object({
  TELEGRAM_BOT_TOKEN: z
    .string()
    // Real tokens have 35 characters after the colon; local and test Bot APIs use shorter ones.
    .regex(/^\d+:[A-Za-z0-9_-]+$/, "must look like 123456:ABC… (a bot token)"),
  TELEGRAM_WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,256}$/, "must be 1–256 characters of A-Z, a-z, 0-9, _ and -"),
  TELEGRAM_API_ROOT: z.url({ protocol: /^https?$/ }).default("https://api.telegram.org"),
  BOT_INFO: jsonBotInfo.optional(),
  UPSTASH_REDIS_REST_URL: z.url({ protocol: /^https?$/ }),
  UPSTASH_REDIS_REST_TOKEN: z.string().min(1),
  STAFF: z
    .string()
    .default("")
    .transform((raw, ctx) => {
      const parsed = parseStaff(raw);
      for (const problem of parsed.problems) ctx.addIssue({ code: "custom", message: problem });
      return parsed.members;
    }),
  BROADCAST_RATE: z.coerce.number().positive().max(1000).default(25),
  /** Broadcasts to more recipients than this need an admin's approval. */
  BROADCAST_APPROVAL_THRESHOLD: z.coerce.number().int().nonnegative().default(1000),
  /** Messages per second when an admin has enabled paid broadcast (Telegram allows up to 1,000). */
  BROADCAST_PAID_RATE: z.coerce.number().positive().max(1000).default(1000),
  /** Subrequests one Worker invocation may make (Workers Paid: 10,000; older plans: 1,000). */
  BROADCAST_SUBREQUEST_LIMIT: z.coerce.number().int().min(200).max(10_000_000).default(10_000),
  TIMEZONE: z.string().default("Asia/Shanghai"),
  /**
   * The Worker's public https address, where /console sends staff (Telegram's Mini Apps need https).
   * http is taken only for localhost and 127.0.0.1, which browsers treat as secure (`npm start`).
   */
  CONSOLE_URL: z
    .url({
      protocol: /^https?$/,
      error: "must be the Worker's public https:// address (http only for localhost)",
    })
    .refine((url) => /^https:|^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/|$)/.test(url), {
      error: "must be https:// (http is only allowed for localhost and 127.0.0.1)",
    })
    .optional(),
  /** Days a closed mentor application keeps its personal fields before only counts remain. */
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
  /** The Token set on mp.weixin.qq.com (基本配置 → 服务器配置): 3–32 letters or digits. */
  WECHAT_TOKEN: z
    .string()
    .regex(/^[A-Za-z0-9]{3,32}$/, "must be 3–32 letters or digits (the Token on mp.weixin.qq.com)")
    .optional(),
  WECHAT_APPID: z
    .string()
    .regex(/^wx[0-9a-f]{16}$/, "must look like wx0123456789abcdef (the AppID on mp.weixin.qq.com)")
    .optional(),
  WECHAT_APPSECRET: z
    .string()
    .regex(/^[A-Za-z0-9]{16,64}$/)
    .optional(),
  /** Safe mode's EncodingAESKey: 43 letters or digits; without it only plaintext pushes are read. */
  WECHAT_AES_KEY: z
    .string()
    .regex(/^[A-Za-z0-9]{43}$/)
    .optional(),
  WECHAT_API_ROOT: z.url({ protocol: /^https?$/ }).default(DEFAULT_WECHAT_API_ROOT),
  /** Template messages per notice kind, as JSON; the only templates anything is ever sent with. */
  WECHAT_TEMPLATES: jsonTemplates.default({}),
  /** WeChat messages per second a broadcast sends (customer-service and template sends together). */
  WECHAT_BROADCAST_RATE: z.coerce.number().positive().max(500).default(20),
});

// The WeChat channel is off when none of its three variables is set; some without the others is a
// mistake, named with every other problem (`when`: checked even when other variables failed).
const schema = fields.superRefine(
  (env, ctx) => {
    const given = (name: string) => (env as Record<string, unknown>)[name] !== undefined;
    const set = WECHAT_REQUIRED.filter(given);
    if (set.length === 0 || set.length === WECHAT_REQUIRED.length) return;
    for (const name of WECHAT_REQUIRED) {
      if (given(name)) continue;
      const message = `is missing (the WeChat channel needs ${WECHAT_REQUIRED.join(", ")})`;
      ctx.addIssue({ code: "custom", path: [name], message });
    }
  },
  { when: () => true },
);

/** Typed configuration derived from the Worker env. */
export type Config = z.output<typeof schema>;

/** Thrown when the env is unusable; its message names every problem and no secret value. */
export class ConfigError extends Error {
  override name = "ConfigError";
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join("\n  - ")}`);
    this.problems = problems;
  }
}

/** The WeChat channel's settings, or null when it is off (WECHAT_TOKEN, WECHAT_APPID, WECHAT_APPSECRET unset). */
export interface WechatConfig {
  token: string;
  appId: string;
  appSecret: string;
  aesKey: string | undefined;
  apiRoot: string;
  templates: TemplateConfig;
  rate: number;
}

/** The WeChat settings of a loaded configuration; null when the channel is off. */
export function wechatConfig(config: Config): WechatConfig | null {
  const { WECHAT_TOKEN: token, WECHAT_APPID: appId, WECHAT_APPSECRET: appSecret } = config;
  if (token === undefined || appId === undefined || appSecret === undefined) return null;
  return {
    token,
    appId,
    appSecret,
    aesKey: config.WECHAT_AES_KEY,
    apiRoot: config.WECHAT_API_ROOT,
    templates: config.WECHAT_TEMPLATES,
    rate: config.WECHAT_BROADCAST_RATE,
  };
}

/** Validates the env; throws ConfigError listing every bad or missing variable at once. */
export function loadConfig(env: Record<string, unknown>): Config {
  const input: Record<string, unknown> = {};
  for (const key of Object.keys(fields.shape)) {
    const value = env[key];
    // Empty strings from .dev.vars or the shell mean "unset", so defaults apply.
    if (value !== undefined && value !== "") input[key] = value;
  }
  const result = schema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? "env");
      const missing = issue.code === "invalid_type" && input[name] === undefined;
      const custom = issue.code === "custom" && input[name] === undefined;
      const detail = missing ? "is missing" : custom || !SECRETS.has(name) ? issue.message : "is invalid";
      return `${name} ${detail}`;
    });
    throw new ConfigError(problems);
  }
  return result.data;
}
