/** The hand-edited lexicon compiled into the maps the analysis reads. */
import { stem } from "./stem.ts";

/** The hand-edited lexicon (src/faq/lexicon.json): concepts with their surface forms, stop words. */
export interface LexiconSource {
  weights: Record<string, number>;
  /**
   * Concepts that refine a question but name no subject on their own: facets (how much, where,
   * documents, sign up) and people (women, husband, child). See decide.ts.
   */
  context: string[];
  /**
   * Context concepts that tell a story but are never what it asks: people (husband, child, family,
   * women) and acts said in everyday words (打, hit, kick: see src/faq/danger.ts for when they
   * are violence). An entry that shares only these with a question is not offered.
   */
  aside: string[];
  /** Concepts a "not" just before cancels: an act said not to happen ("从来不打我") is no act. */
  negatable: string[];
  concepts: Record<string, string[]>;
  stop: { zh: string[]; en: string[] };
}

const isLatin = (form: string) => form.charCodeAt(0) < 0x2e80;

/**
 * The Porter stems of the lexicon's English words, where they differ from the word
 * (src/faq/lexicon-stems.json, written by `node dev/faq-lexicon.ts`). With it an isolate builds
 * its dictionaries without running the stemmer over ~1,700 words, the costliest part of a cold
 * start, while the bundle carries only the words that change.
 */
export function lexiconStems(source: LexiconSource): Record<string, string> {
  const words = [...Object.values(source.concepts).flat().filter(isLatin), ...source.stop.en].flatMap((f) =>
    f.split(" "),
  );
  const stems: Record<string, string> = {};
  for (const w of [...new Set(words)].sort()) {
    const s = stem(w);
    if (s !== w) stems[w] = s;
  }
  return stems;
}
