/** A screen (or any outgoing message) as WeChat text: the text, its options numbered, its links written out. */
import {
  linksOf,
  optionsOf,
  type Screen,
  screenOf,
  shownLabel,
  type TypedOption,
  typedOptions,
} from "../channel/screen.ts";
import type { OutgoingMessage } from "../channel/types.ts";
import type { I18n, Locale } from "../i18n.ts";
import { htmlToWechatText, linkText, splitForWechat } from "./text.ts";

/** The words a WeChat rendering adds, in her language. */
export interface WechatWords {
  /** Above the numbered options: « 回复数字选择： ». */
  hint: string;
  /** Instead of a file WeChat text cannot carry. */
  file(name: string): string;
  /** Instead of a copied post (a Telegram message with media). */
  post: string;
}

/** The words from the locale files. */
export function wechatWords(i18n: I18n, locale: Locale): WechatWords {
  return {
    hint: i18n.text(locale, "wechat-options-hint"),
    file: (name) => i18n.text(locale, "wechat-file-unavailable", { name }),
    post: i18n.text(locale, "wechat-post-unavailable"),
  };
}

/**
 * A screen as one text: its HTML as plain text; then, under the hint, its options numbered in
 * reading order from `first` (1…n, what she types to choose one, see chooseOption); then its
 * links, each with its address.
 */
export function screenText(s: Screen, words: Pick<WechatWords, "hint">, first = 1): string {
  const options = optionsOf(s).map((o, i) => `${first + i}. ${shownLabel(o.label)}`);
  const links = linksOf(s).map((l) => `🔗 ${linkText(l.label, l.url)}`);
  return [
    htmlToWechatText(s.html),
    options.length > 0 ? `${words.hint}\n${options.join("\n")}` : "",
    ...links,
  ]
    .filter(Boolean)
    .join("\n\n");
}

/** An outgoing message as one WeChat text, its options numbered from `first`. */
export function messageText(message: OutgoingMessage, words: WechatWords, first = 1): string {
  let text = screenText(screenOf(message), words, first);
  if (message.document) text = [text, words.file(message.document.filename)].filter(Boolean).join("\n\n");
  if (message.copyFrom) text = [words.post, text].filter(Boolean).join("\n\n");
  return text;
}

/** An outgoing message as the WeChat texts that carry it (each within 2,048 bytes). */
export function wechatTexts(message: OutgoingMessage, words: WechatWords): string[] {
  return splitForWechat(messageText(message, words));
}

/**
 * Several messages answered at once as the texts that carry them: one text when they fit (options
 * numbered across all of them, so every number is one choice), and the options in that order.
 */
export function repliesText(
  messages: readonly OutgoingMessage[],
  words: WechatWords,
): { texts: string[]; options: TypedOption[] } {
  const options: TypedOption[] = [];
  const parts: string[] = [];
  for (const message of messages) {
    parts.push(messageText(message, words, options.length + 1));
    options.push(...typedOptions(screenOf(message)));
  }
  return { texts: splitForWechat(parts.filter(Boolean).join("\n\n")), options };
}
