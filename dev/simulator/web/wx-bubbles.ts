// One line of a WeChat conversation as WeChat shows it: her green bubbles, the account's white ones with typed-number options, template cards, event notes.
import { h } from "./dom.ts";
import type { WxEntry } from "./wx-types.ts";

/** What a bubble can do: type an option's number for her. */
export interface WxBubbleActions {
  typeOption(number: string): void;
  /** The lines that introduce a screen's numbered options (« 回复数字选择： », "Reply with a number:"). */
  optionHints(): readonly string[];
  /** A menu key's label, to say which button she pressed. */
  buttonName(key: string): string | undefined;
}

const OPTION = /^(\d{1,2})\. (.+)$/;
const URL_IN_TEXT = /https?:\/\/[^\s<>"'，。）]+/g;

/** Text with its web addresses as links (opened in a new tab); everything else stays text. */
function linked(text: string): (Node | string)[] {
  const out: (Node | string)[] = [];
  let at = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const index = match.index ?? 0;
    if (index > at) out.push(text.slice(at, index));
    out.push(h("a", { href: match[0], target: "_blank", rel: "noopener noreferrer", text: match[0] }));
    at = index + match[0].length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/**
 * The account's text, line by line. The numbered lines under the options hint (« 回复数字选择： »)
 * are options she answers by typing the number, so each number is a button that types it for her
 * (what the Worker gets is the same text); a numbered list elsewhere in the text stays text.
 */
function accountText(text: string, actions: WxBubbleActions): HTMLElement {
  const hints = actions.optionHints();
  let inOptions = false;
  const lines = text.split("\n").map((line) => {
    const option = inOptions ? OPTION.exec(line) : null;
    inOptions = option !== null || hints.includes(line.trim());
    if (!option) return h("div", { class: "wx-line" }, ...linked(line));
    const number = option[1] as string;
    const button = h("button", {
      type: "button",
      class: "wx-opt",
      "data-option": number,
      title: `reply ${number}`,
      text: number,
    });
    button.addEventListener("click", () => actions.typeOption(number));
    return h("div", { class: "wx-line option" }, button, `. ${option[2]}`);
  });
  return h("div", { class: "wx-text" }, ...lines);
}

function templateCard(entry: WxEntry): HTMLElement {
  const [title, ...rest] = (entry.text ?? "").split("\n");
  const url = entry.template?.url;
  return h(
    "div",
    { class: "wx-card" },
    h("div", { class: "wx-card-title", text: title ?? "" }),
    h("div", { class: "wx-card-body" }, ...rest.map((line) => h("div", { text: line }))),
    url
      ? h("a", {
          class: "wx-card-link",
          href: url,
          target: "_blank",
          rel: "noopener noreferrer",
          text: "详情 ›",
        })
      : h("div", { class: "wx-card-link muted", text: entry.template?.template_id ?? "" }),
  );
}

/** What her event looks like in the conversation (WeChat itself shows nothing; the simulator says what she did). */
function eventNote(entry: WxEntry, actions: WxBubbleActions): string {
  const key = entry.key ?? "";
  switch (entry.event) {
    case "subscribe":
      return key.startsWith("qrscene_")
        ? `She followed the account through the poster QR ${key.slice("qrscene_".length)}`
        : "She followed the account";
    case "unsubscribe":
      return "She unfollowed the account";
    case "SCAN":
      return `She scanned the poster QR ${key}`;
    case "CLICK":
      return `She tapped the menu's « ${actions.buttonName(key) ?? key} »`;
    case "VIEW":
      return `She opened the menu's link ${key}`;
    default:
      return `${entry.msgtype}${entry.event ? ` ${entry.event}` : ""}`;
  }
}

const VIA: Record<string, string> = {
  passive: "passive reply",
  custom: "customer-service message",
  template: "template message",
};

function time(at: number): string {
  return new Date(at).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}

/** One entry of her conversation as a node with `data-seq`. */
export function wxBubble(entry: WxEntry, actions: WxBubbleActions): HTMLElement {
  if (entry.direction === "in" && entry.msgtype === "event") {
    return h(
      "div",
      { class: "wx-msg event", "data-seq": entry.seq },
      h("span", { text: eventNote(entry, actions) }),
    );
  }
  if (entry.via === "system") {
    return h("div", { class: "wx-msg system", "data-seq": entry.seq }, h("span", { text: entry.text ?? "" }));
  }
  const mine = entry.direction === "in";
  const body = mine
    ? h("div", { class: "wx-text" }, entry.text ?? `(${entry.msgtype})`)
    : entry.via === "template"
      ? templateCard(entry)
      : entry.text !== undefined
        ? accountText(entry.text, actions)
        : h("div", { class: "wx-text muted", text: `(${entry.msgtype})` });
  return h(
    "div",
    {
      class: `wx-msg ${mine ? "me" : "account"} via-${entry.via}`,
      "data-seq": entry.seq,
      title: `${time(entry.at)}${VIA[entry.via] ? ` · ${VIA[entry.via]}` : ""}`,
    },
    h("span", { class: "wx-avatar", "aria-hidden": "true", text: mine ? "她" : "巾" }),
    h("div", { class: "wx-bubble" }, body),
  );
}
