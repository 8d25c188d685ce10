/** WebCrypto helpers for the console's sign-in: HMAC keys and checks, hex and base64url, random tokens. */

const encoder = new TextEncoder();
const HMAC_SHA256 = { name: "HMAC", hash: "SHA-256" } as const;

/** Imports an HMAC-SHA256 key from a string (UTF-8) or raw bytes. */
export function hmacKey(secret: string | Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  const raw = typeof secret === "string" ? encoder.encode(secret) : secret;
  return crypto.subtle.importKey("raw", raw, HMAC_SHA256, false, ["sign", "verify"]);
}

/** HMAC-SHA256 of a UTF-8 message. */
export async function hmac(key: CryptoKey, message: string): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(message)));
}

/**
 * Whether `signature` is the HMAC of `message`. WebCrypto's verify compares in constant time, so
 * timing does not reveal how much of a forged signature matched.
 */
export function hmacMatches(
  key: CryptoKey,
  signature: Uint8Array<ArrayBuffer>,
  message: string,
): Promise<boolean> {
  return crypto.subtle.verify("HMAC", key, signature, encoder.encode(message));
}

/** Lower-case hex of bytes. */
export function toHex(bytes: Uint8Array): string {
  let out = "";
  for (const byte of bytes) out += byte.toString(16).padStart(2, "0");
  return out;
}

/** Bytes of a hex string (either case), or null when it is not hex of whole bytes. */
export function fromHex(hex: string): Uint8Array<ArrayBuffer> | null {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) return null;
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/** Unpadded base64url (RFC 4648 §5), safe in URLs, cookies and form fields as is. */
export function toBase64url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Bytes of unpadded base64url, or null when the text is not base64url. */
export function fromBase64url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
}

/** A random token of `bytes` bytes from the platform CSPRNG, as base64url. */
export function randomToken(bytes: number): string {
  return toBase64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** SHA-256 of a UTF-8 string, as hex. */
export async function sha256Hex(text: string): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest("SHA-256", encoder.encode(text))));
}
