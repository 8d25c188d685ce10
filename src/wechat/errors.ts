/** WeChat API error codes, classified once into the channel's SendError classes (courier style). */
import {
  ChannelConfigError,
  RateLimitedError,
  RecipientGoneError,
  RejectedSendError,
  type SendError,
  TransientSendError,
  WindowClosedError,
} from "../channel/errors.ts";

/** WeChat's error body: `{"errcode":45015,"errmsg":"response out of time limit … rid: …"}`. */
export interface WechatErrorBody {
  errcode: number;
  errmsg?: string | undefined;
}

/** The raw WeChat error, kept as the `cause` of the classified one. */
export class WechatApiError extends Error {
  override name = "WechatApiError";
  readonly errcode: number;
  readonly errmsg: string;
  constructor(body: WechatErrorBody) {
    super(`${body.errcode} ${body.errmsg ?? ""}`.trim());
    this.errcode = body.errcode;
    this.errmsg = body.errmsg ?? "";
  }
}

/**
 * The access token the call carried is invalid (40001, 40014) or expired (42001). The API client
 * refreshes the token once and retries before anything is classified.
 */
export const TOKEN_REJECTED: ReadonlySet<number> = new Set([40001, 40014, 42001]);

/** Codes that mean the account's own set-up is wrong; each names its fix. */
const CONFIG: Record<number, string> = {
  40013: "WeChat does not know this AppId: check WECHAT_APPID",
  40125: "WeChat refused the AppSecret: check WECHAT_APPSECRET (it changes when reset on mp.weixin.qq.com)",
  41002: "the AppId is missing: set WECHAT_APPID",
  41004: "the AppSecret is missing: set WECHAT_APPSECRET",
  48001:
    "this Official Account may not use this API (an unverified or subscription account): check its interface permissions on mp.weixin.qq.com",
};

const BEIJING_OFFSET_S = 8 * 3600;
const DAY_S = 86_400;

/** Seconds until WeChat's daily quotas reset: midnight in Beijing (UTC+8 all year, whatever TIMEZONE says). */
export function secondsUntilQuotaReset(nowMs: number): number {
  const local = Math.floor(nowMs / 1000) + BEIJING_OFFSET_S;
  return DAY_S - (local % DAY_S);
}

function whitelistMessage(errmsg: string): string {
  const ip = /invalid ip ([0-9a-fA-F.:]+)/.exec(errmsg)?.[1];
  const who = ip ? `the calling IP ${ip}` : "the calling IP";
  return `WeChat refused ${who}: it is not in the Official Account's IP whitelist. Add it on mp.weixin.qq.com (设置与开发 → 基本配置 → IP白名单), or send WeChat API calls through an egress with a fixed, whitelisted IP (WECHAT_API_ROOT); Workers have no fixed outgoing IP.`;
}

/**
 * The one classification of a WeChat error body:
 * - 45015 (48-hour window over) and 45047 (the window's message quota used up) → WindowClosedError,
 *   on which the sender falls back to a template message;
 * - 43004 (she does not follow the account) → RecipientGoneError: she becomes stopped;
 * - 45009 (daily quota) → RateLimitedError until midnight Beijing time; 45011 (per-minute quota) → a minute;
 * - 40001, 40014, 42001 (token rejected even after the client's one refresh), 40164 (IP not whitelisted),
 *   a wrong AppId or AppSecret, a missing permission → ChannelConfigError naming the fix;
 * - -1 (system busy) → TransientSendError; anything else → RejectedSendError.
 */
export function classifyWechatError(body: WechatErrorBody, nowMs: number): SendError {
  const cause = new WechatApiError(body);
  const errmsg = body.errmsg ?? "";
  switch (body.errcode) {
    case 45015:
      return new WindowClosedError("expired", "the 48-hour customer-service window has closed", { cause });
    case 45047:
      return new WindowClosedError(
        "quota",
        "the customer-service messages allowed until she writes again are used up",
        {
          cause,
        },
      );
    case 43004:
      return new RecipientGoneError("she no longer follows the account", { cause });
    case 45009:
      return new RateLimitedError(secondsUntilQuotaReset(nowMs), { cause });
    case 45011:
      return new RateLimitedError(60, { cause });
    case 40164:
      return new ChannelConfigError(whitelistMessage(errmsg), { cause });
    case -1:
      return new TransientSendError("WeChat is busy (system error)", { cause });
  }
  if (TOKEN_REJECTED.has(body.errcode)) {
    return new ChannelConfigError(
      "WeChat rejected a freshly issued access token: check that no other system force-refreshes this AppId's stable token",
      { cause },
    );
  }
  const fix = CONFIG[body.errcode];
  if (fix) return new ChannelConfigError(fix, { cause });
  return new RejectedSendError(`WeChat refused the call: ${cause.message}`, { cause });
}

/**
 * Errors of the token call itself (stable_token): there 40001 means the AppSecret is wrong, not
 * that a token was rejected; everything else is classified as for any call.
 */
export function classifyTokenError(body: WechatErrorBody, nowMs: number): SendError {
  if (TOKEN_REJECTED.has(body.errcode)) {
    return new ChannelConfigError(CONFIG[40125] ?? "check WECHAT_APPSECRET", {
      cause: new WechatApiError(body),
    });
  }
  return classifyWechatError(body, nowMs);
}
