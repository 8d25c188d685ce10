/** What a free-text message is before any lookup (greeting, thanks, emoji, question) and the language it is written in. */
import { choiceNumber } from "../text/choices.ts";
import { lexiconPinyin } from "./dictionary.ts";
import { normalizeForMatch } from "./normalize.ts";

/** What a free-text message is, before any lookup: only "question" goes to the matcher. */
export type TextKind = "greeting" | "thanks" | "ack" | "about" | "empty" | "choice" | "question";

const GREETINGS = [
  "你好",
  "您好",
  "你们好",
  "大家好",
  "在吗",
  "在不在",
  "有人吗",
  "有人在吗",
  "早上好",
  "上午好",
  "中午好",
  "下午好",
  "晚上好",
  "早安",
  "晚安",
  "早",
  "哈喽",
  "哈罗",
  "嗨",
  "喂",
  "打扰了",
  "hi",
  "hello",
  "hey",
  "hiya",
  "yo",
  "good morning",
  "good afternoon",
  "good evening",
  "morning",
  "nihao",
  "ni hao",
];
const THANKS = [
  "谢谢",
  "多谢",
  "谢了",
  "感谢",
  "谢谢你",
  "谢谢您",
  "好的谢谢",
  "thanks",
  "thank you",
  "thx",
  "ty",
];
// "OK", "got it": nothing to look up, but a reply should not say "I have no answer".
const ACKS = [
  "好",
  "好的",
  "好滴",
  "行",
  "嗯",
  "嗯嗯",
  "哦",
  "哦哦",
  "噢",
  "收到",
  "知道了",
  "明白了",
  "晓得了",
  "ok",
  "okay",
  "k",
  "got it",
  "i see",
  "alright",
  "fine",
  "yes",
  "no",
  "是",
  "是的",
  "对",
  "不是",
  "没有",
];
// "Who are you, what can you do": answered with the welcome and menu, not a knowledge-base entry.
const ABOUT = [
  "你是谁",
  "你是干什么的",
  "你是干啥的",
  "你能做什么",
  "你能干什么",
  "你能干啥",
  "你会什么",
  "你是机器人吗",
  "你是真人吗",
  "帮助",
  "菜单",
  "who are you",
  "what can you do",
  "what do you do",
  "are you a bot",
  "are you a robot",
  "help",
  "menu",
];
// Words that may surround a greeting without turning it into a question.
const FILLER = [
  "小助手",
  "巾帼助手",
  "助手",
  "妇联",
  "姐",
  "大姐",
  "妹子",
  "呀",
  "啊",
  "哦",
  "呢",
  "吗",
  "啦",
  "哈",
  "嘛",
  "呐",
  "there",
  "bot",
  "jinguo",
  "again",
  "so much",
  "a lot",
  "very much",
];

function onlyOf(norm: string, words: readonly string[]): boolean {
  let rest = norm;
  // Longest first, so "你们好" is removed whole rather than leaving "们".
  for (const word of [...words, ...FILLER].sort((a, b) => b.length - a.length))
    rest = rest.replaceAll(word, " ");
  return rest.replace(/\s+/g, "") === "";
}

/**
 * Classifies a free-text message. Greetings, thanks, "OK" and "who are you" in either language are
 * recognised whatever the user's locale, because people often greet in the other language;
 * "empty" is a message with no letters or digits at all (emoji, punctuation).
 */
export function classifyText(text: string): TextKind {
  const norm = normalizeForMatch(text);
  if (!norm) return "empty";
  // « 9 », « ０ », « 第二个 »: an option's number (one that chose nothing), never a question to look up.
  if (choiceNumber(text) !== null) return "choice";
  // A long message that starts with 你好 is a question with a greeting in front.
  if (norm.length > 40) return "question";
  if (onlyOf(norm, THANKS)) return "thanks";
  if (onlyOf(norm, ACKS)) return "ack";
  if (onlyOf(norm, GREETINGS)) return "greeting";
  if (onlyOf(norm, ABOUT)) return "about";
  return "question";
}

const HAN_CHAR = /\p{Script=Han}/gu;

function isChineseInPinyin(words: string[]): boolean {
  const pinyin = lexiconPinyin();
  return words.every((w) => pinyin.isPinyin(w)) && pinyin.read(words).some((p) => p.meaning !== undefined);
}
const LATIN_WORD = /[a-z]{2,}/gi;
// What is no word of either language: markup tags, links and addresses, code (a name called with
// "(", dotted or underscored names), all taken out before the languages are counted.
const NOT_WORDS =
  /<\/?[a-z][^<>]*>|\b(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[a-z_$][\w$]*(?:\.[\w$]+)*\(|\b\w+(?:[._]\w+)+\b/gi;

/**
 * The knowledge base to answer from: the language the question is written in, whatever the
 * user's setting (many Chinese phones run in English; Telegram may send no language at all).
 * Mixed questions go by the larger share, about two Han characters to an English word
 * ("how to apply 春蕾计划" is English, "我想申请dai kuan养羊" Chinese); a tie keeps `fallback`.
 * Chinese typed in pinyin ("fu nv zhi jia", "daikuan shenqing") is Chinese: every word is pinyin
 * and they spell at least one of the lexicon's Chinese words ("women" spells none).
 * Text with no words of either language (digits, emoji, punctuation; markup, links or code such
 * as `<script>alert(1)</script>`) keeps `fallback`, her own language.
 */
export function questionLocale(text: string, fallback: "zh-CN" | "en"): "zh-CN" | "en" {
  const head = text.slice(0, 1000).replace(NOT_WORDS, " ");
  const han = head.match(HAN_CHAR)?.length ?? 0;
  const words = head.toLowerCase().match(LATIN_WORD) ?? [];
  const latin = words.length;
  if (han === 0 && latin > 0 && isChineseInPinyin(words)) return "zh-CN";
  if (han / 2 > latin) return "zh-CN";
  if (latin > han / 2) return "en";
  return fallback;
}
