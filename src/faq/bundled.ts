/** The knowledge base as shipped (locales/faq.*.json), per locale. */
import en from "../../locales/faq.en.json" with { type: "json" };
import zh from "../../locales/faq.zh-CN.json" with { type: "json" };
import type { FaqEntry, FaqLocale } from "./types.ts";

// Apart from kb.ts so that terms.ts can tell a bundled entry from a staff edit without an
// import cycle (kb.ts builds the index, which reads terms.ts).
const BUNDLED: Record<FaqLocale, FaqEntry[]> = {
  "zh-CN": zh as FaqEntry[],
  en: en as FaqEntry[],
};

/** The knowledge base shipped with the code, for one locale. */
export function bundledFaq(locale: FaqLocale): readonly FaqEntry[] {
  return BUNDLED[locale];
}
