import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { LOCALES, type Locale } from "./store/profile.ts";
import { escapeHtml } from "./text/html.ts";

export type { Locale };
export { LOCALES };
export const DEFAULT_LOCALE: Locale = "zh-CN";

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

/** The user's stored choice first, then Telegram's language, then the default. */
export function negotiateLocale(stored: Locale | undefined, telegram: string | undefined): Locale {
  return stored ?? localeFromTelegram(telegram) ?? DEFAULT_LOCALE;
}
