/** The console's public addresses as the bot hands them out: the Mini App page and a one-time sign-in link. */
import type { Redis } from "../store/redis.ts";
import { createSignInLink } from "./auth/sign-in-link.ts";
import { consolePaths } from "./paths.ts";

/** Where the console is reached from outside: CONSOLE_URL without a trailing slash. */
export function consoleBase(url: string): string {
  return url.replace(/\/+$/, "");
}

/** The Mini App URL (Telegram's `web_app` buttons need https, which CONSOLE_URL is). */
export function webAppUrl(base: string): string {
  return `${consoleBase(base)}${consolePaths.webApp}`;
}

/** A fresh one-time sign-in link for a staff member: single use, 10 minutes. */
export async function signInLinkUrl(
  redis: Redis,
  base: string,
  staffId: number,
  lang: string | undefined,
  now: number,
): Promise<string> {
  const token = await createSignInLink(redis, staffId, lang, now);
  return `${consoleBase(base)}${consolePaths.link(token)}`;
}
