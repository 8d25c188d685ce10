/** The console session: one signed cookie for both ways in, 8 hours, void once the id leaves STAFF or signs out. */
import type { Context } from "hono";
import { deleteCookie, getCookie, getSignedCookie, setSignedCookie } from "hono/cookie";
import type { CookieOptions } from "hono/utils/cookie";
import { LOCALES, type Locale } from "../../i18n.ts";
import type { StaffMember } from "../../staff/roles.ts";
import { staffMember } from "../../staff/scope.ts";
import { keys } from "../../store/keys.ts";
import type { Redis } from "../../store/redis.ts";
import { consoleKeys, consoleTtl } from "../storage-keys.ts";
import { randomToken } from "./crypto.ts";
import type { ConsoleKeys } from "./keys.ts";

/** Sent as `__Host-jg_console`: the prefix makes browsers insist on Secure, Path=/ and no Domain. */
const COOKIE = "jg_console";
const COOKIE_OPTIONS: CookieOptions = {
  prefix: "host",
  path: "/",
  secure: true,
  httpOnly: true,
  sameSite: "Strict",
};
/** `{staff id}.{expiry, epoch s}.{session id}.{Telegram language or empty}`; hono/cookie appends the HMAC. */
const VALUE = /^(\d{1,15})\.(\d{1,12})\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9-]{0,35})$/;

/** A signed-in staff member, with her role and scope as STAFF says now. */
export interface Session {
  staff: StaffMember;
  /** Random id of this sign-in: what sign-out voids and what the CSRF token is made from. */
  sid: string;
  /** Epoch ms after which the cookie no longer counts. */
  expiresAt: number;
  /** The language Telegram reported when she signed in ("" if unknown). */
  lang: string;
}

/** What reading and writing sessions needs. */
export interface SessionDeps {
  staff: readonly StaffMember[];
  redis: Redis;
  keys: ConsoleKeys;
  now(): number;
}

/** Why there is no session: none sent, forged or tampered, past 8 hours, signed out, or no longer staff. */
export type SessionProblem = "none" | "invalid" | "expired" | "signed-out" | "not-staff";

export type SessionRead =
  | { ok: true; session: Session; storedLocale: Locale | undefined }
  | { ok: false; problem: SessionProblem };

/** A Telegram language_code as given, or "" when it is not a plausible language tag. */
export function languageTag(raw: string | undefined): string {
  return raw && raw.length <= 35 && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/.test(raw) ? raw : "";
}

/** Whether an id is staff right now. The config decides on every request; a cookie never carries a role. */
export function staffNow(staff: readonly StaffMember[], id: number): StaffMember | undefined {
  return staffMember({ STAFF: staff as StaffMember[] }, id) ?? undefined;
}

/** How she got in, as the audit entry says. */
export type SignInWay = "webapp" | "link";

/** Signs `staffId` in: an audit entry, and a fresh session cookie valid for 8 hours. */
export async function startSession(
  c: Context,
  deps: SessionDeps,
  staffId: number,
  lang: string,
  via: SignInWay,
): Promise<void> {
  const now = deps.now();
  const expires = Math.floor(now / 1000) + consoleTtl.session;
  const value = `${staffId}.${expires}.${randomToken(16)}.${languageTag(lang)}`;
  await deps.redis.xadd(keys.audit(), "*", { type: "console-sign-in", by: staffId, via, at: now });
  await setSignedCookie(c, COOKIE, value, deps.keys.session, {
    ...COOKIE_OPTIONS,
    maxAge: consoleTtl.session,
  });
}

/**
 * Reads the session of a request: the cookie's HMAC and expiry, the id against STAFF as configured
 * now, and (in one Upstash round trip) whether it was signed out, with her stored language.
 */
export async function readSession(c: Context, deps: SessionDeps): Promise<SessionRead> {
  const signed = await getSignedCookie(c, deps.keys.session, COOKIE, "host");
  if (signed === undefined && getCookie(c, COOKIE, "host") === undefined)
    return { ok: false, problem: "none" };
  const match = typeof signed === "string" ? VALUE.exec(signed) : null;
  if (!match) return { ok: false, problem: "invalid" };
  const [, id, expires, sid, lang] = match as unknown as [string, string, string, string, string];
  const expiresAt = Number(expires) * 1000;
  if (expiresAt <= deps.now()) return { ok: false, problem: "expired" };
  const staff = staffNow(deps.staff, Number(id));
  if (!staff) return { ok: false, problem: "not-staff" };
  const [signedOut, locale] = await deps.redis
    .pipeline()
    .exists(consoleKeys.signedOut(sid))
    .hget(keys.user(staff.id), "locale")
    .exec<[number, unknown]>();
  if (signedOut > 0) return { ok: false, problem: "signed-out" };
  const storedLocale = LOCALES.find((l) => l === locale);
  return { ok: true, session: { staff, sid, expiresAt, lang }, storedLocale };
}

/** Signs a session out for good (a copied cookie stops working too), audited, and clears the cookie. */
export async function endSession(c: Context, deps: SessionDeps, session: Session): Promise<void> {
  const now = deps.now();
  const left = Math.max(1, Math.ceil((session.expiresAt - now) / 1000));
  await deps.redis
    .pipeline()
    .set(consoleKeys.signedOut(session.sid), 1, { ex: left })
    .xadd(keys.audit(), "*", { type: "console-sign-out", by: session.staff.id, at: now })
    .exec();
  clearSessionCookie(c);
}

/** Tells the browser to drop the session cookie. */
export function clearSessionCookie(c: Context): void {
  deleteCookie(c, COOKIE, COOKIE_OPTIONS);
}
