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
  /**
   * The one deps object of the chat's domain functions (src/deps.ts) at a time: the pages call the
   * same functions as the chat commands, with the signed-in staff member as the actor.
   */
  domain(now: number): Deps;
}
