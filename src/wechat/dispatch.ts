/** The WeChat door's dispatch: an intent through every feature's WeChat part, in the features' order, inside an error boundary. */
import { logError } from "../log.ts";
import { restoreSession } from "../store/session.ts";
import type { WechatFeature, WechatIntent, WechatTurn } from "./feature.ts";
import { repliesOf } from "./turn.ts";

/**
 * Runs an intent through the features: every `first` in feature order, then every `handle`, then
 * every `fallback` in reverse order; the first handler that takes it ends the dispatch, and the
 * stage it was taken in is returned (null: nobody, or a handler failed). A failing
 * handler costs her nothing but an apology: her answers so far are dropped, the session goes back
 * to what it was (the conversation stays where it was, so trying again repeats the step), and the
 * push is acknowledged (WeChat would only retry it).
 */
export async function dispatchIntent(
  features: readonly WechatFeature[],
  turn: WechatTurn,
  intent: WechatIntent,
): Promise<"first" | "handle" | "fallback" | null> {
  const before = structuredClone(turn.session);
  turn.languageChanged = async () => {
    for (const f of features) await f.onLanguageChange?.(turn);
  };
  try {
    for (const f of features) if (f.first && (await f.first(turn, intent))) return "first";
    for (const f of features) if (f.handle && (await f.handle(turn, intent))) return "handle";
    for (const f of [...features].reverse())
      if (f.fallback && (await f.fallback(turn, intent))) return "fallback";
    return null;
  } catch (error) {
    logError("wechat_turn_failed", error, { intent: intent.kind });
    restoreSession(turn.session, before);
    turn.profileChanges = {};
    repliesOf(turn).length = 0;
    turn.reply({ html: turn.t("wechat-error") });
    return null;
  }
}
