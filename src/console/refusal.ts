/** The console's refusals: each reason has one HTTP status and one page (views/refusal.tsx). */
import { HTTPException } from "hono/http-exception";

const STATUS = {
  /** No session: none, forged, tampered, past 8 hours or signed out. */
  session: 401,
  /** Mini App initData forged, tampered, unreadable or more than an hour old. */
  webapp: 401,
  /** A sign-in link unknown, used or expired. */
  link: 401,
  /** A real Telegram user who is not (or no longer) in STAFF. */
  "not-staff": 403,
  /** A write without its session's CSRF token, or from another origin. */
  csrf: 403,
  "not-found": 404,
} as const;

export type Refusal = keyof typeof STATUS;

/** Stops the request with the refusal's status; the console's error handler renders its page. */
export function refuse(reason: Refusal): never {
  throw new HTTPException(STATUS[reason], { message: reason });
}

/** The refusal an HTTPException stands for, or undefined when it is some other HTTP error. */
export function refusalOf(error: HTTPException): Refusal | undefined {
  const named = (Object.keys(STATUS) as Refusal[]).find((reason) => reason === error.message);
  if (named) return named;
  // hono/csrf throws a bare 403 for a write from another origin.
  return error.status === 403 ? "csrf" : undefined;
}

/** The HTTP status of a refusal. */
export function refusalStatus(reason: Refusal): 401 | 403 | 404 {
  return STATUS[reason];
}
