/** Alerts on WeChat: a poster's sub_ scene subscribes her, unfollowing stops her, following again resumes, « 退订 » stops. */
import { option, screen } from "../../src/channel/screen.ts";
import { markGone } from "../../src/people/gone.ts";
import { regionLabel } from "../../src/regions/index.ts";
import {
  isSubscriptionLink,
  linkedRegion,
  linkScreen,
  subscribeByLink,
} from "../../src/subscriptions/link.ts";
import { asksToStop, isStopWord } from "../../src/subscriptions/stop-words.ts";
import { readSubscription, removeRegion, resumeAlerts, stopAlerts } from "../../src/subscriptions/store.ts";
import type { WechatFeature, WechatTurn } from "../../src/wechat/feature.ts";
import { introAfterScene } from "../shared/wechat-intro.ts";

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

/** The subscriptions' WeChat part (the forms to choose regions and topics by typing come with the screens). */
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
      case "text":
        if (isStopWord(intent.text)) return stopAll(turn);
        if (asksToStop(intent.text)) {
          turn.reply(screen(turn.t("sub-stop-ask"), option(turn.text("sub-button-stop"), "sub:stop")));
          return true;
        }
        return false;
      case "press": {
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
