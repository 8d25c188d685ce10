/** The bundled knowledge base's index per locale, built once per isolate. */
import { bundledFaq } from "./bundled.ts";
import { createFaqIndex } from "./index.ts";
import { bundledModel } from "./model.ts";
import type { FaqIndex, FaqLocale } from "./types.ts";

export { bundledFaq };

const built = new Map<FaqLocale, FaqIndex>();

/**
 * The index over the bundled entries only, built on first use and kept for the isolate's life.
 * It is what answers when Redis cannot be reached; with Redis, use `loadFaqIndex` (library.ts),
 * which adds staff edits.
 */
export function getFaqIndex(locale: FaqLocale): FaqIndex {
  let index = built.get(locale);
  if (!index) {
    index = createFaqIndex(bundledFaq(locale), locale, {}, bundledModel());
    built.set(locale, index);
  }
  return index;
}
