/** How a subscription reads and what options it has: regions and topics in her language, the topic toggles, the manage options. */
import type { InlineKeyboard } from "grammy";
import type { Conversation } from "../../src/channel/conversation.ts";
import { buttonOf, option, type ScreenItem } from "../../src/channel/screen.ts";
import type { TArgs } from "../../src/i18n.ts";
import { regionLabel } from "../../src/regions/index.ts";
import type { Subscription } from "../../src/subscriptions/store.ts";
import { TOPICS, type Topic } from "../../src/subscriptions/topics.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import { inlineKeyboard } from "../../src/telegram/keyboard.ts";

/** Her conversation's words, or a Telegram context's. */
export type SubWords =
  | Pick<Conversation, "locale" | "t" | "text">
  | Pick<BotContext, "locale" | "t" | "tText">;

/** Plain translation from either. */
function plain(w: SubWords, key: string, args?: TArgs): string {
  return "tText" in w ? w.tText(key, args) : w.text(key, args);
}

/** Regions in the user's language, e.g. "潍坊市 · 青州市、东营市". */
export function regionsText(w: SubWords, codes: readonly string[]): string {
  return codes.map((c) => regionLabel(c, w.locale)).join(w.locale === "en" ? "; " : "、");
}

/** Topics in the user's language. */
export function topicsText(w: SubWords, topics: readonly Topic[]): string {
  return topics.map((t) => plain(w, `sub-topic-${t}`)).join(w.locale === "en" ? ", " : "、");
}

/** Topic toggles (numbered, as typed answers use the numbers) and the confirm option. */
export function topicRows(w: SubWords, selected: readonly Topic[]): ScreenItem[][] {
  const rows = TOPICS.map((t, i) => {
    const mark = selected.includes(t) ? "✅" : "⬜";
    return [option(`${mark} ${i + 1} ${plain(w, `sub-topic-${t}`)}`, `sub:t:${t}`)];
  });
  return [...rows, [option(plain(w, "sub-button-confirm"), "sub:t:ok")]];
}

/** Options under /mysubs and confirmations: change regions, change topics, stop. */
export function manageRows(w: SubWords, sub: Subscription): ScreenItem[][] {
  if (sub.regions.length === 0) return [[option(plain(w, "sub-button-subscribe"), "sub:start")]];
  const rows: ScreenItem[][] = [];
  if (sub.status === "stopped") rows.push([option(plain(w, "sub-button-resume"), "sub:resume")]);
  rows.push(
    [option(plain(w, "sub-button-change"), "sub:start"), option(plain(w, "sub-button-topics"), "sub:topics")],
    [option(plain(w, "sub-button-stop"), "sub:stop")],
  );
  return rows;
}

const keyboardOf = (rows: ScreenItem[][]) => inlineKeyboard(rows.map((row) => row.map(buttonOf)));

/** The topic toggles as a Telegram keyboard. */
export function topicKeyboard(ctx: BotContext, selected: readonly Topic[]): InlineKeyboard {
  return keyboardOf(topicRows(ctx, selected));
}

/** The manage options as a Telegram keyboard. */
export function manageKeyboard(ctx: BotContext, sub: Subscription): InlineKeyboard {
  return keyboardOf(manageRows(ctx, sub));
}

/** The /mysubs text: regions and topics, or a note that there are none. */
export function mySubsText(w: SubWords, sub: Subscription): string {
  if (sub.regions.length === 0) return w.t("sub-none");
  const lines = [
    w.t("sub-mysubs", { regions: regionsText(w, sub.regions), topics: topicsText(w, sub.topics) }),
  ];
  if (sub.status === "stopped") lines.push("", w.t("sub-paused"));
  return lines.join("\n");
}
