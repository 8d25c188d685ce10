/** Mentor sign-up on WeChat: the poster's `signup` scene, the menu entry, the whole form by typing, her application. */
import { SOURCE } from "../../src/signup/consent-shown.ts";
import { signupDraft } from "../../src/signup/draft.ts";
import { normalizeChoice } from "../../src/text/choices.ts";
import type { WechatFeature } from "../../src/wechat/feature.ts";
import { wechatConversation } from "../shared/conversation.ts";
import { askCancel, beginSignup, currentDraft, saveDraft, showPrompt } from "./flow.ts";
import { isSignupPress, onSignupPress, onTypedOption } from "./press.ts";
import { showMyApplication } from "./submit.ts";
import { onConsentMessage, onFormText } from "./typed.ts";

/** Her words for /signup and /myapplication (a command typed, or the words), as normalizeChoice reads them. */
const SIGNUP_WORDS = new Set(["signup", "报名导师", "导师报名", "找创业导师"]);
const MY_APPLICATION_WORDS = new Set(["myapplication", "我的报名"]);

/**
 * The sign-up's WeChat part: the same steps as the Telegram composer (handlers/signup/flow.ts,
 * typed.ts, press.ts), reached by typing: an option's number or label is its press, anything else
 * is her answer to the question on screen, and a question the FAQ is sure of is answered mid-form.
 */
export const signupWechat: WechatFeature = {
  async handle(turn, intent) {
    // A draft past its 7 days is dropped from the session the next time she writes.
    if (!currentDraft(turn)) signupDraft.clear(turn.session);
    const c = wechatConversation(turn);
    switch (intent.kind) {
      case "start": {
        const payload = intent.payload;
        if (payload !== "signup" && !payload.startsWith("signup_")) return false;
        await beginSignup(c, SOURCE.test(payload) ? payload : "signup", { link: true });
        return true;
      }
      case "press":
        if (!isSignupPress(intent.action)) return false;
        if (intent.via === "typed" && (await onTypedOption(c, intent.action))) return true;
        // An option that no longer applies (a form closed since): the basics' fallback says so.
        return onSignupPress(c, intent.action);
      case "text": {
        const text = intent.text;
        const said = normalizeChoice(text);
        if (SIGNUP_WORDS.has(said)) return beginSignup(c, "signup").then(() => true);
        if (MY_APPLICATION_WORDS.has(said)) return showMyApplication(c).then(() => true);
        const draft = currentDraft(c);
        // « /cancel » typed, as the Telegram command: one confirmation first.
        if (draft && said === "cancel" && text.trim().startsWith("/"))
          return askCancel(c, draft).then(() => true);
        if (!draft && !text.startsWith("/") && (await onConsentMessage(c, text))) return true;
        if (!draft || draft.hold || text.startsWith("/")) return false;
        await onFormText(c, draft, text);
        return true;
      }
      case "other": {
        const draft = currentDraft(c);
        if (!draft || draft.hold) return false;
        if (intent.inbound.kind === "other" && intent.inbound.msgType === "event") return false;
        if (intent.inbound.kind === "view") return false;
        // A picture or a voice message WeChat could not transcribe: the question again.
        await c.say(c.t("signup-error-not-text"));
        await showPrompt(c, draft);
        return true;
      }
      default:
        return false;
    }
  },
  async onLanguageChange(turn) {
    const draft = currentDraft(turn);
    if (!draft) return;
    const c = wechatConversation(turn);
    saveDraft(c, draft);
    await showPrompt(c, draft);
  },
};
