/** A typed reply to the sign-up's consent notice: agreeing or declining in her own words, or neither. */
import { readYesNo } from "../text/yes-no.ts";

// The notice's own verbs: « 同意，开始填写 » (the button's words), « 我要报名 », « start »; and its ways out.
const CONSENT_WORDS = {
  yes: ["开始", "填写", "填", "开始填写", "报名", "报", "继续", "start", "begin", "continue", "consent"],
  no: ["取消", "退出", "cancel", "quit", "exit"],
};

/**
 * What she typed under the consent notice: "agree" (« 好的，同意 », « 行 我同意 », « 可以 »,
 * « ok I agree », « yes please », « sure »), "decline" (« 不同意 », « 算了 », « no thanks »,
 * « 不填了 »), or null for anything else (a name, a number, a question, a hesitation).
 */
export function readConsentReply(text: string): "agree" | "decline" | null {
  const reply = readYesNo(text, CONSENT_WORDS);
  return reply === "yes" ? "agree" : reply === "no" ? "decline" : null;
}
