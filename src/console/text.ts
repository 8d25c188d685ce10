/** The console's translation function: plain text in one language, escaped by hono/jsx when rendered. */
import { raw } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import type { I18n, Locale, TArgs } from "../i18n.ts";

/** Translates a key into the page's language. Plain text: hono/jsx escapes it, so no HTML escaping here. */
export type Text = (key: string, args?: TArgs) => string;

/** The Text function of one locale. */
export function textIn(i18n: I18n, locale: Locale): Text {
  return (key, args) => i18n.text(locale, key, args);
}

/**
 * A chat message shown on a page as it is in the chat (with its <b>/<code>): i18n.t escapes every
 * argument, so the only markup is the locale file's own.
 */
export function chatHtml(i18n: I18n, locale: Locale, key: string, args?: TArgs): HtmlEscapedString {
  return raw(i18n.t(locale, key, args)) as HtmlEscapedString;
}

/**
 * A chat form's problem as a console page shows it, next to its field: the chat's message, unless it
 * points at the chat's buttons ("tap Skip", "tap a suggestion"); then the console's own wording of the
 * same problem, kept in the locales as `console-{key}`.
 */
export function problemHtml(i18n: I18n, locale: Locale, key: string, args?: TArgs): HtmlEscapedString {
  const own = `console-${key}`;
  return chatHtml(i18n, locale, i18n.has(locale, own) ? own : key, args);
}
