import en from "../../locales/faq.en.json" with { type: "json" };
import zh from "../../locales/faq.zh-CN.json" with { type: "json" };
import { createFaqIndex } from "./index.ts";
import type { FaqEntry, FaqIndex, FaqLocale } from "./types.ts";

const BUNDLED: Record<FaqLocale, FaqEntry[]> = {
  "zh-CN": zh as FaqEntry[],
  en: en as FaqEntry[],
};

/** The knowledge base shipped with the code, for one locale. */
export function bundledFaq(locale: FaqLocale): readonly FaqEntry[] {
  return BUNDLED[locale];
}

const built = new Map<FaqLocale, FaqIndex>();

/**
 * The index over the bundled entries only, built on first use and kept for the isolate's life.
 * It is what answers when Redis cannot be reached; with Redis, use `loadFaqIndex` (library.ts),
 * which adds staff edits.
 */
export function getFaqIndex(locale: FaqLocale): FaqIndex {
  let index = built.get(locale);
  if (!index) {
    index = createFaqIndex(BUNDLED[locale], locale);
    built.set(locale, index);
  }
  return index;
}
