/** What the FAQ's learned rankers read of a text: the engine's own terms, and its Han characters and bigrams. */
import { analyze } from "./analyze.ts";
import { statedFacets } from "./facets.ts";
import { normalizeForMatch } from "./normalize.ts";

const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * The features of a text for the learned rankers (src/faq/model.ts), the same for training
 * (dev/faq-model.ts) and asking. The engine's terms carry the lexicon's meaning (concepts shared by
 * both languages, facets stated her own way); the raw Han characters and bigrams carry the words
 * the lexicon does not know (dialect verbs such as 锤 or 削, her own facet words), which is where
 * stories told her own way differ from the entries' phrasings.
 */
export function modelFeatures(text: string): string[] {
  const norm = normalizeForMatch(text);
  const out = new Set<string>(analyze(statedFacets(norm)));
  for (const run of norm.match(HAN_RUN) ?? [])
    for (let i = 0; i < run.length; i++) {
      out.add(`u:${run[i]}`);
      if (i + 1 < run.length) out.add(`b:${run.slice(i, i + 2)}`);
    }
  return [...out];
}
