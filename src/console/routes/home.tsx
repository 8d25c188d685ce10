/** The console's home page, behind a session. */
import type { Hono } from "hono";
import { csrfToken } from "../auth/csrf.ts";
import type { ConsoleEnv } from "../env.ts";
import { requireSession } from "../guard.ts";
import { textIn } from "../text.ts";
import { HomePage } from "../views/home.tsx";

/** Adds GET / (the console's root). */
export function homeRoutes(app: Hono<ConsoleEnv>): void {
  app.get("/", requireSession, async (c) => {
    const { deps, session, locale } = c.var;
    return c.html(
      <HomePage
        t={textIn(deps.i18n, locale)}
        locale={locale}
        session={session}
        csrf={await csrfToken(deps.keys.csrf, session.sid)}
        timeZone={deps.timeZone}
      />,
    );
  });
}
