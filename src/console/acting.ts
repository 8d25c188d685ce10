/** What a page needs to act for the signed-in staff member: the domain's deps at this request's time, her id, her words. */
import type { Context } from "hono";
import type { Deps } from "../deps.ts";
import type { Locale } from "../i18n.ts";
import type { PersonId } from "../people/id.ts";
import type { StaffMember } from "../staff/roles.ts";
import { csrfToken } from "./auth/csrf.ts";
import type { Session } from "./auth/session.ts";
import type { ConsoleEnv } from "./env.ts";
import { type Text, textIn } from "./text.ts";

/** The actor and her tools for one request (after requireSession). */
export interface Acting {
  /** The one deps object, with this request's clock reading. */
  deps: Deps;
  /** Her id: every domain call names her as the actor, so scope and audit are the chat's. */
  by: PersonId;
  staff: StaffMember;
  session: Session;
  locale: Locale;
  t: Text;
  timeZone: string;
  /** The session's CSRF token, for the page's forms. */
  csrf(): Promise<string>;
}

/** The signed-in staff member's acting context. */
export function acting(c: Context<ConsoleEnv>): Acting {
  const { deps, session, locale } = c.var;
  return {
    deps: deps.domain(deps.now()),
    by: session.staff.id,
    staff: session.staff,
    session,
    locale,
    t: textIn(deps.i18n, locale),
    timeZone: deps.timeZone,
    csrf: () => csrfToken(deps.keys.csrf, session.sid),
  };
}
