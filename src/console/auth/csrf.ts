/** CSRF tokens for console writes, made from the session so they need no storage. */
/**
 * CSRF tokens for console writes: a synchronizer token made from the session (HMAC of its id), so it
 * needs no storage, dies with the session, and cannot be guessed from outside. Checked on every write
 * behind a session, on top of the Origin / Sec-Fetch-Site check every console write gets.
 */
import { fromBase64url, hmac, hmacMatches, toBase64url } from "./crypto.ts";

/** The form field that carries the token. */
export const CSRF_FIELD = "_csrf";
/** The request header that carries it for script-made requests. */
export const CSRF_HEADER = "x-csrf-token";

const message = (sid: string) => `csrf:${sid}`;

/** The CSRF token of the session `sid`. */
export async function csrfToken(key: CryptoKey, sid: string): Promise<string> {
  return toBase64url(await hmac(key, message(sid)));
}

/** Whether `given` is the session's token (compared in constant time). */
export async function csrfMatches(key: CryptoKey, sid: string, given: string | undefined): Promise<boolean> {
  const bytes = given ? fromBase64url(given) : null;
  if (bytes?.length !== 32) return false;
  return hmacMatches(key, bytes, message(sid));
}
