/** The outbound WeChat API over fetch: token, customer-service and template messages, the menu. */
import * as z from "zod";
import { TransientSendError } from "../channel/errors.ts";
import { classifyTokenError, classifyWechatError, TOKEN_REJECTED, type WechatErrorBody } from "./errors.ts";
import { createTokenCache, type IssuedToken, type TokenStore } from "./token.ts";

/** WeChat's API host; WECHAT_API_ROOT replaces it (the emulator, or a fixed-IP egress proxy). */
export const DEFAULT_WECHAT_API_ROOT = "https://api.weixin.qq.com";

/** A customer-service text message (/cgi-bin/message/custom/send): only inside her 48-hour window. */
export interface CustomTextMessage {
  touser: string;
  msgtype: "text";
  text: { content: string };
}

/** A template message (/cgi-bin/message/template/send): reaches followers outside the window. */
export interface TemplateMessage {
  touser: string;
  template_id: string;
  /** Opened when she taps the message. */
  url?: string;
  /** The template's fields, e.g. `{ thing1: { value: "潍坊市春风送岗招聘会" } }`. */
  data: Record<string, { value: string; color?: string }>;
  /** WeChat sends one message per openid + client_msg_id within 10 minutes: a retry is not a repeat. */
  client_msg_id?: string;
}

/** A menu button: a click (sends a CLICK event with `key`), a link, or a group of up to five. */
export type MenuButton =
  | { type: "click"; name: string; key: string }
  | { type: "view"; name: string; url: string }
  | { name: string; sub_button: MenuButton[] };

/** The account menu (/cgi-bin/menu/create): up to three top-level buttons. */
export interface Menu {
  button: MenuButton[];
}

export interface WechatApiOptions {
  appId: string;
  appSecret: string;
  /** Default DEFAULT_WECHAT_API_ROOT. */
  apiRoot?: string | undefined;
  /** Where the shared access token is cached. */
  redis: TokenStore;
  fetch?: typeof fetch;
  now?: () => number;
  /** Upper bound for one HTTP call (default 5 s). */
  timeoutMs?: number;
}

/**
 * The outbound API. Every method throws the channel's SendError classes, classified once
 * (see classifyWechatError); a rejected or expired token is refreshed and the call retried once.
 */
export interface WechatApi {
  /** The current access token (refreshed before it expires, shared by all isolates). */
  accessToken(): Promise<string>;
  sendCustom(message: CustomTextMessage): Promise<void>;
  /** Sends a template message; resolves with WeChat's msgid. */
  sendTemplate(message: TemplateMessage): Promise<{ msgId: string }>;
  createMenu(menu: Menu): Promise<void>;
}

const tokenAnswer = z.object({ access_token: z.string().min(1), expires_in: z.number().int().positive() });
const errorAnswer = z.looseObject({ errcode: z.number().int(), errmsg: z.string().optional() });
const templateAnswer = z.looseObject({ msgid: z.union([z.number(), z.string()]) });

type Answer = Record<string, unknown>;

const failed = (answer: Answer): WechatErrorBody | null => {
  const parsed = errorAnswer.safeParse(answer);
  return parsed.success && parsed.data.errcode !== 0 ? parsed.data : null;
};

/** Builds the API client; one per isolate (it keeps the token in memory between calls). */
export function createWechatApi(opts: WechatApiOptions): WechatApi {
  const root = (opts.apiRoot ?? DEFAULT_WECHAT_API_ROOT).replace(/\/+$/, "");
  const doFetch = opts.fetch ?? ((input, init) => fetch(input, init));
  const now = opts.now ?? Date.now;
  const timeoutMs = opts.timeoutMs ?? 5000;

  async function post(path: string, body: unknown, token?: string): Promise<Answer> {
    const url = `${root}${path}${token === undefined ? "" : `?access_token=${encodeURIComponent(token)}`}`;
    let res: Response;
    try {
      res = await doFetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new TransientSendError(`WeChat API unreachable (${path})`, { cause: error });
    }
    const text = await res.text().catch(() => "");
    if (!res.ok) throw new TransientSendError(`WeChat API answered HTTP ${res.status} (${path})`);
    try {
      const json: unknown = JSON.parse(text);
      if (typeof json === "object" && json !== null && !Array.isArray(json)) return json as Answer;
    } catch {
      // reported below
    }
    throw new TransientSendError(`WeChat API answered something other than JSON (${path})`);
  }

  async function issue(forceRefresh: boolean): Promise<IssuedToken> {
    const answer = await post("/cgi-bin/stable_token", {
      grant_type: "client_credential",
      appid: opts.appId,
      secret: opts.appSecret,
      force_refresh: forceRefresh,
    });
    const error = failed(answer);
    if (error) throw classifyTokenError(error, now());
    const token = tokenAnswer.safeParse(answer);
    if (!token.success) throw new TransientSendError("stable_token answered without a token");
    return { token: token.data.access_token, expiresIn: token.data.expires_in };
  }

  const tokens = createTokenCache({ redis: opts.redis, appId: opts.appId, issue, now });

  /** One authenticated call; a rejected token is refreshed once and the call repeated. */
  async function call(path: string, body: unknown): Promise<Answer> {
    const token = await tokens.get();
    let answer = await post(path, body, token);
    let error = failed(answer);
    if (error && TOKEN_REJECTED.has(error.errcode)) {
      answer = await post(path, body, await tokens.get({ rejected: token }));
      error = failed(answer);
    }
    if (error) throw classifyWechatError(error, now());
    return answer;
  }

  return {
    accessToken: () => tokens.get(),
    async sendCustom(message) {
      await call("/cgi-bin/message/custom/send", message);
    },
    async sendTemplate(message) {
      const answer = templateAnswer.safeParse(await call("/cgi-bin/message/template/send", message));
      if (!answer.success) throw new TransientSendError("template/send answered without a msgid");
      return { msgId: String(answer.data.msgid) };
    },
    async createMenu(menu) {
      await call("/cgi-bin/menu/create", menu);
    },
  };
}
