/** The Worker's configuration: one zod schema over the env, every problem named at once, no secret printed. */
import * as z from "zod";
import { parseStaff } from "./staff/roles.ts";
import { botInfoSchema } from "./telegram/bot-info.ts";

/** Names whose values are never printed, not even in a validation error. */
const SECRETS = new Set(["TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET", "UPSTASH_REDIS_REST_TOKEN"]);

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

const schema = z.object({
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
  /** Days a closed mentor application keeps its personal fields before only counts remain. */
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
});

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

/** Validates the env; throws ConfigError listing every bad or missing variable at once. */
export function loadConfig(env: Record<string, unknown>): Config {
  const input: Record<string, unknown> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = env[key];
    // Empty strings from .dev.vars or the shell mean "unset", so defaults apply.
    if (value !== undefined && value !== "") input[key] = value;
  }
  const result = schema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? "env");
      const missing = issue.code === "invalid_type" && input[name] === undefined;
      const detail = missing ? "is missing" : SECRETS.has(name) ? "is invalid" : issue.message;
      return `${name} ${detail}`;
    });
    throw new ConfigError(problems);
  }
  return result.data;
}
