/** Fluent bundles for both languages, and the one rule for which language a person is written to in. */
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { escapeHtml } from "./text/html.ts";

/** The supported interface languages. */
export const LOCALES = ["zh-CN", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh-CN";

/** Whether a stored or given value is a supported locale. */
export const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value);

/** Arguments for a message; strings are user text and get escaped for HTML. */
export type TArgs = Record<string, string | number | Date>;
/** Translates a key; the result is safe to send in HTML parse mode. */
export type Translate = (key: string, args?: TArgs) => string;

/** Loaded message bundles for every locale. */
export interface I18n {
  t(locale: Locale, key: string, args?: TArgs): string;
  /** Plain text for button labels and callback alerts, where HTML is not parsed. */
  text(locale: Locale, key: string, args?: TArgs): string;
  has(locale: Locale, key: string): boolean;
  keys(locale: Locale): string[];
}

/** Builds bundles from Fluent sources (the .ftl files' text); throws on a syntax error. */
export function createI18n(sources: Record<Locale, string>): I18n {
  const bundles = new Map<Locale, FluentBundle>();
  const ids = new Map<Locale, string[]>();
  for (const locale of LOCALES) {
    const bundle = new FluentBundle(locale, { useIsolating: false });
    const resource = new FluentResource(sources[locale]);
    const errors = bundle.addResource(resource);
    if (errors.length > 0) throw new Error(`locales/${locale}.ftl: ${errors.map(String).join("; ")}`);
    bundles.set(locale, bundle);
    ids.set(
      locale,
      resource.body.map((entry) => entry.id),
    );
  }
  const format = (locale: Locale, key: string, args: TArgs | undefined, html: boolean): string => {
    // A key missing in one locale falls back to the default locale rather than showing the key.
    const bundle = [bundles.get(locale), bundles.get(DEFAULT_LOCALE)].find((b) => b?.hasMessage(key));
    const message = bundle?.getMessage(key);
    if (!bundle || !message?.value) return key;
    const vars: Record<string, FluentVariable> = {};
    for (const [name, value] of Object.entries(args ?? {})) {
      vars[name] = typeof value === "string" && html ? escapeHtml(value) : value;
    }
    return bundle.formatPattern(message.value, vars);
  };
  return {
    t: (locale, key, args) => format(locale, key, args, true),
    text: (locale, key, args) => format(locale, key, args, false),
    has: (locale, key) => bundles.get(locale)?.hasMessage(key) ?? false,
    keys: (locale) => ids.get(locale) ?? [],
  };
}

/** Maps Telegram's language_code to a supported locale: zh, zh-hans, zh-CN → zh-CN; en* → en. */
export function localeFromTelegram(code: string | undefined): Locale | undefined {
  const c = code?.toLowerCase();
  if (!c) return undefined;
  if (c === "zh" || c.startsWith("zh-hans") || c === "zh-cn" || c === "zh-sg") return "zh-CN";
  if (c.startsWith("en")) return "en";
  return undefined;
}

/**
 * The one recipient-language rule, for replies and for everything sent outside a reply: her explicit
 * choice (/language), then her channel's language (Telegram's, as last seen), then `fallback`
 * (Chinese unless the caller knows better, e.g. the language an application was made in).
 */
export function recipientLocale(
  chosen: unknown,
  channel: unknown,
  fallback: Locale = DEFAULT_LOCALE,
): Locale {
  if (isLocale(chosen)) return chosen;
  if (isLocale(channel)) return channel;
  return fallback;
}

/**
 * The language of a reply: the rule, with Telegram's language_code of this update as her channel's,
 * or, when this update has none (it is optional), her channel's language as last seen.
 */
export function negotiateLocale(
  stored: Locale | undefined,
  telegram: string | undefined,
  lastSeen?: unknown,
): Locale {
  return recipientLocale(stored, localeFromTelegram(telegram) ?? lastSeen);
}
