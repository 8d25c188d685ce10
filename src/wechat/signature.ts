/** WeChat's request signatures (`signature`, and `msg_signature` in safe mode), checked in constant time. */
import { toHex, utf8 } from "./bytes.ts";

/**
 * SHA-1 (lower-case hex) of the parts sorted in dictionary order and joined, which is how WeChat signs:
 * `signature` over (token, timestamp, nonce), `msg_signature` over those and the Encrypt field.
 */
export async function wechatSignature(...parts: string[]): Promise<string> {
  // Every part is ASCII (token, digits, base64), so UTF-16 order is WeChat's byte order.
  const joined = [...parts].sort().join("");
  return toHex(await crypto.subtle.digest("SHA-1", utf8(joined)));
}

/**
 * Compares two strings without an early exit, so the time taken does not reveal how many leading
 * characters of a forged signature were right.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  const length = Math.max(a.length, b.length);
  let diff = a.length ^ b.length;
  for (let i = 0; i < length; i++) diff |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0);
  return diff === 0;
}

/** The query parameters WeChat signs every call with. */
export interface SignedQuery {
  timestamp: string;
  nonce: string;
  signature: string;
}

/** True when `signature` = sha1(sort(token, timestamp, nonce)): the URL check and plaintext messages. */
export async function verifySignature(token: string, query: SignedQuery): Promise<boolean> {
  return constantTimeEqual(await wechatSignature(token, query.timestamp, query.nonce), query.signature);
}

/** True when `msg_signature` = sha1(sort(token, timestamp, nonce, Encrypt)): safe-mode messages. */
export async function verifyMsgSignature(
  token: string,
  query: { timestamp: string; nonce: string; msgSignature: string },
  encrypt: string,
): Promise<boolean> {
  const expected = await wechatSignature(token, query.timestamp, query.nonce, encrypt);
  return constantTimeEqual(expected, query.msgSignature);
}
