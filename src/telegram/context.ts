/** The bot's context: grammY's, plus what the middleware adds before any feature runs. */
import type { Context } from "grammy";
import type { Deps } from "../deps.ts";
import type { Locale, TArgs } from "../i18n.ts";
import type { Profile } from "../people/profile.ts";
import type { StaffMember } from "../staff/roles.ts";
import type { Session } from "../store/session.ts";
import type { BotCommandSpec } from "./command-list.ts";

/** Everything the middleware adds to grammY's context before features run. */
export interface JinguoFlavor {
  /** The one deps object of this update, for the domain functions it calls. */
  deps: Deps;
  /** Answers a question about what is coming up or her own case from a feature's live view; true when one did. */
  answerLive(text: string): Promise<boolean>;
  /** Tells every feature that her language changed (a form asks its open question again). */
  languageChanged(): Promise<void>;
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
  /** The features' commands (the one list), for /help. */
  commands: readonly BotCommandSpec[];
}

export type BotContext = Context & JinguoFlavor;
