import type { FaqLocale } from "./types.ts";

/** Longest prefix of a message that is matched or logged; the rest is ignored. */
export const MAX_QUESTION_CHARS = 1000;

// Private-use sentinels survive punctuation stripping, so masks can be restored afterwards.
const ID_MARK = "\uE000";
const PHONE_MARK = "\uE001";
const NUMBER_MARK = "\uE002";

const ID_RE = /(?<!\d)\d{6}[\s-]?\d{8}[\s-]?\d{3}[\dx](?![\dx])/gi;
const PHONE_RE = /(?<![\d+])(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d){8}(?!\d)/g;
// Bank cards, QQ numbers and the like: no user question needs a run this long.
const LONG_NUMBER_RE = /\d{9,}/g;

/**
 * Width-folds (full-width to half-width), lowercases, turns punctuation, symbols and emoji
 * into single spaces and cuts to MAX_QUESTION_CHARS. The form the matcher works on.
 */
export function normalizeForMatch(text: string): string {
  return text
    .slice(0, MAX_QUESTION_CHARS)
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * The form a missed question is logged and counted in: normalised like normalizeForMatch,
 * with mainland ID numbers shown as "[id]", mobile numbers (spaced, dashed or +86) as
 * "[phone]" and any other run of 9+ digits as "[number]".
 */
export function normalizeQuestion(text: string): string {
  const masked = text
    .slice(0, MAX_QUESTION_CHARS)
    .normalize("NFKC")
    .toLowerCase()
    .replace(ID_RE, ID_MARK)
    .replace(PHONE_RE, PHONE_MARK)
    .replace(LONG_NUMBER_RE, NUMBER_MARK);
  return masked
    .replace(/[^\p{L}\p{N}\uE000-\uE002]+/gu, " ")
    .trim()
    .replaceAll(ID_MARK, "[id]")
    .replaceAll(PHONE_MARK, "[phone]")
    .replaceAll(NUMBER_MARK, "[number]");
}

const GREETINGS: Record<FaqLocale, string[]> = {
  "zh-CN": [
    "你好",
    "您好",
    "你们好",
    "大家好",
    "在吗",
    "在不在",
    "有人吗",
    "早上好",
    "上午好",
    "中午好",
    "下午好",
    "晚上好",
    "早安",
    "晚安",
    "早",
    "哈喽",
    "嗨",
    "喂",
    "打扰了",
    "谢谢",
    "多谢",
  ],
  en: [
    "hi",
    "hello",
    "hey",
    "hiya",
    "yo",
    "good morning",
    "good afternoon",
    "good evening",
    "morning",
    "thanks",
  ],
};
// Words that may surround a greeting without turning it into a question.
const GREETING_FILLER = [
  "小助手",
  "巾帼助手",
  "助手",
  "妇联",
  "姐",
  "呀",
  "啊",
  "哦",
  "呢",
  "吗",
  "啦",
  "哈",
  "there",
  "bot",
  "jinguo",
  "thank you",
];

const STOP_WORDS = new Set(["退订", "取消订阅", "停止", "stop", "unsubscribe"]);

function stripAll(text: string, words: readonly string[]): string {
  let rest = text;
  // Longest first, so "你们好" is removed whole rather than leaving "们".
  for (const word of [...words].sort((a, b) => b.length - a.length)) rest = rest.replaceAll(word, " ");
  return rest.replace(/\s+/g, "");
}

/**
 * True when the message is only a greeting (你好, 在吗, hi, good morning…), possibly repeated
 * or with filler such as 小助手. Greetings of both locales are accepted whatever the user's
 * locale, because people often greet in a language other than their setting; locale only
 * orders the check.
 */
export function isGreeting(text: string, locale?: FaqLocale): boolean {
  const norm = normalizeForMatch(text);
  if (!norm) return false;
  const first = locale ?? "zh-CN";
  const lists = [GREETINGS[first], GREETINGS[first === "en" ? "zh-CN" : "en"]].flat();
  return stripAll(norm, [...lists, ...GREETING_FILLER]) === "";
}

/** True when the whole message is an unsubscribe word: 退订, 取消订阅, 停止, stop, unsubscribe. */
export function isStopWord(text: string): boolean {
  return STOP_WORDS.has(normalizeForMatch(text));
}
