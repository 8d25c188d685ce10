// The WeChat emulator's options and records, as tests and the control API see them.

/** How pushes are sent: plaintext, safe mode (only Encrypt), or compatible mode (both). */
export type PushMode = "plain" | "safe" | "compat";

/** How many customer-service messages one kind of interaction allows, and for how long. */
export interface QuotaRule {
  /** Messages allowed; Infinity for no count limit. */
  count: number;
  windowMs: number;
}

/** The customer-service rules (WeChat's current documentation: 5 in 48 h after a message, 3 in a minute after a click, follow or scan). */
export interface QuotaRules {
  message: QuotaRule;
  event: QuotaRule;
}

/** A template the account has added (template_id → title and content with {{key.DATA}} fields). */
export interface TemplateSpec {
  title: string;
  content: string;
}

/** Options of `startWechatEmulator`. Every field has a default. */
export interface WechatEmulatorOptions {
  port?: number;
  host?: string;
  appId?: string;
  appSecret?: string;
  /** The webhook Token (WECHAT_TOKEN). */
  token?: string;
  /** 43 characters; needed for safe and compatible mode. */
  encodingAesKey?: string;
  /** Default: safe when an EncodingAESKey is given, else plain. */
  mode?: PushMode;
  /** The account's original id, ToUserName of every push (gh_…). */
  account?: string;
  webhookUrl?: string;
  /** WeChat gives up on an answer after 5 s … */
  webhookTimeoutMs?: number;
  /** … and retries three times. */
  retries?: number;
  /** Lifetime of an access token, 7200 s. */
  tokenTtlSec?: number;
  /** Calling IPs allowed to get tokens (40164 otherwise); undefined = any. */
  ipWhitelist?: string[];
  /** Known templates; undefined = any template_id is accepted. */
  templates?: Record<string, TemplateSpec>;
  quota?: Partial<QuotaRules>;
  /** API calls kept in the log, default 10 000. */
  maxCalls?: number;
  log?: (line: string) => void;
}

/** One line in a person's conversation with the account, either way. */
export interface WxLogEntry {
  seq: number;
  /** Emulator clock, epoch ms. */
  at: number;
  direction: "in" | "out";
  /** `user`: she did it; `passive`: the webhook's answer; `custom`/`template`: API sends; `system`: what WeChat itself shows her. */
  via: "user" | "passive" | "custom" | "template" | "system";
  /** text, image, voice, location, link, event, or the reply's msgtype. */
  msgtype: string;
  text?: string;
  /** For events: subscribe, unsubscribe, SCAN, CLICK, VIEW. */
  event?: string;
  /** EventKey, or a template's id. */
  key?: string;
  msgId?: string;
  template?: { template_id: string; url?: string; data: Record<string, { value: string }>; msgid: number };
}
