// Posting a user's message or event to the webhook as WeChat does: signed, sealed in safe mode,
// retried when no answer comes within 5 s, and the passive reply read back and shown to her.
import { randomInt } from "node:crypto";
import { nowOf, record, type WxCore, type WxUser } from "./core.ts";
import { seal, sign, unseal } from "./seal.ts";
import { type PushFields, pushXml, readReplyXml } from "./xml.ts";

/** What WeChat shows her when the account's answer is unusable (or none came at all). */
export const UNAVAILABLE = "该公众号暂时无法提供服务，请稍后再试";

/** The request as it was posted, for tests that replay or tamper with it. */
export interface PushRequest {
  url: string;
  query: Record<string, string>;
  body: string;
  /** The plaintext XML, before sealing. */
  xml: string;
}

/** What happened to one push. */
export interface PushResult {
  /** A 2xx answer came within the timeout. */
  delivered: boolean;
  /** HTTP status of the last attempt; null when none answered in time. */
  status: number | null;
  attempts: number;
  request: PushRequest | null;
  /** The passive reply as she sees it (decrypted), if there was one. */
  reply?: { msgtype: string; text?: string; xml: string };
  /** Why the answer was not usable (WeChat then shows UNAVAILABLE). */
  reply_error?: string;
  /** Why nothing was posted (no webhook). */
  skipped?: string;
  duration_ms: number;
}

/** Where a push goes when there is no webhook and the caller posts it itself (`deliver: false`). */
const UNDELIVERED_URL = "http://jinguo.invalid/wechat/webhook";

function buildRequest(
  core: WxCore,
  xml: string,
  openid: string,
  url = core.settings.webhookUrl,
): PushRequest | null {
  const s = core.settings;
  if (!url) return null;
  const timestamp = String(Math.floor(nowOf(core) / 1000));
  const nonce = String(randomInt(100_000_000, 2_000_000_000));
  const query: Record<string, string> = {
    signature: sign(s.token, timestamp, nonce),
    timestamp,
    nonce,
    openid,
  };
  let body = xml;
  if (s.mode !== "plain" && s.encodingAesKey) {
    const encrypt = seal(s.encodingAesKey, s.appId, xml);
    query.encrypt_type = "aes";
    query.msg_signature = sign(s.token, timestamp, nonce, encrypt);
    const sealed = `<Encrypt><![CDATA[${encrypt}]]></Encrypt>`;
    body =
      s.mode === "safe"
        ? `<xml>\n<ToUserName><![CDATA[${s.account}]]></ToUserName>\n${sealed}\n</xml>`
        : xml.replace(/<\/xml>$/, `\n${sealed}\n</xml>`);
  }
  const target = new URL(url);
  for (const [k, v] of Object.entries(query)) target.searchParams.set(k, v);
  return { url: target.toString(), query, body, xml };
}

/** Opens a sealed answer like WeChat: MsgSignature over (token, TimeStamp, Nonce, Encrypt), then the AppId. */
function openSealed(core: WxCore, fields: Record<string, unknown>): { xml: string } | { error: string } {
  const s = core.settings;
  const { Encrypt, MsgSignature, TimeStamp, Nonce } = fields;
  if (typeof Encrypt !== "string" || typeof MsgSignature !== "string" || typeof Nonce !== "string") {
    return { error: "a sealed reply needs Encrypt, MsgSignature, TimeStamp and Nonce" };
  }
  if (!s.encodingAesKey) return { error: "a sealed reply, but the account is in plaintext mode" };
  if (sign(s.token, String(TimeStamp ?? ""), Nonce, Encrypt) !== MsgSignature) {
    return { error: "MsgSignature does not match" };
  }
  try {
    const opened = unseal(s.encodingAesKey, Encrypt);
    if (opened.appId !== s.appId) return { error: `the reply is sealed for AppId ${opened.appId}` };
    return { xml: opened.message };
  } catch (error) {
    return { error: `the reply cannot be decrypted: ${String(error)}` };
  }
}

/** Reads a passive reply; returns the message she sees or why WeChat refuses it. */
function readReply(
  core: WxCore,
  user: WxUser,
  text: string,
): { reply?: PushResult["reply"]; error?: string } {
  const body = text.trim();
  if (body === "" || body === "success") return {};
  const outer = readReplyXml(body);
  if ("error" in outer) return { error: outer.error };
  let xml = body;
  let fields = outer.fields;
  if ("Encrypt" in fields) {
    if (core.settings.mode === "plain")
      return { error: "a sealed reply, but the account is in plaintext mode" };
    const opened = openSealed(core, fields);
    if ("error" in opened) return { error: opened.error };
    const inner = readReplyXml(opened.xml);
    if ("error" in inner) return { error: `sealed reply: ${inner.error}` };
    xml = opened.xml;
    fields = inner.fields;
  } else if (core.settings.mode === "safe") {
    return { error: "safe mode needs a sealed reply" };
  }
  if (fields.ToUserName !== user.openid) return { error: "ToUserName is not the openid she wrote from" };
  if (fields.FromUserName !== core.settings.account) return { error: "FromUserName is not the account" };
  if (typeof fields.CreateTime !== "string" || !/^\d+$/.test(fields.CreateTime.trim())) {
    return { error: "CreateTime must be an integer" };
  }
  const msgtype = typeof fields.MsgType === "string" ? fields.MsgType : "";
  if (msgtype === "text") {
    if (typeof fields.Content !== "string") return { error: "a text reply needs Content" };
    return { reply: { msgtype, text: fields.Content, xml } };
  }
  if (["image", "voice", "video", "music", "news", "transfer_customer_service"].includes(msgtype)) {
    return { reply: { msgtype, xml } };
  }
  return { error: `unknown reply MsgType "${msgtype}"` };
}

/**
 * What WeChat makes of the webhook's answer to a push (`status` null: none came in time): the
 * passive reply she sees, or WeChat's « unavailable » notice and why. Recorded in her conversation.
 */
export function takeAnswer(
  core: WxCore,
  user: WxUser,
  status: number | null,
  answer: string,
): Pick<PushResult, "delivered" | "reply" | "reply_error"> {
  const result: Pick<PushResult, "delivered" | "reply" | "reply_error"> = {
    delivered: status !== null && status >= 200 && status < 300,
  };
  if (result.delivered) {
    const { reply, error } = readReply(core, user, answer);
    if (reply) {
      result.reply = reply;
      record(core, user, {
        direction: "out",
        via: "passive",
        msgtype: reply.msgtype,
        ...(reply.text !== undefined ? { text: reply.text } : {}),
      });
    }
    if (error) result.reply_error = error;
  } else {
    result.reply_error = status === null ? "no answer in time" : `HTTP ${status}`;
  }
  if (result.reply_error)
    record(core, user, { direction: "out", via: "system", msgtype: "text", text: UNAVAILABLE });
  return result;
}

/**
 * Builds a push signed (and sealed) as WeChat would, without posting it: the caller posts
 * `request` itself (a test driving a Worker it cannot reach over HTTP) and hands the answer back
 * to `takeAnswer` (`POST /__wx/answer`).
 */
export function preparePush(core: WxCore, user: WxUser, fields: PushFields): PushResult {
  const request = buildRequest(
    core,
    pushXml(fields),
    user.openid,
    core.settings.webhookUrl ?? UNDELIVERED_URL,
  );
  return { delivered: false, status: null, attempts: 0, request, skipped: "deliver: false", duration_ms: 0 };
}

/**
 * Posts one push to the webhook and records what she sees. Like WeChat, a push that gets no answer
 * within `webhookTimeoutMs` (or a 5xx, or a refused connection) is posted again, `retries` times.
 * With `deliver: false` it is only built (preparePush).
 */
export async function push(
  core: WxCore,
  user: WxUser,
  fields: PushFields,
  deliver = true,
): Promise<PushResult> {
  if (!deliver) return preparePush(core, user, fields);
  const started = Date.now();
  const request = buildRequest(core, pushXml(fields), user.openid);
  if (!request) {
    return { delivered: false, status: null, attempts: 0, request, skipped: "no webhook", duration_ms: 0 };
  }
  const s = core.settings;
  let status: number | null = null;
  let answer = "";
  let attempts = 0;
  while (attempts <= s.retries) {
    attempts += 1;
    try {
      const res = await fetch(request.url, {
        method: "POST",
        headers: { "content-type": "text/xml; charset=utf-8" },
        body: request.body,
        signal: AbortSignal.timeout(s.webhookTimeoutMs),
      });
      status = res.status;
      answer = await res.text();
      if (status < 500) break;
    } catch (error) {
      status = null;
      s.log(`[wechat-emulator] push to ${s.webhookUrl} failed: ${String(error)}`);
    }
  }
  const result: PushResult = {
    status,
    attempts,
    request,
    duration_ms: Date.now() - started,
    ...takeAnswer(core, user, status, answer),
  };
  core.events.emit("push", { openid: user.openid, delivered: result.delivered, status, attempts });
  return result;
}
