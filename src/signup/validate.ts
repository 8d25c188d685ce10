/** The sign-up form's answers checked: name, phone, description, yes/no replies, questions typed instead. */
import { charLength } from "../text/length.ts";
import { readYesNo } from "../text/yes-no.ts";
import { ABOUT_MAX, NAME_MAX } from "./constants.ts";

/** A validation outcome: the cleaned value, or a locale key (signup-error-…) with its arguments. */
export type Parsed<T> =
  | { ok: true; value: T }
  | { ok: false; error: string; args?: Record<string, string | number> };

const fail = (
  error: string,
  args?: Record<string, string | number>,
): { ok: false; error: string; args?: Record<string, string | number> } =>
  args ? { ok: false, error, args } : { ok: false, error };

export { charLength };

const NOT_A_NAME = new Set(
  "好 好的 好吧 嗯 嗯嗯 是 是的 对 行 可以 收到 同意 知道了 明白 没问题 不知道 谢谢 你好 您好 ok okay yes no hi hello thanks".split(
    " ",
  ),
);

/** A name of 1–30 characters on one line; digits mean she typed something else (often the phone). */
export function parseName(text: string): Parsed<string> {
  const name = text.normalize("NFKC").replace(/\s+/g, " ").trim();
  if (name.length === 0) return fail("signup-error-name-empty");
  if (charLength(name) > NAME_MAX)
    return fail("signup-error-name-long", { max: NAME_MAX, length: charLength(name) });
  if (/\d/.test(name)) return fail("signup-error-name-digits");
  // "👍", "。。。" or "好的" right after agreeing: a reply, not a name that staff could call her by.
  if (!/\p{L}/u.test(name) || NOT_A_NAME.has(name.toLowerCase().replace(/[\s\p{P}]+$/u, "")))
    return fail("signup-error-name-letters");
  return { ok: true, value: name };
}

const PHONE_LABEL =
  /^\s*(?:我的)?(?:手机号码|手机号|手机|电话号码|电话|联系电话|号码|mobile|phone|tel)\s*(?:是|为|:)?\s*/i;

/**
 * A mainland mobile number: 11 digits starting 13–19. Spaces, dashes and brackets are tolerated,
 * and +86 / 0086 / 86 in front is accepted (Telegram shares contacts as 8613812345678).
 */
export function parsePhone(text: string): Parsed<string> {
  // "手机：138 1234 5678。" and "138.1234.5678" are how numbers are written in a sentence.
  const compact = text
    .normalize("NFKC")
    .replace(PHONE_LABEL, "")
    .replace(/[。.,，;；!！~]+$/u, "")
    .replace(/[\s\-()（）.·]/g, "");
  if (!/^\+?\d+$/.test(compact)) return fail("signup-error-phone-chars");
  let digits = compact.replace(/^\+/, "");
  if (compact.startsWith("+") && !digits.startsWith("86")) return fail("signup-error-phone-country");
  if (digits.length === 15 && digits.startsWith("0086")) digits = digits.slice(4);
  else if (digits.length === 13 && digits.startsWith("86")) digits = digits.slice(2);
  if (digits.length !== 11) return fail("signup-error-phone-length", { length: digits.length });
  if (!/^1[3-9]/.test(digits)) return fail("signup-error-phone-prefix");
  return { ok: true, value: digits };
}

/** A few words about her business, up to 500 characters; line breaks are kept. */
export function parseAbout(text: string): Parsed<string> {
  const about = text
    .replace(/[ \t]+/g, " ")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  if (about.length === 0) return fail("signup-error-about-empty");
  if (charLength(about) > ABOUT_MAX)
    return fail("signup-error-about-long", { max: ABOUT_MAX, length: charLength(about) });
  return { ok: true, value: about };
}

/** 13812345678 → 138****5678: what staff see before pressing "show contact". */
export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : "****";
}

const QUESTION =
  /[?？]|吗|呢$|怎么|怎样|如何|什么|哪里|哪儿|哪个|多少|能不能|可不可以|为什么|是否|请问|\b(how|what|why|when|where|which|who|can i|could i|is there|are there|do you|does)\b/i;

/** Whether text that fits no option reads like a question rather than a wrong answer. */
export function looksLikeQuestion(text: string): boolean {
  return QUESTION.test(text.normalize("NFKC"));
}

// Asked outright: a question mark or 吗/呢 closing the text, or 请问 / a question word opening it.
const ASKED =
  /(?:\?|吗|呢)[\s。.!！~～]*$|^(?:请问|(?:how|what|why|when|where|which|who|can|could|is|are|do|does|should)\b)/i;

/**
 * Whether a free-text answer is itself a question put to us ("贷款怎么申请？", "How do I apply"),
 * not a statement that only mentions one ("想学怎么做直播带货", "want to learn how to sell online").
 */
export function asksOutright(text: string): boolean {
  return ASKED.test(text.normalize("NFKC").trim());
}

// The back buttons' labels (the phone step's reply keyboard sends them as text) and plain words.
const BACK = new Set([
  "back",
  "« back",
  "« back to review",
  "back to review",
  "上一步",
  "« 上一步",
  "« 返回核对",
  "返回核对",
  "返回",
  "返回上一步",
  "后退",
]);

/** "上一步" / "back" typed (or sent by the phone step's keyboard) means going back one question. */
export function isBackText(text: string): boolean {
  return BACK.has(text.normalize("NFKC").trim().toLowerCase());
}

const CANCEL = new Set(["cancel", "取消", "取消报名", "不填了", "不报了", "✖ 取消报名", "✖ cancel"]);

/** "取消" / "cancel" typed means leaving the form (after the one confirmation). */
export function isCancelText(text: string): boolean {
  return CANCEL.has(text.normalize("NFKC").trim().toLowerCase());
}

// "Cancel your sign-up?": its verb says yes (« 取消吧 », « 不取消 » says no), going on says no.
const CANCEL_WORDS = {
  yes: ["取消", "取消报名", "cancel", "cancelit"],
  no: ["继续", "继续填写", "接着填", "keep going", "go on", "continue"],
};

/** A typed reply to the cancel confirmation: "yes", "no", or null when it is neither. */
export function confirmReply(text: string): "yes" | "no" | null {
  return readYesNo(text, CANCEL_WORDS);
}

/**
 * Whether a text that is no valid answer may be put to the FAQ: it reads like a question, or it
 * has no digits (a mistyped phone number or option number is a wrong answer, not a question).
 */
export function mayBeQuestion(text: string): boolean {
  return looksLikeQuestion(text) || !/\d/.test(text);
}
