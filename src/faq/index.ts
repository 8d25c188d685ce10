import { analyze, conceptWeight, lexiconSpelling, OFFTOPIC } from "./analyze.ts";
import { type Corrector, createCorrector } from "./fuzzy.ts";
import { normalizeForMatch } from "./normalize.ts";
import type { FaqConfidence, FaqEntry, FaqIndex, FaqLocale, FaqMatch, FaqResult } from "./types.ts";

// Scoring blends two views of the same evidence:
//  - coverage: how much of the question's weight the entry's vocabulary explains; unknown
//    words count against it, which is what rejects off-topic questions;
//  - closeness: cosine similarity to the entry's single nearest phrasing, which separates
//    sibling topics (the six loan entries share most words but not their question focus).
const KIND_WEIGHT = { concept: 1.6, zh: 0.7, en: 1 } as const;
const ANSWER_PRESENCE = 0.35;
const FLOOR = 0.15;
const LATIN_WORD = /[a-z]+/g;

/** Scoring knobs; the defaults are tuned on test/faq/eval.json. */
export interface FaqTuning {
  /** Share of the score from coverage; the rest is closeness to the nearest phrasing. */
  coverageShare: number;
  /**
   * Weight of a word the knowledge base never uses, relative to the rarest known word. Real
   * questions carry some filler, but a question made mostly of unknown words is off-topic.
   */
  unknownFactor: number;
  /** Minimum score for a direct answer. */
  high: number;
  /** Minimum score for "did you mean"; below it the engine admits it has no answer. */
  low: number;
  /** A direct answer also needs this lead over the runner-up. */
  margin: number;
}

export const DEFAULT_TUNING: FaqTuning = {
  coverageShare: 0.6,
  unknownFactor: 0.85,
  high: 0.5,
  low: 0.35,
  margin: 0.03,
};

interface Phrasing {
  entry: number;
  norm: number;
}

function kindWeight(term: string): number {
  if (term.startsWith("@")) return KIND_WEIGHT.concept * conceptWeight(term);
  return term.startsWith("z:") ? KIND_WEIGHT.zh : KIND_WEIGHT.en;
}

function termsOf(text: string, fix?: (w: string) => string | undefined): string[] {
  return [...new Set(analyze(normalizeForMatch(text), fix))];
}

/**
 * Builds the matcher for one locale's entries (bundled entries merged with staff overrides).
 * Build once per isolate: it takes a few milliseconds for the whole knowledge base.
 */
export function createFaqIndex(
  entries: readonly FaqEntry[],
  locale: FaqLocale,
  tuning: Partial<FaqTuning> = {},
): FaqIndex {
  const tune: FaqTuning = { ...DEFAULT_TUNING, ...tuning };
  const phrasings: Phrasing[] = [];
  const phrasingTerms: string[][] = [];
  // Per entry: term -> how strongly the entry is about it (0..1).
  const presence: Map<string, number>[] = entries.map(() => new Map());
  const latinWords: string[] = [];

  entries.forEach((entry, e) => {
    const counts = new Map<string, number>();
    const texts = [...entry.questions, ...(entry.keywords ?? [])];
    texts.forEach((text, i) => {
      const norm = normalizeForMatch(text);
      // An off-topic word inside a phrasing must not make the entry match off-topic questions.
      const terms = [...new Set(analyze(norm))].filter((t) => t !== OFFTOPIC);
      for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
      if (i < entry.questions.length) {
        phrasings.push({ entry: e, norm: 0 });
        phrasingTerms.push(terms);
      }
      for (const w of norm.match(LATIN_WORD) ?? []) latinWords.push(w);
    });
    for (const [t, n] of counts) presence[e]!.set(t, Math.min(1, 0.55 + 0.15 * n));
    for (const t of termsOf(entry.answer)) {
      if (t.startsWith("@") && t !== OFFTOPIC && !presence[e]!.has(t)) presence[e]!.set(t, ANSWER_PRESENCE);
    }
  });

  const df = new Map<string, number>();
  for (const p of presence) for (const t of p.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(entries.length, 1);
  const weight = new Map<string, number>();
  for (const [t, d] of df) weight.set(t, Math.log(1 + n / d) * kindWeight(t));
  const rareIdf = Math.log(1 + n);

  const postings = new Map<string, number[]>();
  phrasingTerms.forEach((terms, p) => {
    let sq = 0;
    for (const t of terms) {
      sq += (weight.get(t) ?? 0) ** 2;
      const list = postings.get(t);
      if (list) list.push(p);
      else postings.set(t, [p]);
    }
    phrasings[p]!.norm = Math.sqrt(sq) || 1;
  });

  // Spelling repair is built on the first unknown Latin word, not up front: most questions
  // never need it, and the build stays cheap on a cold isolate.
  let kbSpelling: Corrector | undefined;
  const fix = (w: string) => {
    kbSpelling ??= createCorrector(latinWords);
    const lex = lexiconSpelling();
    return kbSpelling.knows(w) || lex.knows(w) ? undefined : (kbSpelling.correct(w) ?? lex.correct(w));
  };
  const dots = new Float64Array(phrasings.length);

  function query(text: string): FaqResult {
    const terms = termsOf(text, fix);
    let total = 0;
    let sumSq = 0;
    const qw = terms.map((t) => {
      const w = weight.get(t) ?? rareIdf * kindWeight(t) * (t === OFFTOPIC ? 1 : tune.unknownFactor);
      total += w;
      sumSq += w * w;
      return w;
    });
    if (total === 0) return { best: null, candidates: [], confidence: "none" };

    const coverage = new Float64Array(entries.length);
    dots.fill(0);
    terms.forEach((t, i) => {
      const w = weight.get(t);
      if (w === undefined) return;
      for (let e = 0; e < entries.length; e++) coverage[e]! += qw[i]! * (presence[e]!.get(t) ?? 0);
      for (const p of postings.get(t) ?? []) dots[p]! += qw[i]! * w;
    });
    const closeness = new Float64Array(entries.length);
    const qNorm = Math.sqrt(sumSq);
    phrasings.forEach((p, i) => {
      const cos = dots[i]! / (qNorm * p.norm);
      if (cos > closeness[p.entry]!) closeness[p.entry] = cos;
    });

    const ranked: FaqMatch[] = [];
    entries.forEach((entry, e) => {
      const score = tune.coverageShare * (coverage[e]! / total) + (1 - tune.coverageShare) * closeness[e]!;
      if (score >= FLOOR) ranked.push({ id: entry.id, score: Math.round(score * 1000) / 1000 });
    });
    ranked.sort((a, b) => b.score - a.score);
    const candidates = ranked.slice(0, 3);
    return { ...decide(candidates, tune), candidates };
  }

  const byId = new Map(entries.map((e) => [e.id, e]));
  return { locale, ids: entries.map((e) => e.id), entry: (id) => byId.get(id), query };
}

function decide(
  candidates: FaqMatch[],
  tune: FaqTuning,
): { best: FaqMatch | null; confidence: FaqConfidence } {
  const [first, second] = candidates;
  if (!first || first.score < tune.low) return { best: null, confidence: "none" };
  const clear = !second || first.score - second.score >= tune.margin;
  return { best: first, confidence: first.score >= tune.high && clear ? "high" : "low" };
}
