/** What the console is given: storage, staff list, keys, clock, translations (built by runtime-deps.ts). */
import type { Deps } from "../deps.ts";
import type { I18n } from "../i18n.ts";
import type { SessionDeps } from "./auth/session.ts";

/** The console's dependencies; tests build their own (another clock, another STAFF). */
export interface ConsoleDeps extends SessionDeps {
  i18n: I18n;
  /** Zone for the times the pages show (TIMEZONE). */
  timeZone: string;
  /** How pages name the bot: its @username. */
  bot: string;
  /** The one deps object of the domain functions at a time (the Worker's `runtime.deps`), so pages act as the chat commands do. */
  domain(now: number): Deps;
}
