/** The staff console: a Hono sub-app mounted at /console (src/app.ts), server-rendered with hono/jsx. */
import { Hono } from "hono";
import { csrf } from "hono/csrf";
import { HTTPException } from "hono/http-exception";
import type { Env } from "../env.ts";
import { NotAllowedError } from "../staff/scope.ts";
import type { ConsoleDeps } from "./deps.ts";
import type { ConsoleEnv } from "./env.ts";
import { securityHeaders } from "./headers.ts";
import { refusalOf, refusalStatus, refuse } from "./refusal.ts";
import { applicationRoutes } from "./routes/applications.tsx";
import { broadcastRoutes } from "./routes/broadcasts.tsx";
import { fairRoutes } from "./routes/fairs.tsx";
import { faqRoutes } from "./routes/faq.tsx";
import { homeRoutes } from "./routes/home.tsx";
import { mentorRoutes } from "./routes/mentors.tsx";
import { signInRoutes } from "./routes/sign-in.tsx";
import { RefusalPage } from "./views/refusal.tsx";

export type { ConsoleDeps } from "./deps.ts";
export { CONSOLE_ROOT, consolePaths } from "./paths.ts";

/**
 * Builds the console. `resolve` gives its dependencies for a request's env (the Worker's runtime in
 * production, anything in tests). Every response gets the security headers; every write first passes
 * hono/csrf's Origin / Sec-Fetch-Site check, and writes behind a session also need its CSRF token.
 */
export function createConsole(resolve: (env: Env) => Promise<ConsoleDeps>): Hono<ConsoleEnv> {
  const app = new Hono<ConsoleEnv>();
  app.use(securityHeaders);
  app.use(async (c, next) => {
    c.set("deps", await resolve(c.env));
    await next();
  });
  // After deps, so its 403 gets the console's page like every other refusal.
  app.use(csrf());

  homeRoutes(app);
  applicationRoutes(app);
  mentorRoutes(app);
  signInRoutes(app);
  broadcastRoutes(app);
  fairRoutes(app);
  faqRoutes(app);
  app.all("*", () => refuse("not-found"));

  app.onError((error, c) => {
    // The domain refusing her (outside her scope, admins only) is a page that does not exist for her:
    // nothing reveals what lies outside a scope.
    if (error instanceof NotAllowedError) return c.html(notFound(c.get("deps")), 404);
    // Anything but an HTTP error goes on to the Worker's handler, which logs it once.
    if (!(error instanceof HTTPException)) throw error;
    const reason = refusalOf(error);
    if (!reason) return error.getResponse();
    const deps = c.get("deps");
    if (!deps) throw error;
    return c.html(<RefusalPage reason={reason} i18n={deps.i18n} bot={deps.bot} />, refusalStatus(reason));
  });
  return app;
}

function notFound(deps: ConsoleDeps | undefined) {
  if (!deps) throw new HTTPException(404);
  return <RefusalPage reason="not-found" i18n={deps.i18n} bot={deps.bot} />;
}
