/** A conversation with one person on any channel: what a form's steps read and how they show her its screens. */
import type { Deps } from "../deps.ts";
import type { Locale, TArgs } from "../i18n.ts";
import type { PersonId } from "../people/id.ts";
import type { Profile } from "../people/profile.ts";
import type { Session } from "../store/session.ts";
import type { Screen } from "./screen.ts";

/**
 * One person's conversation, for the forms (subscription picker, mentor sign-up) to be written once:
 * their steps read her state here and answer through `show`, and each channel (Telegram's composer,
 * WeChat's part) builds one around its own update (handlers/shared/conversation.ts). Field names are
 * those of Telegram's context, so a helper that only reads (`deps`, `locale`, `profile`…) takes either.
 */
export interface Conversation {
  deps: Deps;
  person: PersonId;
  locale: Locale;
  session: Session;
  profile: Profile | null;
  /** False when Redis could not be reached: steps answer but cannot save. */
  storageOk: boolean;
  /**
   * True where options are buttons that stay under a message and can be edited in place (Telegram): long
   * lists are paged and a notice about a press is an alert on it. False where they are numbered
   * in text (WeChat): lists are shown whole, so every number she types is one item, and a screen
   * is shown again after a notice, so its numbers stay hers to type.
   */
  buttons: boolean;
  /** HTML-safe translation in her language (on WeChat, a key's `-wechat` variant when it has one). */
  t(key: string, args?: TArgs): string;
  /** Plain translation (option labels, alerts). */
  text(key: string, args?: TArgs): string;
  /**
   * Shows a screen. `edit`: in place of the message whose option she pressed, where the channel can
   * (Telegram, a fresh message), else as a new message. `contact`: the screen asks for her phone
   * number; a channel that can ask for it with a button of its own (Telegram's reply keyboard)
   * offers that instead of the screen's options.
   */
  show(s: Screen, opts?: { edit?: boolean; contact?: { share: string; back: string } }): Promise<void>;
  /** A plain message; `dropKeyboard`: it also takes away the phone question's keyboard (Telegram). */
  say(html: string, opts?: { dropKeyboard?: boolean }): Promise<void>;
  /** Only the options' state changed (a toggle): Telegram redraws the pressed keyboard, WeChat shows the screen again. */
  redraw(s: Screen): Promise<void>;
  /** A short notice about a press (Telegram: an alert on the button; WeChat: a message). */
  alert(text: string): Promise<void>;
  /** A question typed mid-form, answered only when the FAQ is sure; true when it was. */
  ask(text: string): Promise<boolean>;
}
