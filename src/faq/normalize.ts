/** A question normalised for matching and logging: width, case, traditional characters, numbers, masking. */
import traditional from "./traditional.json" with { type: "json" };

/** Longest prefix of a message that is matched or logged; the rest is ignored. */
export const MAX_QUESTION_CHARS = 1000;

// Private-use sentinels survive punctuation stripping, so masks can be restored afterwards.
const ID_MARK = "\uE000";
const PHONE_MARK = "\uE001";
const NUMBER_MARK = "\uE002";
const EMAIL_MARK = "\uE003";

const ID_RE = /(?<!\d)\d{6}[\s-]?\d{8}[\s-]?\d{3}[\dx](?![\dx])/gi;
const PHONE_RE = /(?<![\d+])(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d){8}(?!\d)/g;
// Landlines with their area code: 0537-2345678, (010) 87654321.
const LANDLINE_RE = /(?<!\d)\(?0\d{2,3}\)?[\s-]?\d{7,8}(?!\d)/g;
// Bank cards, QQ numbers and the like: no user question needs a run this long.
const LONG_NUMBER_RE = /\d{9,}/g;
const EMAIL_RE = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
// Voice input and careful typists write numbers digit by digit: "一二三三八", "幺一零", "1 2 3 3 8".
// Three or more in a row are a number (a hotline, a phone), never words; 十/百/万 are left alone,
// so amounts like 二十万 keep their meaning.
const HAN_DIGITS = /[零〇一二三四五六七八九幺]{3,}/g;
const HAN_DIGIT_VALUE: Record<string, string> = {
  零: "0",
  〇: "0",
  一: "1",
  幺: "1",
  二: "2",
  三: "3",
  四: "4",
  五: "5",
  六: "6",
  七: "7",
  八: "8",
  九: "9",
};
const HAN_DIGIT_CHARS = Object.keys(HAN_DIGIT_VALUE).join("");
const SPACED_DIGITS = /(?<![\d.])\d(?:[ \t-]\d){2,}(?![\d.])/g;

/** Writes digit-by-digit numbers as plain digits, so they match and are masked like typed ones. */
function foldDigits(text: string): string {
  // Most texts have no two digits in a row: a plain scan is cheaper than any regex.
  let prev = false;
  let pair = false;
  for (let i = 0; i < text.length && !pair; i++) {
    const code = text.charCodeAt(i);
    const digit = (code >= 48 && code <= 57) || (code > 0x3000 && HAN_DIGIT_CHARS.includes(text[i]!));
    pair = digit && prev;
    if (code !== 32 && code !== 45) prev = digit;
  }
  if (!pair) return text;
  return text
    .replace(HAN_DIGITS, (run) => [...run].map((c) => HAN_DIGIT_VALUE[c]).join(""))
    .replace(SPACED_DIGITS, (run) => run.replace(/[ \t-]/g, ""));
}

// Traditional characters of the words the bot knows (創業 → 创业), made by dev/faq-traditional.ts.
const SIMPLIFIED = new Map<string, string>();
for (let i = 0; i + 1 < traditional.pairs.length; i += 2)
  SIMPLIFIED.set(traditional.pairs[i]!, traditional.pairs[i + 1]!);
const TRADITIONAL = new RegExp(`[${[...SIMPLIFIED.keys()].join("")}]`, "gu");

/**
 * Width-folds (full-width to half-width), writes traditional characters simplified, lowercases, turns punctuation, symbols and emoji
 * into single spaces and cuts to MAX_QUESTION_CHARS. The form the matcher works on.
 */
export function normalizeForMatch(text: string): string {
  return foldDigits(text.slice(0, MAX_QUESTION_CHARS).normalize("NFKC"))
    .replace(TRADITIONAL, (c) => SIMPLIFIED.get(c)!)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * The form a missed question is logged and counted in: normalised like normalizeForMatch,
 * with mainland ID numbers shown as "[id]", mobile numbers (spaced, dashed or +86) and landlines
 * with an area code as "[phone]", e-mail addresses as "[email]", any other 9+ digits as "[number]".
 */
export function normalizeQuestion(text: string): string {
  const masked = foldDigits(text.slice(0, MAX_QUESTION_CHARS).normalize("NFKC"))
    .toLowerCase()
    .replace(EMAIL_RE, EMAIL_MARK)
    .replace(ID_RE, ID_MARK)
    .replace(PHONE_RE, PHONE_MARK)
    .replace(LANDLINE_RE, PHONE_MARK)
    .replace(LONG_NUMBER_RE, NUMBER_MARK);
  return masked
    .replace(/[^\p{L}\p{N}\uE000-\uE003]+/gu, " ")
    .trim()
    .replaceAll(ID_MARK, "[id]")
    .replaceAll(PHONE_MARK, "[phone]")
    .replaceAll(NUMBER_MARK, "[number]")
    .replaceAll(EMAIL_MARK, "[email]");
}
