/** What a feature contributes to the WeChat door: handlers for what she did (typed, chose, followed, scanned, pressed the menu). */

import type { Screen } from "../channel/screen.ts";
import type { OutgoingMessage } from "../channel/types.ts";
import type { Deps } from "../deps.ts";
import type { I18n, Locale, TArgs } from "../i18n.ts";
import type { WechatId } from "../people/id.ts";
import type { Profile } from "../people/profile.ts";
import type { Session } from "../store/session.ts";
import type { Inbound } from "./inbound.ts";

/**
 * What she did, as the door reads it:
 * - `text`: she typed something that is no option of her last screen;
 * - `press`: she chose an option (its number, label or answer typed) or pressed a menu button: the
 *   same action (callback data) a Telegram button carries, so one handler serves both channels;
 * - `start`: a poster's scene (following through it, or scanning it), the same payloads as
 *   Telegram's deep links (`sub_370700`, `fair_12`, `signup`);
 * - `follow`: she followed without a scene; `unfollow`: she left (nothing can be sent to her);
 * - `other`: a picture, a voice message, a location… (kept with its fields).
 */
export type WechatIntent =
  | { kind: "text"; text: string }
  | { kind: "press"; action: string; via: "typed" | "menu" }
  /** The typed text that chose an option a moment ago, sent again (and choosing nothing now). */
  | { kind: "repeat"; text: string }
  | { kind: "start"; payload: string; how: "follow" | "scan" }
  | { kind: "follow" }
  | { kind: "unfollow" }
  | { kind: "other"; inbound: Inbound };

/** One push being answered: who she is, what is stored about her, and what she is told. */
export interface WechatTurn {
  /** This push's deps; their i18n reads WeChat's wording (wechatI18n), for domain functions too. */
  deps: Deps;
  person: WechatId;
  inbound: Inbound;
  /** Her language by the one rule: her explicit choice, else zh-CN (WeChat reports none). */
  locale: Locale;
  session: Session;
  profile: Profile | null;
  /** Profile fields written back with the session at the end of the push. */
  profileChanges: Record<string, string | number>;
  /** False when Redis could not be reached: handlers answer but cannot save. */
  storageOk: boolean;
  /** Set by an erasure (/delete), so nothing is written back. */
  profileDeleted: boolean;
  i18n: I18n;
  /** HTML-safe translation in her language. */
  t(key: string, args?: TArgs): string;
  /** Plain translation (option labels). */
  text(key: string, args?: TArgs): string;
  /**
   * Answers her with a screen (or any outgoing message). Everything answered in one push goes out
   * as one WeChat text when it fits (the passive reply), options numbered across it.
   */
  reply(what: Screen | OutgoingMessage): void;
  /** Her language was just changed: each feature shows its open step again in it (set by the dispatch). */
  languageChanged?: () => Promise<void>;
}

/** Handles an intent; true when it did (the dispatch stops there). */
export type WechatHandler = (turn: WechatTurn, intent: WechatIntent) => Promise<boolean> | boolean;

/**
 * A feature's WeChat part, registered beside its Telegram composer in src/features.ts and run in
 * the same order: every feature's `first`, then every `handle` in feature order, then every
 * `fallback` in reverse order (the basics have the last word).
 */
export interface WechatFeature {
  first?: WechatHandler;
  handle?: WechatHandler;
  fallback?: WechatHandler;
  /** After her language changed mid-push: an open form's question again, in her new language. */
  onLanguageChange?: (turn: WechatTurn) => Promise<void>;
}
