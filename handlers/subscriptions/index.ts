/** Alert subscriptions in chat: /subscribe, /mysubs, /stop and stop words, sub_ deep links, a blocked bot. */
import { Composer, InlineKeyboard } from "grammy";
import { SHORT_WHILE_MS } from "../../src/channel/message-age.ts";
import { markGone } from "../../src/people/gone.ts";
import { regionLabel } from "../../src/regions/index.ts";
import { asksAboutTraining } from "../../src/subscriptions/asked.ts";
import { subscriptionForm } from "../../src/subscriptions/form.ts";
import {
  isSubscriptionLink,
  linkedRegion,
  linkScreen,
  subscribeByLink,
} from "../../src/subscriptions/link.ts";
import { asksToStop, isStopWord } from "../../src/subscriptions/stop-words.ts";
import {
  alertsOn,
  readSubscription,
  removeRegion,
  resumeAlerts,
  stopAlerts,
} from "../../src/subscriptions/store.ts";
import { isTopic } from "../../src/subscriptions/topics.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import type { TelegramFeature } from "../../src/telegram/feature.ts";
import { screenKeyboard } from "../../src/telegram/keyboard.ts";
import { telegramConversation } from "../shared/conversation.ts";
import { introAfterLink, withIntro } from "../shared/main-menu.ts";
import { confirmPress, pressedOldMessage, undoExpired } from "../shared/old-press.ts";
import { parsePick, pickerPattern, turnPickerPage } from "../shared/region-picker.ts";
import { stale } from "../shared/stale.ts";
import { onFormPress, onFormText, PREFIX, startFlow } from "./form.ts";
import { manageKeyboard, mySubsText, regionsText } from "./view.ts";

const composer = new Composer<BotContext>();
const pm = composer.chatType("private");

// The user blocked the bot: no reply is possible, and every later send must skip her.
pm.on("my_chat_member", async (ctx, next) => {
  const status = ctx.myChatMember.new_chat_member.status;
  if (status !== "kicked" && status !== "left") return next();
  // Nothing stored about an unknown user: keep it that way instead of creating a profile.
  if (!ctx.profile) ctx.profileDeleted = true;
  else await markGone(ctx.deps.redis, ctx.from.id, ctx.deps.now);
});

async function stopAll(ctx: BotContext): Promise<void> {
  subscriptionForm.clear(ctx.session);
  if (!ctx.storageOk) return void (await ctx.reply(ctx.t("storage-unavailable")));
  await stopAlerts(
    ctx.deps.redis,
    ctx.from!.id,
    readSubscription(ctx.profile?.raw),
    ctx.deps.now,
    ctx.deps.config.TIMEZONE,
  );
  const kb = new InlineKeyboard().text(ctx.tText("sub-button-resubscribe"), "sub:start");
  await ctx.reply(ctx.t("sub-stopped"), { parse_mode: "HTML", reply_markup: kb });
}

// /start sub_<code>: a poster's one-tap subscription to that region's job fairs (src/subscriptions/link.ts).
pm.command("start", async (ctx, next) => {
  const payload = ctx.match.trim();
  if (!isSubscriptionLink(payload)) return next();
  if (!ctx.storageOk && linkedRegion(payload)) return void (await ctx.reply(ctx.t("storage-unavailable")));
  // A newcomer learns, after the confirmation, what else the bot does.
  const intro = introAfterLink(ctx);
  const outcome = await subscribeByLink(
    ctx.deps.redis,
    ctx.from.id,
    ctx.profile?.raw,
    payload,
    ctx.deps.now,
    ctx.deps.config.TIMEZONE,
  );
  const view = linkScreen(ctx.deps.i18n, ctx.locale, outcome);
  const m = withIntro(outcome.kind === "already" ? null : intro, view.html, screenKeyboard(view));
  await ctx.reply(m.html, { parse_mode: "HTML", reply_markup: m.reply_markup });
});

pm.command("subscribe", (ctx) => startFlow(telegramConversation(ctx), { source: "subscribe" }));
pm.command("stop", stopAll);
pm.command("mysubs", async (ctx) => {
  const sub = readSubscription(ctx.profile?.raw);
  await ctx.reply(mySubsText(ctx, sub), { parse_mode: "HTML", reply_markup: manageKeyboard(ctx, sub) });
});
pm.on("message:text").filter((ctx) => isStopWord(ctx.message.text), stopAll);
// "我要退订" in a sentence: one tap to confirm rather than a stop on a guess (or « I didn't understand »).
pm.on("message:text").filter(
  (ctx) => asksToStop(ctx.message.text),
  async (ctx) => {
    const sub = readSubscription(ctx.profile?.raw);
    if (sub.status !== "active" || sub.regions.length === 0) {
      return void (await ctx.reply(mySubsText(ctx, sub), {
        parse_mode: "HTML",
        reply_markup: manageKeyboard(ctx, sub),
      }));
    }
    const kb = new InlineKeyboard().text(ctx.tText("sub-button-stop"), "sub:stop");
    await ctx.reply(ctx.t("sub-stop-ask"), { reply_markup: kb });
  },
);

pm.callbackQuery("menu:subscribe", async (ctx) => {
  await ctx.answerCallbackQuery();
  const sub = readSubscription(ctx.profile?.raw);
  if (sub.regions.length === 0) return startFlow(telegramConversation(ctx), { source: "menu" });
  await ctx.reply(mySubsText(ctx, sub), { parse_mode: "HTML", reply_markup: manageKeyboard(ctx, sub) });
});

pm.callbackQuery(["sub:start", "sub:topics"], async (ctx) => {
  await ctx.answerCallbackQuery();
  await startFlow(telegramConversation(ctx), {
    source: "mysubs",
    topicsOnly: ctx.callbackQuery.data === "sub:topics",
  });
});

// « 订阅招聘会提醒 », « 订阅培训消息 » under a list or an answer: that topic ticked, for her to confirm.
pm.callbackQuery(/^sub:want:(\w+)$/, async (ctx) => {
  const topic = ctx.match[1]!;
  if (!isTopic(topic)) return stale(ctx);
  await ctx.answerCallbackQuery();
  await startFlow(telegramConversation(ctx), { source: `want-${topic}`, topicsOnly: true, want: topic });
});

pm.callbackQuery("sub:stop", async (ctx) => {
  await ctx.answerCallbackQuery();
  await stopAll(ctx);
});

pm.callbackQuery("sub:resume", async (ctx) => {
  const sub = readSubscription(ctx.profile?.raw);
  if (sub.status !== "stopped" || sub.regions.length === 0) return stale(ctx);
  await resumeAlerts(ctx.deps.redis, ctx.from.id);
  await ctx.answerCallbackQuery();
  await ctx.reply(ctx.t("sub-resumed"));
});

// The undo under a poster link's confirmation works for a short while; after that it says so and
// points to /mysubs, changing nothing (alerts may have come since: she is not silently unsubscribed).
pm.callbackQuery(/^sub:undo:(\d{6})$/, async (ctx) => {
  const code = ctx.match[1]!;
  const sub = readSubscription(ctx.profile?.raw);
  if (pressedOldMessage(ctx)) {
    const minutes = SHORT_WHILE_MS / 60_000;
    const html = `${ctx.t("sub-undo-expired", { minutes })}\n\n${mySubsText(ctx, sub)}`;
    const notice = ctx.tText("sub-undo-expired-short", { minutes });
    return undoExpired(ctx, notice, html, manageKeyboard(ctx, sub));
  }
  if (!sub.regions.includes(code)) return stale(ctx);
  await removeRegion(ctx.deps.redis, ctx.from.id, sub, code);
  await ctx.answerCallbackQuery();
  const kb = new InlineKeyboard().text(ctx.tText("sub-button-subscribe"), "sub:start");
  await confirmPress(ctx, ctx.t("sub-undone", { region: regionLabel(code, ctx.locale) }), kb);
});

// The form's presses: topic toggles, confirm, and the picker (its page turns and « back » in place).
pm.callbackQuery(/^sub:t:/, async (ctx) => {
  const c = telegramConversation(ctx);
  if (!(await onFormPress(c, ctx.callbackQuery.data))) return stale(ctx);
  if (!c.pressAnswered) await ctx.answerCallbackQuery();
});

pm.callbackQuery(pickerPattern(PREFIX), async (ctx) => {
  const state = subscriptionForm.get(ctx.session);
  const action = parsePick(PREFIX, ctx.callbackQuery.data);
  if (!state || state.step === "topics" || !action) return stale(ctx);
  if (action.op === "back") subscriptionForm.set(ctx.session, { ...state, step: "city", picked: [] });
  const opts = { whole: true, multi: true, selected: state.picked, citiesText: ctx.t("region-choose-city") };
  if (await turnPickerPage(ctx, PREFIX, action, opts)) return;
  const c = telegramConversation(ctx);
  await onFormPress(c, ctx.callbackQuery.data);
  if (!c.pressAnswered) await ctx.answerCallbackQuery();
});

pm.command("cancel", async (ctx, next) => {
  if (!subscriptionForm.get(ctx.session)) return next();
  subscriptionForm.clear(ctx.session);
  await ctx.reply(ctx.t("sub-form-cancelled"));
});

// Typed answers while the form is open; commands leave the form to their own handlers.
pm.on("message:text", async (ctx, next) => {
  if (ctx.message.text.startsWith("/")) return next();
  if (!(await onFormText(telegramConversation(ctx), ctx.message.text))) return next();
});

/**
 * « 最近有培训吗 », « any trainings coming up? »: trainings come as training news, so her live view
 * is that subscription: she has it (and hears of the next), or one tap ticks it for her to confirm.
 */
async function liveAnswer(ctx: BotContext, text: string): Promise<boolean> {
  if (!asksAboutTraining(text)) return false;
  const sub = readSubscription(ctx.profile?.raw);
  const on = alertsOn(sub, "training");
  const kb = new InlineKeyboard();
  if (!on) kb.text(ctx.tText("sub-button-want-training"), "sub:want:training").row();
  kb.text(ctx.tText("sub-button-about-training"), "faq:e:startup-training");
  const reply = on
    ? ctx.t("sub-training-alerted", { regions: regionsText(ctx, sub.regions) })
    : ctx.t("sub-training-none");
  await ctx.reply(reply, { parse_mode: "HTML", reply_markup: kb });
  return true;
}

/** Alerts subscriptions: /subscribe, /mysubs, /stop and stop words, sub_ deep links, blocked users. */
export const subscriptionsTelegram: TelegramFeature = {
  composer,
  liveAnswer,
  commands: [{ command: "subscribe" }, { command: "mysubs" }, { command: "stop" }],
};
