/** Double submits: every write form carries a random one-time token, and only its first submit acts. */

import type { Context } from "hono";
import type { Redis } from "../store/redis.ts";
import { randomToken } from "./auth/crypto.ts";
import type { ConsoleEnv } from "./env.ts";
import { consoleKeys, consoleTtl } from "./storage-keys.ts";

/** The form field holding the token. */
export const ONCE_FIELD = "_once";
const TOKEN = /^[A-Za-z0-9_-]{22}$/;

/** A fresh token for one rendered form. */
export function onceToken(): string {
  return randomToken(16);
}

/**
 * Claims the form's token (SET NX): true for its first submit, false for a second one (a double
 * click, a resent form, two tabs racing) or a form without a token. One Upstash request.
 */
export async function claimOnce(c: Context<ConsoleEnv>, form: Record<string, unknown>): Promise<boolean> {
  const token = form[ONCE_FIELD];
  if (typeof token !== "string" || !TOKEN.test(token)) return false;
  return claimMark(c.var.deps.redis, token);
}

type Marks = Pick<Redis, "set" | "del">;

/**
 * Claims a once-mark (SET NX) for a form identified otherwise, such as a draft's nonce scoped to its
 * author: true the first time. One Upstash request.
 */
export async function claimMark(redis: Marks, mark: string): Promise<boolean> {
  return (await redis.set(consoleKeys.once(mark), 1, { nx: true, ex: consoleTtl.once })) === "OK";
}

/** Gives a claimed mark back when the write it guarded was refused, so the corrected form can be sent. */
export async function releaseMark(redis: Marks, mark: string): Promise<void> {
  await redis.del(consoleKeys.once(mark));
}
