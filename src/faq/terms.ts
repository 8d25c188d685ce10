/** The bundled entries' terms worked out ahead of time, so a fresh isolate builds its index fast. */
import { analyze, OFFTOPIC } from "./analyze.ts";
import { bundledFaq } from "./bundled.ts";
import { statedFacets } from "./facets.ts";
import { normalizeForMatch } from "./normalize.ts";
import stored from "./terms.json" with { type: "json" };
import type { FaqEntry, FaqLocale } from "./types.ts";

// The index needs the terms of every question, keyword and answer. Working them out means
// normalising, segmenting and stemming some 30,000 characters, which on a fresh isolate runs as
// cold code and was most of the first index's cost (issue 5: under 20 ms). So for the bundled
// entries they are worked out ahead (src/faq/terms.json, written by dev/faq-lexicon.ts;
// test/unit/faq.test.ts fails while it is out of date); staff edits are analysed here.

/** The terms the index matches an entry on. */
export interface EntryTerms {
  /** Per question, its distinct terms. */
  questions: string[][];
  /** Per keyword, its distinct terms. */
  keywords: string[][];
  /** The concepts its answer names. */
  answer: string[];
}

// An off-topic word inside a phrasing must not make the entry match off-topic questions.
const textTerms = (text: string) =>
  [...new Set(analyze(statedFacets(normalizeForMatch(text))))].filter((t) => t !== OFFTOPIC);

/** Works an entry's terms out from its texts. */
export function analyzeEntry(entry: FaqEntry): EntryTerms {
  // Only the concepts of an answer count, so one forward reading of it is enough.
  const answer = new Set(analyze(normalizeForMatch(entry.answer), undefined, true));
  return {
    questions: entry.questions.map(textTerms),
    keywords: (entry.keywords ?? []).map(textTerms),
    answer: [...answer].filter((t) => t.startsWith("@") && t !== OFFTOPIC),
  };
}

// terms.json holds one line per entry: its questions', keywords' and answer's terms, the texts
// split by "|" and the terms by spaces (normalised text has neither inside a term). One string
// per entry costs an isolate next to nothing to load; it is split only when an index is built.
const TEXT = "|";
const TERM = " ";

/** An entry's terms as terms.json keeps them. */
export function serializeTerms(terms: EntryTerms): string {
  return [...terms.questions, ...terms.keywords, terms.answer].map((t) => t.join(TERM)).join(TEXT);
}

const STORED = stored as Record<FaqLocale, Record<string, string>>;

/** An entry's terms: as stored for an entry of the bundle as shipped, worked out for any other. */
export function entryTerms(entry: FaqEntry, locale: FaqLocale): EntryTerms {
  const line = bundledFaq(locale).includes(entry) ? STORED[locale]?.[entry.id] : undefined;
  const texts = line?.split(TEXT).map((t) => (t ? t.split(TERM) : []));
  const q = entry.questions.length;
  const k = entry.keywords?.length ?? 0;
  if (texts?.length !== q + k + 1) return analyzeEntry(entry);
  return { questions: texts.slice(0, q), keywords: texts.slice(q, q + k), answer: texts[q + k]! };
}

/** The terms of every bundled entry as terms.json should hold them (dev/faq-lexicon.ts; a test compares). */
export function bundledTerms(): Record<FaqLocale, Record<string, string>> {
  const of = (locale: FaqLocale) =>
    Object.fromEntries(bundledFaq(locale).map((e) => [e.id, serializeTerms(analyzeEntry(e))]));
  return { "zh-CN": of("zh-CN"), en: of("en") };
}
