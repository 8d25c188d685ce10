/** Security headers on every console response: a CSP with no inline script and nothing from elsewhere, and the usual rest. */
import type { MiddlewareHandler } from "hono";

const CSP = [
  "default-src 'none'",
  // Only our own static files: no inline script or style, no CDN.
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  // Telegram's native apps open the Mini App as a top-level page; nothing may frame the console.
  "frame-ancestors 'none'",
].join("; ");

const HEADERS: Record<string, string> = {
  "Content-Security-Policy": CSP,
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  // Sign-in link tokens are in URLs: never hand a URL to another site.
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
  "Strict-Transport-Security": "max-age=31536000",
  // Pages hold personal data and CSRF tokens: no cache keeps them.
  "Cache-Control": "no-store",
};

/** Sets the headers on whatever the console answers, refusals included. */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  for (const [name, value] of Object.entries(HEADERS)) c.res.headers.set(name, value);
};
