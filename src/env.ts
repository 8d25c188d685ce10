/** The Worker's bindings, as wrangler.toml and secrets declare them. Values are validated by config.ts. */
export interface Env {
  TELEGRAM_BOT_TOKEN?: string;
  TELEGRAM_WEBHOOK_SECRET?: string;
  TELEGRAM_API_ROOT?: string;
  BOT_INFO?: string;
  UPSTASH_REDIS_REST_URL?: string;
  UPSTASH_REDIS_REST_TOKEN?: string;
  STAFF?: string;
  BROADCAST_RATE?: string;
  BROADCAST_APPROVAL_THRESHOLD?: string;
  BROADCAST_PAID_RATE?: string;
  BROADCAST_SUBREQUEST_LIMIT?: string;
  TIMEZONE?: string;
  RETENTION_DAYS?: string;
  WECHAT_TOKEN?: string;
  WECHAT_APPID?: string;
  WECHAT_APPSECRET?: string;
  WECHAT_AES_KEY?: string;
  WECHAT_API_ROOT?: string;
  WECHAT_TEMPLATES?: string;
  WECHAT_BROADCAST_RATE?: string;
  BROADCAST_QUEUE?: Queue<unknown>;
  /** The static files of public/ (wrangler.toml [assets]): the console's, the poster's glyphs. */
  ASSETS?: Fetcher;
}
