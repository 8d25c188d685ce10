/** A screen, channel-neutral: its text, its options (each with the answers that choose it when typed) and its links. */
import { matchChoice } from "../text/choices.ts";
import type { Button, OutgoingMessage } from "./types.ts";

/**
 * One choice on a screen. `action` is what choosing it does, the same on every channel: Telegram
 * puts it in the button's callback data (≤ 64 bytes); WeChat numbers the option and, when she types
 * its number, its label or one of `answers`, dispatches the same action.
 */
export interface ScreenOption {
  kind: "option";
  label: string;
  action: string;
  /** Words that choose it when typed, besides its number and its label (« 同意 », « yes »). */
  answers: readonly string[];
}

/** A link: Telegram shows a URL button, WeChat writes the label and the address into the text. */
export interface ScreenLink {
  kind: "link";
  label: string;
  url: string;
}

export type ScreenItem = ScreenOption | ScreenLink;

/**
 * What a person sees and can do, for every channel. `html` is Telegram's HTML (user text escaped);
 * `rows` keep Telegram's keyboard layout, and their options, in reading order, are WeChat's
 * numbered lines 1…n. Telegram renders it as a message with an inline keyboard
 * (src/telegram/keyboard.ts), WeChat as plain text with numbered options and links
 * (src/wechat/render.ts).
 */
export interface Screen {
  html: string;
  rows: readonly (readonly ScreenItem[])[];
}

/** An option: its label, its action, and other words that choose it when typed. */
export function option(label: string, action: string, ...answers: string[]): ScreenOption {
  return { kind: "option", label, action, answers };
}

/** A link. */
export function link(label: string, url: string): ScreenLink {
  return { kind: "link", label, url };
}

/** A screen from its text and rows (each row an option, a link, or several of them). */
export function screen(html: string, ...rows: (ScreenItem | readonly ScreenItem[])[]): Screen {
  return { html, rows: rows.map((row) => (Array.isArray(row) ? row : [row as ScreenItem])) };
}

/** A button as a screen item. */
export function itemOf(button: Button): ScreenItem {
  if ("url" in button) return link(button.text, button.url);
  return option(button.text, button.callback, ...(button.answers ?? []));
}

/** A screen item as a button. */
export function buttonOf(item: ScreenItem): Button {
  if (item.kind === "link") return { text: item.label, url: item.url };
  return item.answers.length > 0
    ? { text: item.label, callback: item.action, answers: item.answers }
    : { text: item.label, callback: item.action };
}

/** What every channel renders: the screen of an outgoing message (its HTML and its buttons). */
export function screenOf(message: Pick<OutgoingMessage, "html" | "buttons">): Screen {
  return {
    html: message.html ?? "",
    rows: (message.buttons ?? []).filter((row) => row.length > 0).map((row) => row.map(itemOf)),
  };
}

/** A screen as an outgoing message, for the one send path (`Channel.send`, `sendTo`). */
export function messageOf(s: Screen): OutgoingMessage {
  const buttons = s.rows.filter((row) => row.length > 0).map((row) => row.map(buttonOf));
  return buttons.length > 0 ? { html: s.html, buttons } : { html: s.html };
}

/** The options in reading order: option n (1-based) is what « n » typed chooses. */
export function optionsOf(s: Screen): ScreenOption[] {
  return s.rows.flat().filter((item): item is ScreenOption => item.kind === "option");
}

/** The links in reading order. */
export function linksOf(s: Screen): ScreenLink[] {
  return s.rows.flat().filter((item): item is ScreenLink => item.kind === "link");
}

/** What a channel without buttons remembers of a screen's options to read her typed answer. */
export interface TypedOption {
  action: string;
  /** The label and the other answers. */
  names: readonly string[];
}

/**
 * A label as typed: without the marks a keyboard shows before it, a tick of the current choice
 * (« ✅ », « ⬜ ») and the option's own number (« 2. »), which a numbered list writes once, itself.
 */
export function plainLabel(label: string): string {
  return shownLabel(label).replace(/^(?:[✅✓☑✔]\uFE0F?\s*)+/u, "");
}

/**
 * A label as a numbered list shows it: without the option's own number (« 2. », « 2 ») and an
 * unticked box (« ⬜ »), which the list writes itself. The tick of a choice made (« ✅ 3 技能培训 »,
 * a toggle or the current answer: a tick before the item's number) stays, so a screen shown again
 * shows it; a label that only opens with a tick (« ✅ 确认订阅 ») is shown without it, so a tick
 * always means chosen.
 */
export function shownLabel(label: string): string {
  const marks = /^((?:[✅✓☑✔]\uFE0F?\s*)*)(?:[⬜☐]\uFE0F?\s*)?/u.exec(label)?.[0] ?? "";
  const rest = label.slice(marks.length);
  const numbered = /^\d{1,2}(?:[.、)）]\s*|\s+(?=\D))/u.exec(rest);
  const tick = numbered && /[✅✓☑✔]/u.test(marks) ? "✅ " : "";
  return tick + rest.slice(numbered?.[0].length ?? 0);
}

/** The options of a screen as typed answers. */
export function typedOptions(s: Screen): TypedOption[] {
  return optionsOf(s).map((o) => ({ action: o.action, names: [plainLabel(o.label), ...o.answers] }));
}

/**
 * The option her typed text chooses: its number (« 2 », « ２ », « 第二个 »), its whole label or one
 * of its answers (emoji and punctuation aside). Parts of a label do not count: « 贷款 » typed under
 * an option « 贷款政策 » is a question, not a choice. Null when nothing, or more than one, matches.
 */
export function chooseOption(options: readonly TypedOption[], text: string): TypedOption | null {
  const indexed = options.map((o, i) => ({ id: String(i), names: o.names }));
  const match = matchChoice(text, indexed, { partial: false });
  return match.kind === "one" ? (options[Number(match.id)] ?? null) : null;
}
