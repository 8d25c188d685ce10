/** The languages a person can name after /language, in the words people type for them. */
import type { Locale } from "../i18n.ts";

const WORDS: Record<string, Locale> = {
  zh: "zh-CN",
  "zh-cn": "zh-CN",
  cn: "zh-CN",
  chinese: "zh-CN",
  中文: "zh-CN",
  汉语: "zh-CN",
  简体: "zh-CN",
  简体中文: "zh-CN",
  中文简体: "zh-CN",
  繁体中文: "zh-CN",
  繁體中文: "zh-CN",
  普通话: "zh-CN",
  "zh-hans": "zh-CN",
  "zh-hant": "zh-CN",
  en: "en",
  "en-us": "en",
  "en-gb": "en",
  english: "en",
  英文: "en",
  英语: "en",
};

/** A typed language name as looked up: full-width folded, lower case, without trailing punctuation ("" for none). */
export function languageName(text: string): string {
  return text
    .normalize("NFKC")
    .trim()
    .toLowerCase()
    .replace(/_/g, "-")
    .replace(/[\s\p{P}]+$/u, "");
}

/** The locale a typed name means ("English.", "zh_CN", "ＥＮ", "中文"), or undefined. */
export function localeNamed(text: string): Locale | undefined {
  const name = languageName(text);
  return Object.hasOwn(WORDS, name) ? WORDS[name] : undefined;
}
