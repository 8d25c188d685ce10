/** How a subscription reads and what buttons it has: regions and topics in her language, the manage keyboard. */
import { InlineKeyboard } from "grammy";
import { regionLabel } from "../../src/regions/index.ts";
import type { Subscription } from "../../src/subscriptions/store.ts";
import { TOPICS, type Topic } from "../../src/subscriptions/topics.ts";
import type { BotContext } from "../../src/telegram/context.ts";

/** Regions in the user's language, e.g. "潍坊市 · 青州市、东营市". */
export function regionsText(ctx: BotContext, codes: readonly string[]): string {
  return codes.map((c) => regionLabel(c, ctx.locale)).join(ctx.locale === "en" ? "; " : "、");
}

/** Topics in the user's language. */
export function topicsText(ctx: BotContext, topics: readonly Topic[]): string {
  return topics.map((t) => ctx.tText(`sub-topic-${t}`)).join(ctx.locale === "en" ? ", " : "、");
}

/** Topic toggles (numbered, as typed answers use the numbers) and the confirm button. */
export function topicKeyboard(ctx: BotContext, selected: readonly Topic[]): InlineKeyboard {
  const kb = new InlineKeyboard();
  TOPICS.forEach((t, i) => {
    const mark = selected.includes(t) ? "✅" : "⬜";
    kb.text(`${mark} ${i + 1} ${ctx.tText(`sub-topic-${t}`)}`, `sub:t:${t}`).row();
  });
  return kb.text(ctx.tText("sub-button-confirm"), "sub:t:ok");
}

/** Buttons under /mysubs and confirmations: change regions, change topics, stop. */
export function manageKeyboard(ctx: BotContext, sub: Subscription): InlineKeyboard {
  const kb = new InlineKeyboard();
  if (sub.regions.length === 0) return kb.text(ctx.tText("sub-button-subscribe"), "sub:start");
  if (sub.status === "stopped") kb.text(ctx.tText("sub-button-resume"), "sub:resume").row();
  return kb
    .text(ctx.tText("sub-button-change"), "sub:start")
    .text(ctx.tText("sub-button-topics"), "sub:topics")
    .row()
    .text(ctx.tText("sub-button-stop"), "sub:stop");
}

/** The /mysubs text: regions and topics, or a note that there are none. */
export function mySubsText(ctx: BotContext, sub: Subscription): string {
  if (sub.regions.length === 0) return ctx.t("sub-none");
  const lines = [
    ctx.t("sub-mysubs", { regions: regionsText(ctx, sub.regions), topics: topicsText(ctx, sub.topics) }),
  ];
  if (sub.status === "stopped") lines.push("", ctx.t("sub-paused"));
  return lines.join("\n");
}
