// WeChat's side of signing and encryption, written with node:crypto on purpose: it is the
// independent counterpart the Worker's WebCrypto code (src/wechat) is tested against.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

/** sha1 of the parts in dictionary order, joined: `signature` and `msg_signature`. */
export function sign(...parts: string[]): string {
  return createHash("sha1")
    .update([...parts].sort().join(""))
    .digest("hex");
}

function keyOf(encodingAesKey: string): Buffer {
  const key = Buffer.from(`${encodingAesKey}=`, "base64");
  if (encodingAesKey.length !== 43 || key.length !== 32)
    throw new Error("EncodingAESKey must be 43 characters");
  return key;
}

/** random(16) + length(4, big-endian) + message + AppId, PKCS#7 to 32 bytes, AES-256-CBC, base64. */
export function seal(
  encodingAesKey: string,
  appId: string,
  message: string,
  random = randomBytes(16),
): string {
  const key = keyOf(encodingAesKey);
  const body = Buffer.from(message, "utf8");
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  const content = Buffer.concat([random, length, body, Buffer.from(appId, "utf8")]);
  const pad = 32 - (content.length % 32);
  const cipher = createCipheriv("aes-256-cbc", key, key.subarray(0, 16));
  cipher.setAutoPadding(false);
  return Buffer.concat([
    cipher.update(Buffer.concat([content, Buffer.alloc(pad, pad)])),
    cipher.final(),
  ]).toString("base64");
}

/** The inverse of seal; throws on anything WeChat would not accept (bad padding, length, AppId). */
export function unseal(encodingAesKey: string, encrypt: string): { message: string; appId: string } {
  const key = keyOf(encodingAesKey);
  const data = Buffer.from(encrypt, "base64");
  if (data.length === 0 || data.length % 16 !== 0) throw new Error("Encrypt is not whole AES blocks");
  const decipher = createDecipheriv("aes-256-cbc", key, key.subarray(0, 16));
  decipher.setAutoPadding(false);
  const plain = Buffer.concat([decipher.update(data), decipher.final()]);
  const pad = plain[plain.length - 1] ?? 0;
  if (pad < 1 || pad > 32) throw new Error("bad padding");
  const content = plain.subarray(0, plain.length - pad);
  if (content.length < 20) throw new Error("too short");
  const length = content.readUInt32BE(16);
  if (20 + length > content.length) throw new Error("bad length");
  return {
    message: content.subarray(20, 20 + length).toString("utf8"),
    appId: content.subarray(20 + length).toString("utf8"),
  };
}
