// WeChat's error answers: HTTP 200 with {"errcode", "errmsg"} worded as WeChat words them, plus a rid.
import { randomBytes } from "node:crypto";

const MESSAGES: Record<number, string> = {
  [-1]: "system error",
  40001: "invalid credential, access_token is invalid or not latest",
  40003: "invalid openid",
  40013: "invalid appid",
  40016: "invalid button size",
  40017: "invalid button type",
  40018: "invalid button name size",
  40019: "invalid button key size",
  40020: "invalid button url size",
  40023: "invalid sub button size",
  40024: "invalid sub button type",
  40025: "invalid sub button name size",
  40026: "invalid sub button key size",
  40027: "invalid sub button url size",
  40002: "invalid grant_type",
  40008: "invalid message type",
  40037: "invalid template_id",
  40125: "invalid appsecret",
  40164: "invalid ip, not in whitelist",
  41001: "access_token missing",
  41002: "appid missing",
  41004: "appsecret missing",
  42001: "access_token expired",
  43004: "require subscribe",
  44002: "empty post data",
  44004: "empty content",
  45002: "content size out of limit",
  45009: "reach max api daily quota limit",
  45011: "api minute-quota reach limit  mustslower  retry next minute",
  45015: "response out of time limit or subscription is canceled",
  45047: "out of response count limit",
  46003: "menu no exist",
  47001: "data format error",
};

/** Error codes the emulator can answer with (and inject). */
export const KNOWN_CODES: ReadonlySet<number> = new Set(Object.keys(MESSAGES).map(Number));

/** WeChat's request id suffix, three groups of hex. */
function rid(): string {
  const hex = randomBytes(12).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 16)}-${hex.slice(16, 24)}`;
}

/** An error body; `errmsg` overrides the standard wording (40164 names the IP). */
export function wxError(errcode: number, errmsg?: string): { errcode: number; errmsg: string } {
  return { errcode, errmsg: `${errmsg ?? MESSAGES[errcode] ?? "unknown error"} rid: ${rid()}` };
}

/** Thrown inside an API handler to answer with a WeChat error. */
export class WxError extends Error {
  readonly errcode: number;
  readonly errmsg: string | undefined;
  constructor(errcode: number, errmsg?: string) {
    super(`${errcode} ${errmsg ?? MESSAGES[errcode] ?? ""}`);
    this.errcode = errcode;
    this.errmsg = errmsg;
  }
}

/** The OK body of calls that return nothing else. */
export const OK = { errcode: 0, errmsg: "ok" } as const;
