/** The console's keys, all derived from the bot token: Telegram's Mini App key, the session and CSRF keys. */
import { hmac, hmacKey } from "./crypto.ts";

/** Keys derived once per isolate from the bot token. */
export interface ConsoleKeys {
  /** Telegram's secret_key for Mini App initData: HMAC_SHA256(key "WebAppData", message bot_token). */
  webApp: CryptoKey;
  /** Signs the session cookie (raw bytes, as hono/cookie's signed cookies take them). */
  session: Uint8Array<ArrayBuffer>;
  /** Makes each session's CSRF token. */
  csrf: CryptoKey;
}

/**
 * Derives the console's keys from the bot token. Whoever holds the token can already sign Mini App
 * initData for any staff id and so open the console; deriving the session key from it gives no one
 * new power, needs no extra secret to set, and revoking the token in BotFather ends every session.
 * Distinct labels keep the three keys apart: no MAC made with one verifies under another.
 */
export async function deriveConsoleKeys(botToken: string): Promise<ConsoleKeys> {
  const derive = async (label: string) => hmac(await hmacKey(label), botToken);
  const [webApp, session, csrf] = await Promise.all([
    derive("WebAppData"),
    derive("JinguoConsoleSession"),
    derive("JinguoConsoleCsrf"),
  ]);
  return { webApp: await hmacKey(webApp), session, csrf: await hmacKey(csrf) };
}
