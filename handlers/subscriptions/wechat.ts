/** Alerts on WeChat: a poster's sub_ scene subscribes her, unfollowing stops her, following again resumes, « 退订 » stops. */
import type { Conversation } from "../../src/channel/conversation.ts";
import { option, screen } from "../../src/channel/screen.ts";
import { markGone } from "../../src/people/gone.ts";
import { regionLabel } from "../../src/regions/index.ts";
import { subscriptionForm } from "../../src/subscriptions/form.ts";
import {
  isSubscriptionLink,
  linkedRegion,
  linkScreen,
  subscribeByLink,
} from "../../src/subscriptions/link.ts";
import { asksToStop, isStopWord } from "../../src/subscriptions/stop-words.ts";
import { readSubscription, removeRegion, resumeAlerts, stopAlerts } from "../../src/subscriptions/store.ts";
import { isTopic } from "../../src/subscriptions/topics.ts";
import { normalizeChoice } from "../../src/text/choices.ts";
import type { WechatFeature, WechatTurn } from "../../src/wechat/feature.ts";
import { wechatConversation } from "../shared/conversation.ts";
import { introAfterScene } from "../shared/wechat-intro.ts";
import { onFormPress, onFormText, onTypedOption, PREFIX, startFlow } from "./form.ts";
import { manageRows, mySubsText } from "./view.ts";

async function stopAll(turn: WechatTurn): Promise<true> {
  if (!turn.storageOk) {
    turn.reply({ html: turn.t("storage-unavailable") });
    return true;
  }
  await stopAlerts(
    turn.deps.redis,
    turn.person,
    readSubscription(turn.profile?.raw),
    turn.deps.now,
    turn.deps.config.TIMEZONE,
  );
  turn.reply(screen(turn.t("sub-stopped"), option(turn.text("sub-button-resubscribe"), "sub:start")));
  return true;
}

/**
 * She left the channel (unfollow) and came back (follow, or a poster scanned): alerts stopped only
 * because she was gone start again, with the regions and topics she had. Alerts she stopped herself
 * stay stopped.
 */
async function welcomeBack(turn: WechatTurn): Promise<void> {
  const raw = turn.profile?.raw;
  const sub = readSubscription(raw);
  if (
    !turn.storageOk ||
    sub.status !== "stopped" ||
    raw?.stopped_by !== "blocked" ||
    sub.regions.length === 0
  )
    return;
  await resumeAlerts(turn.deps.redis, turn.person);
  turn.reply({ html: turn.t("sub-resumed") });
}

/** Her words for /subscribe and /mysubs, as normalizeChoice reads them. */
const SUBSCRIBE_WORDS = new Set(["subscribe", "订阅", "订阅提醒"]);
const MY_SUBS_WORDS = new Set(["mysubs", "我的订阅"]);

/** /mysubs: her regions and topics with the manage options. */
async function mySubs(c: Conversation): Promise<true> {
  const sub = readSubscription(c.profile?.raw);
  await c.show({ html: mySubsText(c, sub), rows: manageRows(c, sub) });
  return true;
}

/** The menu's « alerts »: the form when she has none, else what she has. */
async function entry(c: Conversation): Promise<true> {
  const sub = readSubscription(c.profile?.raw);
  if (sub.regions.length > 0) return mySubs(c);
  await startFlow(c, { source: "menu" });
  return true;
}

/**
 * The subscriptions' WeChat part: posters, « 退订 », unfollow and follow again, and the picker
 * (handlers/subscriptions/form.ts, the same steps as on Telegram) by typing: an option's number,
 * its label or « 第二个 » is its press; names (« 寿光 青州 ») and numbers (« 1 3 ») typed are answers.
 */
export const subscriptionsWechat: WechatFeature = {
  async handle(turn, intent) {
    switch (intent.kind) {
      case "unfollow":
        // The one "gone" rule: every later send skips her. Nobody unknown gets a profile for leaving.
        if (turn.profile) await markGone(turn.deps.redis, turn.person, turn.deps.now);
        else turn.profileDeleted = true;
        return true;
      case "follow":
        await welcomeBack(turn);
        return false;
      case "start": {
        await welcomeBack(turn);
        if (!isSubscriptionLink(intent.payload)) return false;
        if (!turn.storageOk && linkedRegion(intent.payload)) {
          turn.reply({ html: turn.t("storage-unavailable") });
          return true;
        }
        const outcome = await subscribeByLink(
          turn.deps.redis,
          turn.person,
          turn.profile?.raw,
          intent.payload,
          turn.deps.now,
          turn.deps.config.TIMEZONE,
        );
        turn.reply(linkScreen(turn.i18n, turn.locale, outcome));
        if (outcome.kind !== "already") introAfterScene(turn);
        return true;
      }
      case "text": {
        if (isStopWord(intent.text)) return stopAll(turn);
        if (asksToStop(intent.text)) {
          turn.reply(screen(turn.t("sub-stop-ask"), option(turn.text("sub-button-stop"), "sub:stop")));
          return true;
        }
        const c = wechatConversation(turn);
        const said = normalizeChoice(intent.text);
        if (SUBSCRIBE_WORDS.has(said)) return entry(c);
        if (MY_SUBS_WORDS.has(said)) return mySubs(c);
        // « /cancel » (the Telegram command) or « 取消 » leaves an open form, her subscription as it was.
        if ((said === "cancel" || said === "取消") && subscriptionForm.get(c.session)) {
          subscriptionForm.clear(c.session);
          await c.say(c.t("sub-form-cancelled"));
          return true;
        }
        return !intent.text.startsWith("/") && onFormText(c, intent.text);
      }
      case "press": {
        const c = wechatConversation(turn);
        if (intent.via === "typed" && (await onTypedOption(c, intent.action))) return true;
        if (intent.action === "menu:subscribe") return entry(c);
        if (intent.action === "sub:start" || intent.action === "sub:topics") {
          await startFlow(c, { source: "mysubs", topicsOnly: intent.action === "sub:topics" });
          return true;
        }
        const want = /^sub:want:(\w+)$/.exec(intent.action);
        if (want && isTopic(want[1]!)) {
          await startFlow(c, { source: `want-${want[1]}`, topicsOnly: true, want: want[1] });
          return true;
        }
        if (intent.action.startsWith(`${PREFIX}:`) && (await onFormPress(c, intent.action))) return true;
        if (intent.action === "sub:stop") return stopAll(turn);
        if (intent.action === "sub:resume") {
          const sub = readSubscription(turn.profile?.raw);
          if (sub.status !== "stopped" || sub.regions.length === 0) return false;
          await resumeAlerts(turn.deps.redis, turn.person);
          turn.reply({ html: turn.t("sub-resumed") });
          return true;
        }
        const undo = /^sub:undo:(\d{6})$/.exec(intent.action);
        if (!undo) return false;
        const sub = readSubscription(turn.profile?.raw);
        if (!sub.regions.includes(undo[1]!)) return false;
        await removeRegion(turn.deps.redis, turn.person, sub, undo[1]!);
        turn.reply(
          screen(
            turn.t("sub-undone", { region: regionLabel(undo[1]!, turn.locale) }),
            option(turn.text("sub-button-subscribe"), "sub:start"),
          ),
        );
        return true;
      }
      default:
        return false;
    }
  },
};
