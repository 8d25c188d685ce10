import type { InlineKeyboardButton, InlineKeyboardMarkup, KeyboardButton } from "grammy/types";
import { badRequest } from "./errors.ts";
import { json, type Params } from "./params.ts";
import type { ReplyKeyboard } from "./types.ts";

/** reply_markup split by where it lives: inside the message, or below the input field. */
export interface ParsedMarkup {
  /** Undefined for an empty inline keyboard, which Telegram treats as "no keyboard". */
  inline?: InlineKeyboardMarkup;
  reply?: ReplyKeyboard;
}

const ACTIONS = [
  "url",
  "callback_data",
  "web_app",
  "login_url",
  "switch_inline_query",
  "switch_inline_query_current_chat",
  "switch_inline_query_chosen_chat",
  "copy_text",
  "callback_game",
  "pay",
] as const;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function checkUrl(url: string): void {
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `http://${url}`;
  let ok = false;
  try {
    const parsed = new URL(candidate);
    ok =
      ["http:", "https:", "tg:", "ton:"].includes(parsed.protocol) &&
      (parsed.protocol === "tg:" || parsed.host !== "");
  } catch {
    ok = false;
  }
  if (!ok) throw badRequest(`inline keyboard button URL '${url}' is invalid: Wrong HTTP URL`);
}

function inlineButton(raw: unknown): InlineKeyboardButton {
  if (!isObject(raw))
    throw badRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Object");
  if (typeof raw.text !== "string")
    throw badRequest(`can't parse inline keyboard button: Can't find field "text"`);
  const actions = ACTIONS.filter((key) => raw[key] !== undefined && raw[key] !== null);
  if (actions.length === 0) {
    throw badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
  }
  if (raw.callback_data !== undefined) {
    const size = typeof raw.callback_data === "string" ? Buffer.byteLength(raw.callback_data) : 0;
    if (size < 1 || size > 64) throw badRequest("BUTTON_DATA_INVALID");
  }
  if (typeof raw.url === "string") checkUrl(raw.url);
  return raw as unknown as InlineKeyboardButton;
}

function rows<T>(value: unknown, field: string, type: string, parse: (button: unknown) => T): T[][] {
  if (!Array.isArray(value) || !value.every(Array.isArray)) {
    throw badRequest(`field "${field}" of the ${type} should be an Array of Arrays`);
  }
  return (value as unknown[][]).map((row) => row.map(parse)).filter((row) => row.length > 0);
}

function keyboardButton(raw: unknown): KeyboardButton {
  if (typeof raw === "string") return { text: raw };
  if (!isObject(raw) || typeof raw.text !== "string") {
    throw badRequest(`can't parse keyboard button: Can't find field "text"`);
  }
  return raw as unknown as KeyboardButton;
}

/** Validates reply_markup like Telegram and normalizes it; undefined when absent. */
export function markupParam(p: Params): ParsedMarkup | undefined {
  const raw = json(p, "reply_markup", "can't parse reply keyboard markup JSON object");
  if (raw === undefined || raw === null) return undefined;
  if (!isObject(raw)) throw badRequest("can't parse reply keyboard markup JSON object");
  if ("inline_keyboard" in raw) {
    const keyboard = rows(raw.inline_keyboard, "inline_keyboard", "InlineKeyboardMarkup", inlineButton);
    return keyboard.length > 0 ? { inline: { inline_keyboard: keyboard } } : {};
  }
  if ("keyboard" in raw) {
    const keyboard = rows(raw.keyboard, "keyboard", "ReplyKeyboardMarkup", keyboardButton);
    return { reply: { ...raw, keyboard } as ReplyKeyboard };
  }
  if (raw.remove_keyboard === true) return { reply: { ...raw, remove_keyboard: true } as ReplyKeyboard };
  if (raw.force_reply === true) return { reply: { ...raw, force_reply: true } as ReplyKeyboard };
  throw badRequest("can't parse reply keyboard markup JSON object");
}

/** JSON with sorted keys, so that equal objects compare equal whatever their key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isObject(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** Finds the inline button a user could press to send `data`. */
export function findCallbackButton(markup: InlineKeyboardMarkup | undefined, data: string): boolean {
  return (
    markup?.inline_keyboard.some((row) =>
      row.some((b) => "callback_data" in b && b.callback_data === data),
    ) ?? false
  );
}

/** The callback_data of the first button labelled `text`. */
export function callbackDataOf(markup: InlineKeyboardMarkup | undefined, text: string): string | undefined {
  for (const row of markup?.inline_keyboard ?? []) {
    for (const button of row)
      if (button.text === text && "callback_data" in button) return button.callback_data;
  }
  return undefined;
}
