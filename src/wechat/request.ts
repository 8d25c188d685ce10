/** One webhook call, channel side: verify it, decrypt it if it is sealed, read it, and write the answer body. */
import { type WechatAesKey, WechatCryptoError } from "./crypto.ts";
import { MsgSignatureError, openEnvelope, sealReply } from "./envelope.ts";
import { type Inbound, parseInbound } from "./inbound.ts";
import { NO_REPLY } from "./reply.ts";
import { verifySignature } from "./signature.ts";
import { WechatPayloadError } from "./xml.ts";

/** The account's receiving settings: WECHAT_TOKEN, WECHAT_APPID and, for safe mode, the imported WECHAT_AES_KEY. */
export interface WechatReceiver {
  token: string;
  appId: string;
  aes?: WechatAesKey | undefined;
}

/** The webhook URL's query parameters as WeChat sends them. */
export type WebhookQuery = Partial<
  Record<
    "signature" | "timestamp" | "nonce" | "echostr" | "encrypt_type" | "msg_signature" | "openid",
    string
  >
>;

/** Why a call is refused: 401 when it cannot be shown to come from WeChat for this account, 400 when its body is unreadable. */
export type RejectionReason = "params" | "signature" | "no-key" | "decrypt" | "appid" | "xml" | "shape";

/** A webhook call to refuse; `status` is the HTTP answer (a retry by WeChat cannot help either). */
export class WebhookRejection extends Error {
  override name = "WebhookRejection";
  readonly status: 400 | 401;
  readonly reason: RejectionReason;
  constructor(status: 400 | 401, reason: RejectionReason, message: string) {
    super(message);
    this.status = status;
    this.reason = reason;
  }
}

function required(query: WebhookQuery, name: keyof WebhookQuery): string {
  const value = query[name];
  if (!value) throw new WebhookRejection(401, "params", `missing ${name}`);
  return value;
}

/**
 * The URL check (GET): `signature` over (token, timestamp, nonce) must match; the answer is `echostr`
 * as sent. Throws WebhookRejection(401).
 */
export async function checkEcho(receiver: WechatReceiver, query: WebhookQuery): Promise<string> {
  const signed = {
    signature: required(query, "signature"),
    timestamp: required(query, "timestamp"),
    nonce: required(query, "nonce"),
  };
  const echostr = required(query, "echostr");
  if (!(await verifySignature(receiver.token, signed))) {
    throw new WebhookRejection(401, "signature", "signature does not match");
  }
  return echostr;
}

/** A verified, decrypted and parsed push, with what its answer must echo. */
export interface Push {
  inbound: Inbound;
  /** Safe (or compatible) mode: the answer must be sealed too. */
  encrypted: boolean;
  /** The push's nonce, echoed in a sealed answer as WeChat's example does. */
  nonce: string;
}

/**
 * Reads a POST: with `encrypt_type=aes`, msg_signature and the AES envelope (compatible mode's
 * plaintext copy is ignored); otherwise `signature` and the plaintext XML. Throws WebhookRejection:
 * 401 for missing or wrong signatures, an unknown key or another AppId; 400 for a body that is not
 * a WeChat payload.
 */
export async function readPush(receiver: WechatReceiver, query: WebhookQuery, body: string): Promise<Push> {
  const timestamp = required(query, "timestamp");
  const nonce = required(query, "nonce");
  const encrypted = query.encrypt_type?.toLowerCase() === "aes";
  let xml = body;
  try {
    if (encrypted) {
      const msgSignature = required(query, "msg_signature");
      const aes = receiver.aes;
      if (!aes) throw new WebhookRejection(401, "no-key", "an encrypted push, but WECHAT_AES_KEY is not set");
      xml = await openEnvelope(
        { token: receiver.token, aes, appId: receiver.appId },
        { timestamp, nonce, msgSignature },
        body,
      );
    } else {
      const signature = required(query, "signature");
      if (!(await verifySignature(receiver.token, { timestamp, nonce, signature }))) {
        throw new WebhookRejection(401, "signature", "signature does not match");
      }
    }
    return { inbound: parseInbound(xml), encrypted, nonce };
  } catch (error) {
    throw asRejection(error);
  }
}

function asRejection(error: unknown): unknown {
  if (error instanceof WebhookRejection) return error;
  if (error instanceof MsgSignatureError) return new WebhookRejection(401, "signature", error.message);
  if (error instanceof WechatCryptoError) {
    // The signature was right, so WeChat sent it: another AppId, or WECHAT_AES_KEY is not this account's.
    return new WebhookRejection(401, error.problem === "appid" ? "appid" : "decrypt", error.message);
  }
  if (error instanceof WechatPayloadError) return new WebhookRejection(400, error.problem, error.message);
  return error;
}

/**
 * The body of the answer: NO_REPLY ("success") when there is nothing to say, the reply XML in
 * plaintext mode, or the reply sealed in safe mode (TimeStamp = `now`, the push's nonce).
 */
export async function answerBody(
  receiver: WechatReceiver,
  push: Pick<Push, "encrypted" | "nonce">,
  replyXml: string | null,
  nowSeconds: number,
): Promise<string> {
  if (replyXml === null) return NO_REPLY;
  if (!push.encrypted) return replyXml;
  if (!receiver.aes) throw new Error("a sealed answer needs WECHAT_AES_KEY");
  return sealReply(
    { token: receiver.token, aes: receiver.aes, appId: receiver.appId },
    { xml: replyXml, timestamp: nowSeconds, nonce: push.nonce },
  );
}
