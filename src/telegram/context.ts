import type { Context } from "grammy";
import type { Config } from "../config.ts";
import type { I18n, Locale, TArgs } from "../i18n.ts";
import type { StaffMember } from "../staff/roles.ts";
import type { Profile } from "../store/profile.ts";
import type { Redis } from "../store/redis.ts";
import type { Session } from "../store/state.ts";

/** What the bot factory is given: storage, clock and the broadcast queue, so tests can swap them. */
export interface BotDeps {
  redis: Redis;
  i18n: I18n;
  now?: () => number;
  queue?: Queue<unknown> | undefined;
}

/** Everything the middleware adds to grammY's context before features run. */
export interface JinguoFlavor {
  config: Config;
  deps: BotDeps & { now: () => number };
  locale: Locale;
  /** HTML-safe translation: string arguments are escaped. */
  t: (key: string, args?: TArgs) => string;
  /** Plain translation for button labels and callback alerts. */
  tText: (key: string, args?: TArgs) => string;
  session: Session;
  profile: Profile | null;
  /** Profile fields to write back at the end of the update, in the same round trip as the session. */
  profileChanges: Record<string, string | number>;
  /** False when Redis could not be reached: handlers answer but cannot save. */
  storageOk: boolean;
  /** Set by /delete so the end of the update writes nothing back. */
  profileDeleted?: boolean;
  /** Set by the error boundary: the conversation stays where it was, so "try again" repeats the step. */
  failed?: boolean;
  staff: StaffMember | null;
}

export type BotContext = Context & JinguoFlavor;
