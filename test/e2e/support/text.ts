import { loadLocalesFromDisk } from "../../../dev/locales.ts";
import type { Locale, TArgs } from "../../../src/i18n.ts";

const i18n = loadLocalesFromDisk();

const ENTITIES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"' };

/**
 * A bot string as the chat shows it: Telegram's HTML tags gone, entities decoded. Tests look
 * for the bot's words through the locales, so a change of wording does not break them.
 */
export function shown(locale: Locale, key: string, args?: TArgs): string {
  return i18n
    .text(locale, key, args)
    .replace(/<[^>]+>/g, "")
    .replace(/&(lt|gt|amp|quot);/g, (m) => ENTITIES[m] ?? m);
}

/** The first line of a bot string (long messages are matched by their opening). */
export function firstLine(locale: Locale, key: string, args?: TArgs): string {
  return shown(locale, key, args).split("\n")[0] ?? "";
}

/** A label for a button (plain text, no HTML). */
export function label(locale: Locale, key: string, args?: TArgs): string {
  return i18n.text(locale, key, args);
}

/**
 * The first line of a bot string as a pattern, with the arguments named in `open` matching any
 * text (an id, a count, a reference number the bot makes up): one capture group each, in order.
 */
export function linePattern(locale: Locale, key: string, args: TArgs, open: readonly string[]): RegExp {
  const marks = Object.fromEntries(open.map((name, i) => [name, `\uE000${i}\uE000`]));
  const text = firstLine(locale, key, { ...args, ...marks });
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\uE000\d+\uE000/g, "(.+?)");
  return new RegExp(escaped);
}
