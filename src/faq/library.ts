/** The FAQ index to answer with: bundled entries merged with staff edits, rebuilt only when staff change something. */
import { logError } from "../log.ts";
import type { Redis } from "../store/redis.ts";
import { createFaqIndex } from "./index.ts";
import { bundledFaq, getFaqIndex } from "./kb.ts";
import { faqKeys } from "./keys.ts";
import { bundledModel } from "./model.ts";
import { mergeOverrides } from "./overrides.ts";
import { readOverrides } from "./store.ts";
import type { FaqIndex, FaqLocale } from "./types.ts";

// One index per locale per isolate, rebuilt only when staff change something. Every lookup
// reads the version token (one small GET), so an edit made through any isolate is seen by
// every isolate on its next question: staff edits take effect at once for everyone.
const cache = new Map<FaqLocale, { rev: string; index: FaqIndex }>();

/** The index to answer with, and whether it reflects storage (false: Redis was unreachable). */
export interface LoadedIndex {
  index: FaqIndex;
  live: boolean;
}

/**
 * The current index for a locale: the bundled entries merged with the staff overrides in Redis.
 * When Redis cannot be reached, the last index this isolate built answers (or the bundled one),
 * so an outage never stops answers; only the staff overrides made since are missing.
 */
export async function loadFaqIndex(redis: Redis, locale: FaqLocale): Promise<LoadedIndex> {
  try {
    const raw = await redis.get<unknown>(faqKeys.rev(locale));
    if (raw === null) return { index: getFaqIndex(locale), live: true };
    const rev = String(raw);
    const hit = cache.get(locale);
    if (hit?.rev === rev) return { index: hit.index, live: true };
    const overrides = await readOverrides(redis, locale);
    const index = overrides.length
      ? createFaqIndex(mergeOverrides(bundledFaq(locale), overrides), locale, {}, bundledModel())
      : getFaqIndex(locale);
    cache.set(locale, { rev, index });
    return { index, live: true };
  } catch (error) {
    logError("faq_index_load_failed", error, { locale });
    return { index: cache.get(locale)?.index ?? getFaqIndex(locale), live: false };
  }
}

/** The index without touching Redis (storage known to be down): the last built, else bundled. */
export function offlineFaqIndex(locale: FaqLocale): FaqIndex {
  return cache.get(locale)?.index ?? getFaqIndex(locale);
}
