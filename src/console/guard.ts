/** The console's gates: a live session for every page behind sign-in, and its CSRF token for every write. */
import type { MiddlewareHandler } from "hono";
import { negotiateLocale } from "../i18n.ts";
import { CSRF_FIELD, CSRF_HEADER, csrfMatches } from "./auth/csrf.ts";
import { clearSessionCookie, readSession } from "./auth/session.ts";
import type { ConsoleEnv } from "./env.ts";
import { refuse } from "./refusal.ts";

/**
 * Lets the request through only with a live session of someone who is staff now; sets `session` and
 * `locale` (her /language choice, else the language Telegram reported at sign-in, else zh-CN).
 * A cookie that no longer counts is cleared, so the browser stops sending it.
 */
export const requireSession: MiddlewareHandler<ConsoleEnv> = async (c, next) => {
  const read = await readSession(c, c.var.deps);
  if (!read.ok) {
    if (read.problem !== "none") clearSessionCookie(c);
    refuse(read.problem === "not-staff" ? "not-staff" : "session");
  }
  c.set("session", read.session);
  c.set("locale", negotiateLocale(read.storedLocale, read.session.lang));
  await next();
};

/** After requireSession: a write must carry the session's CSRF token, in the form or in a header. */
export const requireCsrf: MiddlewareHandler<ConsoleEnv> = async (c, next) => {
  const body = c.req.header("content-type")?.includes("form") ? await c.req.parseBody() : {};
  const field = body[CSRF_FIELD];
  const given = typeof field === "string" ? field : c.req.header(CSRF_HEADER);
  if (!(await csrfMatches(c.var.deps.keys.csrf, c.var.session.sid, given))) refuse("csrf");
  await next();
};
