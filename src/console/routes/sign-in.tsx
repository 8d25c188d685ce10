/** The ways in (Mini App initData, one-time link) and the way out; all end in, or end, the same session. */
import type { Context, Hono } from "hono";
import { checkInitData } from "../auth/init-data.ts";
import { endSession, type SignInWay, staffNow, startSession } from "../auth/session.ts";
import { claimSignInLink, peekSignInLink } from "../auth/sign-in-link.ts";
import type { ConsoleEnv } from "../env.ts";
import { requireCsrf, requireSession } from "../guard.ts";
import { consolePaths } from "../paths.ts";
import { refuse } from "../refusal.ts";
import { LinkPage, SignedOutPage, WebAppPage } from "../views/sign-in.tsx";

/** Signs in an id that is staff now, with the Telegram language seen, and goes to the console's home. */
async function signIn(c: Context<ConsoleEnv>, id: number, lang: string | undefined, via: SignInWay) {
  const deps = c.var.deps;
  if (!staffNow(deps.staff, id)) refuse("not-staff");
  await startSession(c, deps, id, lang ?? "", via);
  // 303: the browser follows with a GET, and from our own page, so the SameSite=Strict cookie goes along.
  return c.redirect(consolePaths.home, 303);
}

/** Adds the sign-in and sign-out routes (paths relative to the console's root). */
export function signInRoutes(app: Hono<ConsoleEnv>): void {
  app.get("/app", (c) => c.html(<WebAppPage i18n={c.var.deps.i18n} bot={c.var.deps.bot} />));

  app.post("/auth/webapp", async (c) => {
    const form = await c.req.parseBody();
    const initData = typeof form.init_data === "string" ? form.init_data : "";
    const checked = await checkInitData(initData, c.var.deps.keys.webApp, c.var.deps.now());
    if (!checked.ok) refuse("webapp");
    return signIn(c, checked.user.id, checked.user.language_code, "webapp");
  });

  app.get("/auth/link/:token", async (c) => {
    const token = c.req.param("token");
    if (!(await peekSignInLink(c.var.deps.redis, token, c.var.deps.now()))) refuse("link");
    return c.html(<LinkPage i18n={c.var.deps.i18n} token={token} />);
  });

  app.post("/auth/link/:token", async (c) => {
    const grant = await claimSignInLink(c.var.deps.redis, c.req.param("token"), c.var.deps.now());
    if (!grant) refuse("link");
    return signIn(c, grant.id, grant.lang, "link");
  });

  app.post("/auth/signout", requireSession, requireCsrf, async (c) => {
    await endSession(c, c.var.deps, c.var.session);
    return c.redirect(consolePaths.signedOut, 303);
  });

  app.get("/signed-out", (c) => c.html(<SignedOutPage i18n={c.var.deps.i18n} bot={c.var.deps.bot} />));
}
