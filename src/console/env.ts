/** The console's Hono environment: the Worker's bindings plus what its middleware sets per request. */
import type { Env } from "../env.ts";
import type { Locale } from "../i18n.ts";
import type { Session } from "./auth/session.ts";
import type { ConsoleDeps } from "./deps.ts";

export type ConsoleEnv = {
  Bindings: Env;
  Variables: {
    deps: ConsoleDeps;
    /** Set by requireSession. */
    session: Session;
    /** The signed-in staff member's language (set by requireSession). */
    locale: Locale;
  };
};
