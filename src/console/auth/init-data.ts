/** Telegram Mini App initData, checked exactly as Telegram documents it ("Validating data received via the Mini App"). */
import * as z from "zod";
import { fromHex, hmacMatches } from "./crypto.ts";

/** initData older than this is refused, so a copy found later (history, a screenshot) cannot sign in. */
export const INIT_DATA_MAX_AGE_S = 60 * 60;
/** A signed auth_date this far ahead of our clock is accepted (clocks differ a little), no further. */
const MAX_CLOCK_AHEAD_S = 5 * 60;
/** Real initData is well under 2 KB; anything much longer is not from Telegram. */
const MAX_LENGTH = 8192;

/** The part of initData's `user` the console uses. */
const userSchema = z.looseObject({
  id: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  first_name: z.string().optional(),
  language_code: z.string().optional(),
});
export type WebAppUser = z.output<typeof userSchema>;

/** Why initData was refused: unreadable, not signed with our bot's token, or too old. */
export type InitDataProblem = "malformed" | "signature" | "expired";

export type InitDataCheck =
  | { ok: true; user: WebAppUser; authDate: number }
  | { ok: false; problem: InitDataProblem };

const refuse = (problem: InitDataProblem): InitDataCheck => ({ ok: false, problem });

/**
 * Checks initData against the Mini App key (see deriveConsoleKeys). The data-check-string is every
 * received field except `hash` (`signature` included), sorted by key, as `key=value` lines joined by
 * \n; its HMAC-SHA256 under the key must equal `hash`. A key given twice makes the string ambiguous,
 * so it is refused. The signature is checked before the date, so a forger learns nothing more.
 */
export async function checkInitData(
  raw: string,
  webAppKey: CryptoKey,
  nowMs: number,
): Promise<InitDataCheck> {
  if (raw.length === 0 || raw.length > MAX_LENGTH) return refuse("malformed");
  const fields = new Map<string, string>();
  for (const [key, value] of new URLSearchParams(raw)) {
    if (fields.has(key)) return refuse("malformed");
    fields.set(key, value);
  }
  const hash = fromHex(fields.get("hash") ?? "");
  if (hash?.length !== 32) return refuse("malformed");
  fields.delete("hash");
  const dataCheckString = [...fields.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((key) => `${key}=${fields.get(key)}`)
    .join("\n");
  if (!(await hmacMatches(webAppKey, hash, dataCheckString))) return refuse("signature");

  const authDate = Number(fields.get("auth_date"));
  if (!/^\d{1,12}$/.test(fields.get("auth_date") ?? "")) return refuse("malformed");
  const age = nowMs / 1000 - authDate;
  if (age > INIT_DATA_MAX_AGE_S || age < -MAX_CLOCK_AHEAD_S) return refuse("expired");

  let user: unknown;
  try {
    user = JSON.parse(fields.get("user") ?? "");
  } catch {
    return refuse("malformed");
  }
  const parsed = userSchema.safeParse(user);
  if (!parsed.success) return refuse("malformed");
  return { ok: true, user: parsed.data, authDate };
}
