/** Loans and aid Q&A on WeChat: safety first, typed questions answered with their source, the answer's options by number. */
import { mainMenuScreen } from "../../src/basics/menu.ts";
import { noAnswerButtons } from "../../src/faq/answer-view.ts";
import { classifyText, questionLocale } from "../../src/faq/classify.ts";
import { describesDanger } from "../../src/faq/danger.ts";
import { recordVote } from "../../src/faq/feedback.ts";
import { lastQuestion } from "../../src/faq/last-question.ts";
import { askStaff, logMiss } from "../../src/faq/misses.ts";
import { entryMessage, faqIndex, faqReply } from "../../src/faq/reply.ts";
import type { WechatFeature, WechatTurn } from "../../src/wechat/feature.ts";

// A vote belongs to one answer message; WeChat messages have no id of their own, so her vote on an
// entry is one per entry (a second vote on it moves it).
function voteSlot(entryId: string): number {
  let h = 5381;
  for (const c of entryId) h = ((h * 33) ^ c.charCodeAt(0)) >>> 0;
  return h;
}

async function answer(turn: WechatTurn, text: string, onlyIfConfident = false): Promise<boolean> {
  const reply = await faqReply(turn.deps, text, {
    locale: turn.locale,
    live: turn.storageOk,
    onlyIfConfident,
  });
  if (!reply) return false;
  lastQuestion.set(turn.session, reply.last);
  turn.reply(reply.message);
  return true;
}

/** The answer's options: another entry, 👍/👎, « pass to staff », 12338 (the same actions as Telegram's buttons). */
async function onPress(turn: WechatTurn, action: string): Promise<boolean> {
  const last = lastQuestion.get(turn.session);
  const locale = last?.l ?? turn.locale;
  const entry = /^faq:e:([a-z0-9-]{1,32})$/.exec(action);
  const vote = /^faq:(up|dn):([a-z0-9-]{1,32})$/.exec(action);
  const ask = /^faq:ask:([0-9a-z]{1,16})$/.exec(action);
  if (entry || vote) {
    const { index, live } = await faqIndex(turn.deps, locale, turn.storageOk);
    const found = index.entry((entry?.[1] ?? vote?.[2])!);
    if (!found) return false;
    if (entry) {
      if (last) lastQuestion.set(turn.session, { ...last, e: found.id });
      turn.reply(await entryMessage(turn.deps, found, locale, live));
      return true;
    }
    if (!live) {
      turn.reply({ html: turn.i18n.t(locale, "storage-unavailable") });
      return true;
    }
    const value = vote![1] === "up" ? "up" : "down";
    await recordVote(turn.deps.redis, locale, {
      userId: turn.person,
      messageId: voteSlot(found.id),
      entryId: found.id,
      value,
    });
    turn.reply({ html: turn.i18n.t(locale, value === "up" ? "faq-voted-up" : "faq-voted-down") });
    // A 👎 on the answer to her latest question is a miss too: staff see what she asked.
    if (value === "down" && last?.e === found.id) {
      await logMiss(turn.deps.redis, locale, last.q, { kind: "down", near: found.id, now: turn.deps.now });
      turn.reply({
        html: turn.i18n.t(locale, "faq-voted-down-next"),
        buttons: noAnswerButtons(turn.i18n, locale, last.h),
      });
    }
    return true;
  }
  if (ask) {
    if (!last || last.h !== ask[1] || !last.q) return false;
    if (!turn.storageOk) {
      turn.reply({ html: turn.t("storage-unavailable") });
      return true;
    }
    const queued = await askStaff(turn.deps.redis, locale, last.q, turn.person);
    turn.reply({
      html: turn.i18n.t(locale, queued ? "faq-asked" : "faq-ask-full"),
      buttons: [[{ text: turn.i18n.text(locale, "faq-followup-call12338"), callback: "faq:call" }]],
    });
    return true;
  }
  if (action === "faq:call") {
    turn.reply({ html: turn.i18n.t(locale, "faq-call") });
    return true;
  }
  return false;
}

/**
 * The FAQ's WeChat part: a description of violence is answered first, whatever else she is doing;
 * the answer's options are handled among the features; every other typed text is a question,
 * answered from the fallback (after every feature has seen it) in the language it is written in.
 */
export const faqWechat: WechatFeature = {
  first(turn, intent) {
    if (intent.kind !== "text" || !describesDanger(intent.text)) return false;
    return answer(turn, intent.text, true);
  },
  handle(turn, intent) {
    return intent.kind === "press" && intent.action.startsWith("faq:") ? onPress(turn, intent.action) : false;
  },
  async fallback(turn, intent) {
    if (intent.kind !== "text") return false;
    const text = intent.text;
    // A command nobody took (« /cancel » with nothing open) is no question, as on Telegram.
    if (text.trim().startsWith("/")) return false;
    const kind = classifyText(text);
    // A number that chose no option is the basics' to answer: her options again, or the menu.
    if (kind === "choice") return false;
    // Answered in the language she wrote in, for this push only (her setting is unchanged).
    turn.locale = questionLocale(text, turn.locale);
    if (kind === "greeting" || kind === "about" || kind === "ack") {
      turn.reply(mainMenuScreen(turn.i18n, turn.locale, turn.t(kind === "ack" ? "faq-ack" : "faq-greeting")));
      return true;
    }
    if (kind === "thanks") turn.reply({ html: turn.t("faq-thanks") });
    else if (kind === "empty") turn.reply({ html: turn.t("faq-emoji-prompt") });
    else await answer(turn, text);
    return true;
  },
};
