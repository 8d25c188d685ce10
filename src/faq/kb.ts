import en from "../../locales/faq.en.json" with { type: "json" };
import zh from "../../locales/faq.zh-CN.json" with { type: "json" };
import { createFaqIndex } from "./index.ts";
import { mergeOverrides } from "./overrides.ts";
import type { FaqEntry, FaqIndex, FaqLocale, FaqOverride } from "./types.ts";

const BUNDLED: Record<FaqLocale, FaqEntry[]> = {
  "zh-CN": zh as FaqEntry[],
  en: en as FaqEntry[],
};

/** The knowledge base shipped with the code, for one locale. */
export function bundledFaq(locale: FaqLocale): readonly FaqEntry[] {
  return BUNDLED[locale];
}

const cache = new Map<FaqLocale, { version: string; index: FaqIndex }>();

/**
 * The index for a locale, built at most once per isolate per overrides version. Pass the
 * staff overrides and a version string that changes whenever they change (e.g. a Redis
 * counter); without overrides the bundled entries are used. If Redis is down, call it with no
 * overrides and the bundled index still answers.
 */
export function getFaqIndex(
  locale: FaqLocale,
  overrides: readonly FaqOverride[] = [],
  version = "",
): FaqIndex {
  const key = overrides.length ? `o:${version}` : "bundled";
  const hit = cache.get(locale);
  if (hit && hit.version === key) return hit.index;
  const entries = overrides.length ? mergeOverrides(BUNDLED[locale], overrides) : BUNDLED[locale];
  const index = createFaqIndex(entries, locale);
  cache.set(locale, { version: key, index });
  return index;
}
