/** One WeChat push as a turn: her stored state loaded with the dedupe claim, her answers collected, what changed written back. */
import { rememberAnswer, repeatsAnswer } from "../channel/last-choice.ts";
import { LAST_SCREEN_MS, lastScreen } from "../channel/last-screen.ts";
import { chooseOption, messageOf, type Screen } from "../channel/screen.ts";
import type { OutgoingMessage } from "../channel/types.ts";
import type { Deps } from "../deps.ts";
import { type I18n, type Locale, recipientLocale } from "../i18n.ts";
import { logError } from "../log.ts";
import type { WechatId } from "../people/id.ts";
import { loadUpdateState, saveUpdateState, type UpdateState } from "../store/state.ts";
import { toHex, utf8 } from "./bytes.ts";
import type { WechatIntent, WechatTurn } from "./feature.ts";
import { dedupeKey, type Inbound } from "./inbound.ts";
import { wechatKeys, wechatTtl } from "./keys.ts";
import { repliesText, wechatWords } from "./render.ts";
import { windowOpened } from "./window.ts";

const HOUR = 3600_000;

/**
 * The one rule for WeChat's wording: a message with a WeChat variant (`<key>-wechat`, « 回复数字 »
 * where Telegram says « 点按钮 ») is read in that variant; both locales have the same keys.
 */
export function wechatKey(i18n: Pick<I18n, "has">, locale: Locale, key: string): string {
  const variant = `${key}-wechat`;
  return i18n.has(locale, variant) ? variant : key;
}

/**
 * The messages as WeChat reads them: every key in its WeChat variant when it has one (wechatKey),
 * whoever formats it (a handler, or a domain function given the turn's deps), so no text written for
 * buttons reaches a WeChat reply.
 */
export function wechatI18n(i18n: I18n): I18n {
  return {
    t: (locale, key, args) => i18n.t(locale, wechatKey(i18n, locale, key), args),
    text: (locale, key, args) => i18n.text(locale, wechatKey(i18n, locale, key), args),
    has: (locale, key) => i18n.has(locale, key),
    keys: (locale) => i18n.keys(locale),
  };
}

/** Her turn, built from what storage holds about her (or nothing, when storage is down). */
export function createTurn(
  deps: Deps,
  person: WechatId,
  inbound: Inbound,
  state: UpdateState | null,
): WechatTurn {
  const replies: OutgoingMessage[] = [];
  const i18n = wechatI18n(deps.i18n);
  const turn: WechatTurn & { replies: OutgoingMessage[] } = {
    deps: { ...deps, i18n },
    person,
    inbound,
    locale: recipientLocale(state?.profile?.locale, undefined),
    session: state?.session ?? {},
    profile: state?.profile ?? null,
    profileChanges: {},
    storageOk: state !== null,
    profileDeleted: false,
    i18n,
    t: (key, args) => i18n.t(turn.locale, key, args),
    text: (key, args) => i18n.text(turn.locale, key, args),
    reply(what) {
      replies.push("rows" in what ? messageOf(what as Screen) : what);
    },
    replies,
  };
  return turn;
}

/** The replies collected so far (the list itself: the error boundary empties it). */
export function repliesOf(turn: WechatTurn): OutgoingMessage[] {
  return (turn as WechatTurn & { replies: OutgoingMessage[] }).replies;
}

/**
 * What she did, read from the push: a typed text that names an option of the screen she was last
 * shown (within LAST_SCREEN_MS) is that option chosen (and remembered, as is a text a form step
 * took, see door.ts); the same text again soon after, choosing nothing now, is a double send; a
 * voice message WeChat transcribed is text.
 */
export function intentOf(inbound: Inbound, turn: Pick<WechatTurn, "session" | "deps">): WechatIntent {
  switch (inbound.kind) {
    case "text":
    case "voice": {
      const text = inbound.kind === "text" ? inbound.text : inbound.recognition;
      if (text === undefined || text.trim() === "") return { kind: "other", inbound };
      const shown = lastScreen.get(turn.session);
      if (shown && turn.deps.now - shown.at <= LAST_SCREEN_MS) {
        const chosen = chooseOption(
          shown.o.map((o) => ({ action: o.a, names: o.n })),
          text,
        );
        if (chosen) {
          rememberAnswer(turn.session, text, turn.deps.now);
          return { kind: "press", action: chosen.action, via: "typed" };
        }
      }
      if (repeatsAnswer(turn.session, text, turn.deps.now)) return { kind: "repeat", text };
      return { kind: "text", text };
    }
    case "subscribe":
      return inbound.scene ? { kind: "start", payload: inbound.scene, how: "follow" } : { kind: "follow" };
    case "scan":
      return { kind: "start", payload: inbound.scene, how: "scan" };
    case "unsubscribe":
      return { kind: "unfollow" };
    case "click":
      return { kind: "press", action: inbound.key, via: "menu" };
    default:
      return { kind: "other", inbound };
  }
}

/** Which customer-service allowance a push opens: her messages and transcribed voice 48 hours, a follow, scan or click a minute. */
function opens(inbound: Inbound): "message" | "event" | null {
  switch (inbound.kind) {
    case "subscribe":
    case "scan":
    case "click":
      return "event";
    case "unsubscribe":
    case "view":
      return null;
    case "other":
      return inbound.msgType === "event" ? null : "message";
    default:
      return "message";
  }
}

/** The claim of a push (SET NX): its dedupe key hashed, so no openid is spelled out in a key that /delete cannot reach. */
export async function claimKey(inbound: Inbound): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-1", utf8(dedupeKey(inbound)));
  return wechatKeys.dedupe(toHex(digest));
}

/** Loads her state with the push's claim; null when storage cannot be reached (she is answered anyway). */
export async function loadTurnState(
  deps: Deps,
  person: WechatId,
  inbound: Inbound,
): Promise<UpdateState | null> {
  try {
    const claim = { key: await claimKey(inbound), ttl: wechatTtl.dedupe };
    return await loadUpdateState(deps.redis, { claim, chatId: person, userId: person });
  } catch (error) {
    logError("wechat_state_load_failed", error);
    return null;
  }
}

/**
 * Ends the turn: her answers as WeChat texts (options numbered across them), the options kept for
 * her next typed answer, and what changed (profile touch, her window, the session) written back in
 * one round trip. A push that is not hers to keep (an unfollow by someone unknown, an erasure)
 * writes nothing.
 */
export async function finishTurn(turn: WechatTurn, before: string): Promise<string[]> {
  const { deps } = turn;
  const { texts, options } = repliesText(repliesOf(turn), wechatWords(deps.i18n, turn.locale));
  if (repliesOf(turn).length > 0) {
    if (options.length > 0) {
      lastScreen.set(turn.session, {
        at: deps.now,
        o: options
          .slice(0, 40)
          .map((o) => ({ a: o.action, n: o.names.slice(0, 8).map((n) => n.slice(0, 120)) })),
      });
    } else lastScreen.clear(turn.session);
  }
  if (!turn.storageOk || turn.profileDeleted) return texts;
  const changes = turn.profileChanges;
  const kind = opens(turn.inbound);
  if (turn.inbound.kind !== "unsubscribe" || turn.profile) {
    // A new person's profile starts active; what a handler set for this push stays as set.
    const fresh = turn.profile ? {} : { created: deps.now, seen: deps.now, status: "active" };
    for (const [name, value] of Object.entries(fresh)) changes[name] ??= value;
    if (turn.profile && deps.now - turn.profile.seen > HOUR) changes.seen ??= deps.now;
    if (kind) Object.assign(changes, windowOpened(kind, deps.now));
  }
  const after = JSON.stringify(turn.session);
  try {
    await saveUpdateState(
      deps.redis,
      { chatId: turn.person, userId: turn.person },
      { session: after === before ? undefined : turn.session, profile: changes },
    );
  } catch (error) {
    logError("wechat_state_save_failed", error);
  }
  return texts;
}
