/** One-time sign-in links for a desktop browser: a random token in Redis, bound to a staff id, single use, 10 minutes. */
import * as z from "zod";
import type { Redis } from "../../store/redis.ts";
import { consoleKeys, consoleTtl } from "../storage-keys.ts";
import { randomToken, sha256Hex } from "./crypto.ts";
import { languageTag } from "./session.ts";

/** 32 random bytes as base64url: 43 characters. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

const recordSchema = z.object({
  id: z.number().int().positive(),
  lang: z.string().catch(""),
  /** Epoch ms; the Redis TTL only clears the key away, this is what decides. */
  exp: z.number(),
});

/** What a claimed link grants: the staff id it was made for, and the Telegram language the bot saw. */
export interface SignInLinkGrant {
  id: number;
  lang: string;
}

/** Whether a path segment can be a link token at all (junk is refused without asking Redis). */
export function isLinkToken(token: string): boolean {
  return TOKEN.test(token);
}

// Only the token's hash is stored: a copy of the database holds no working link.
const linkKey = async (token: string) => consoleKeys.link(await sha256Hex(token));

function liveGrant(raw: unknown, nowMs: number): SignInLinkGrant | null {
  const parsed = recordSchema.safeParse(raw);
  if (!parsed.success || parsed.data.exp <= nowMs) return null;
  return { id: parsed.data.id, lang: languageTag(parsed.data.lang) };
}

/** Makes a link for `staffId`; returns its token, for the path /console/auth/link/{token}. */
export async function createSignInLink(
  redis: Redis,
  staffId: number,
  telegramLanguage: string | undefined,
  nowMs: number,
): Promise<string> {
  const token = randomToken(32);
  const record = { id: staffId, lang: languageTag(telegramLanguage), exp: nowMs + consoleTtl.link * 1000 };
  await redis.set(await linkKey(token), record, { ex: consoleTtl.link });
  return token;
}

/** Whether a link would still sign in, without using it up (for the page that asks to confirm). */
export async function peekSignInLink(redis: Redis, token: string, nowMs: number): Promise<boolean> {
  if (!isLinkToken(token)) return false;
  return liveGrant(await redis.get<unknown>(await linkKey(token)), nowMs) !== null;
}

/**
 * Uses a link up and returns what it grants, or null when it is unknown, used or expired. GETDEL
 * reads and deletes in one step, so of two requests racing with the same token exactly one wins.
 */
export async function claimSignInLink(
  redis: Redis,
  token: string,
  nowMs: number,
): Promise<SignInLinkGrant | null> {
  if (!isLinkToken(token)) return null;
  return liveGrant(await redis.getdel<unknown>(await linkKey(token)), nowMs);
}
