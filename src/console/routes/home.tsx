/** The console's overview (its root), behind a session. */
import type { Hono } from "hono";
import { acting } from "../acting.ts";
import type { ConsoleEnv } from "../env.ts";
import { requireSession } from "../guard.ts";
import { overviewFor } from "../overview.ts";
import { OverviewPage } from "../views/overview.tsx";

/** Adds GET / (the console's root): the overview in her scope. */
export function homeRoutes(app: Hono<ConsoleEnv>): void {
  app.get("/", requireSession, async (c) => {
    const a = acting(c);
    const data = await overviewFor(a.deps, a.by);
    return c.html(
      <OverviewPage
        t={a.t}
        locale={a.locale}
        session={a.session}
        csrf={await a.csrf()}
        timeZone={a.timeZone}
        data={data}
      />,
    );
  });
}
