/** Safe-mode message crypto (WeChat's WXBizMsgCrypt scheme) on WebCrypto: AES-256-CBC, 32-byte PKCS#7, AppId check. */
import { concatBytes, fromBase64, fromUtf8, toBase64, utf8 } from "./bytes.ts";

/** Why a safe-mode payload could not be opened (or a key not imported). */
export type WechatCryptoProblem = "key" | "base64" | "cipher" | "padding" | "length" | "utf8" | "appid";

/** A payload that is not a message of this account, or an unusable EncodingAESKey. */
export class WechatCryptoError extends Error {
  override name = "WechatCryptoError";
  readonly problem: WechatCryptoProblem;
  constructor(problem: WechatCryptoProblem, message: string) {
    super(message);
    this.problem = problem;
  }
}

/** The imported AES key; WeChat's IV is the first 16 bytes of the key itself. */
export interface WechatAesKey {
  key: CryptoKey;
  iv: Uint8Array<ArrayBuffer>;
}

/** WeChat pads to multiples of 32 bytes (PKCS#7 with K = 32), not AES's 16. */
const BLOCK = 32;
const AES_BLOCK = 16;
const ENCODING_AES_KEY = /^[A-Za-z0-9]{43}$/;

/**
 * Imports the 43-character EncodingAESKey: base64 of it plus "=" gives the 32-byte AES-256 key,
 * whose first 16 bytes are the IV. Throws WechatCryptoError("key") for anything else.
 */
export async function importEncodingAesKey(encodingAesKey: string): Promise<WechatAesKey> {
  if (!ENCODING_AES_KEY.test(encodingAesKey)) {
    throw new WechatCryptoError("key", "EncodingAESKey must be 43 characters of A-Z, a-z and 0-9");
  }
  const raw = fromBase64(`${encodingAesKey}=`);
  const key = await crypto.subtle.importKey("raw", raw, { name: "AES-CBC" }, false, ["encrypt", "decrypt"]);
  return { key, iv: raw.slice(0, AES_BLOCK) };
}

/**
 * AES-CBC decryption without WebCrypto's own padding check. WebCrypto always strips (and demands)
 * 16-byte PKCS#7, which WeChat's 32-byte padding breaks; so one extra block is appended that
 * decrypts to exactly a full 16-byte pad (its plaintext is 0x10 × 16 XOR the last real block,
 * encrypted under the last real block as IV). WebCrypto removes that block and nothing else.
 */
async function decryptRaw(aes: WechatAesKey, data: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const last = data.slice(data.length - AES_BLOCK);
  const pad = new Uint8Array(
    await crypto.subtle.encrypt({ name: "AES-CBC", iv: last }, aes.key, new Uint8Array(0)),
  );
  const plain = await crypto.subtle.decrypt(
    { name: "AES-CBC", iv: aes.iv },
    aes.key,
    concatBytes(data, pad.subarray(0, AES_BLOCK)),
  );
  return new Uint8Array(plain);
}

/** AES-CBC encryption of already padded data: WebCrypto's extra 16-byte padding block is dropped. */
async function encryptRaw(aes: WechatAesKey, data: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const sealed = await crypto.subtle.encrypt({ name: "AES-CBC", iv: aes.iv }, aes.key, data);
  return new Uint8Array(sealed).subarray(0, data.length);
}

/**
 * Decrypts an Encrypt field: base64 → AES-256-CBC → strip 32-byte PKCS#7 → 16 random bytes,
 * 4-byte network-order length, the message, the AppId. The AppId must be this account's, so a
 * message meant for another account (sharing a key by mistake) is refused.
 */
export async function decryptMessage(aes: WechatAesKey, appId: string, encrypt: string): Promise<string> {
  let data: Uint8Array<ArrayBuffer>;
  try {
    data = fromBase64(encrypt);
  } catch {
    throw new WechatCryptoError("base64", "Encrypt is not base64");
  }
  if (data.length === 0 || data.length % AES_BLOCK !== 0) {
    throw new WechatCryptoError("cipher", "Encrypt is not a whole number of AES blocks");
  }
  let plain: Uint8Array;
  try {
    plain = await decryptRaw(aes, data);
  } catch {
    throw new WechatCryptoError("cipher", "Encrypt could not be decrypted");
  }
  const pad = plain[plain.length - 1] ?? 0;
  if (
    pad < 1 ||
    pad > BLOCK ||
    pad > plain.length ||
    plain.subarray(plain.length - pad).some((b) => b !== pad)
  ) {
    throw new WechatCryptoError("padding", "wrong padding: not encrypted with this EncodingAESKey");
  }
  const content = plain.subarray(0, plain.length - pad);
  if (content.length < AES_BLOCK + 4) throw new WechatCryptoError("length", "decrypted payload too short");
  const view = new DataView(content.buffer, content.byteOffset, content.byteLength);
  const length = view.getUint32(AES_BLOCK, false);
  const start = AES_BLOCK + 4;
  if (length > content.length - start) throw new WechatCryptoError("length", "message length out of range");
  let message: string;
  let receivedAppId: string;
  try {
    message = fromUtf8(content.subarray(start, start + length));
    receivedAppId = fromUtf8(content.subarray(start + length));
  } catch {
    throw new WechatCryptoError("utf8", "decrypted payload is not UTF-8");
  }
  if (receivedAppId !== appId) throw new WechatCryptoError("appid", "message is for another AppId");
  return message;
}

/**
 * Encrypts a message for WeChat (a passive reply): 16 random bytes, the length, the message and
 * the AppId, padded to 32 bytes, AES-256-CBC, base64. `random` is for test vectors only.
 */
export async function encryptMessage(
  aes: WechatAesKey,
  appId: string,
  message: string,
  random: Uint8Array = crypto.getRandomValues(new Uint8Array(AES_BLOCK)),
): Promise<string> {
  if (random.length !== AES_BLOCK) throw new RangeError("random must be 16 bytes");
  const body = utf8(message);
  const length = new Uint8Array(4);
  new DataView(length.buffer).setUint32(0, body.length, false);
  const content = concatBytes(random, length, body, utf8(appId));
  const pad = BLOCK - (content.length % BLOCK);
  const padded = concatBytes(content, new Uint8Array(pad).fill(pad));
  return toBase64(await encryptRaw(aes, padded));
}
