/** The safe-mode envelope: opening an encrypted push (msg_signature, AES, AppId) and sealing a reply. */
import { decryptMessage, encryptMessage, type WechatAesKey } from "./crypto.ts";
import { verifyMsgSignature, wechatSignature } from "./signature.ts";
import { buildWechatXml, parseWechatXml, WechatPayloadError } from "./xml.ts";

/** What safe mode needs: the Token, the imported EncodingAESKey and the account's AppId. */
export interface SafeModeKeys {
  token: string;
  aes: WechatAesKey;
  appId: string;
}

/** The Encrypt field of an encrypted push; throws WechatPayloadError if the body has none. */
export function encryptedField(body: string): string {
  const fields = parseWechatXml(body);
  const encrypt = fields.Encrypt;
  if (typeof encrypt !== "string" || encrypt.trim() === "") {
    throw new WechatPayloadError("shape", "missing or invalid Encrypt");
  }
  return encrypt.trim();
}

/** An encrypted push whose msg_signature does not match: not from WeChat, or altered on the way. */
export class MsgSignatureError extends Error {
  override name = "MsgSignatureError";
}

/**
 * Opens an encrypted push: checks msg_signature over (token, timestamp, nonce, Encrypt) first, then
 * decrypts and checks the AppId. Returns the inner XML. Throws WechatPayloadError (body),
 * MsgSignatureError (signature) or WechatCryptoError (key, padding, AppId).
 */
export async function openEnvelope(
  keys: SafeModeKeys,
  query: { timestamp: string; nonce: string; msgSignature: string },
  body: string,
): Promise<string> {
  const encrypt = encryptedField(body);
  if (!(await verifyMsgSignature(keys.token, query, encrypt))) {
    throw new MsgSignatureError("msg_signature does not match");
  }
  return decryptMessage(keys.aes, keys.appId, encrypt);
}

/**
 * Seals a reply for safe mode: `<xml>` with Encrypt, MsgSignature, TimeStamp and Nonce, where
 * MsgSignature = sha1(sort(token, TimeStamp, Nonce, Encrypt)). WeChat's own example echoes the
 * push's nonce. `random` is for test vectors only.
 */
export async function sealReply(
  keys: SafeModeKeys,
  reply: { xml: string; timestamp: number; nonce: string; random?: Uint8Array },
): Promise<string> {
  const encrypt = await encryptMessage(keys.aes, keys.appId, reply.xml, reply.random);
  const timestamp = String(Math.floor(reply.timestamp));
  const signature = await wechatSignature(keys.token, timestamp, reply.nonce, encrypt);
  return buildWechatXml([
    ["Encrypt", encrypt],
    ["MsgSignature", signature],
    ["TimeStamp", Math.floor(reply.timestamp)],
    ["Nonce", reply.nonce],
  ]);
}
