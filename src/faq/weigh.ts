/** How much each kind of FAQ term weighs in a match. */
import { conceptWeight, isContext, OFFTOPIC } from "./analyze.ts";

// Term kinds weigh differently: a lexicon concept is curated meaning, a Chinese bigram or an
// English word left over is incidental phrasing.
const KIND_WEIGHT = { concept: 1.6, zh: 0.7, en: 1 } as const;
// A concept said only with one character (学, 带, 打, 种) is weaker evidence than a word.
const SINGLE_CHAR = 0.5;
/** From this many terms a message may be a story (see weighQuestion). */
export const LONG_TERMS = 8;
const STORY_CAP = 1;
// In a story, its plain words together count half as much as its concepts: they are context.
const STORY_WORDS = 0.5;
// In a long message, what its last clause asks (see ask.ts) counts this much more.
const ASK_WEIGHT = 2;

/** The base weight of a term's kind: concepts by their lexicon weight, words by language. */
export function kindWeight(term: string): number {
  if (term.startsWith("@")) return KIND_WEIGHT.concept * conceptWeight(term);
  return term.startsWith("z:") ? KIND_WEIGHT.zh : KIND_WEIGHT.en;
}

/** What the index knows about terms: their weights, and what an unknown word weighs. */
export interface Vocabulary {
  weight: ReadonlyMap<string, number>;
  /** The idf of a term no entry uses. */
  rareIdf: number;
  unknownFactor: number;
}

/** A question's term weights and what the question says overall (see decide.ts). */
export interface WeighedQuestion {
  qw: number[];
  total: number;
  sumSq: number;
  known: number;
  topical: boolean;
  story: boolean;
}

/**
 * Weighs the terms of a question. A concept no entry speaks of (consumer credit, say) is a
 * subject the bot does not cover and tells against a match as much as an off-topic word. A long
 * message with more plain words than concepts is a story ("…喝多了就摔东西，上个月把我推倒…我该
 * 咋办"): its plain words together count half as much as its concepts, so the few words that
 * matter are not drowned; off-topic words always count in full. In any long message a concept
 * said again and again counts more (1 + ln n), as that is what she keeps coming back to.
 * `mentions` counts each term's occurrences in the question. `ask` holds the concepts of a long
 * message's request (its last clause that names one): in a message of LONG_TERMS terms or more
 * they weigh double, the rest being context.
 */
export function weighQuestion(
  terms: string[],
  weak: ReadonlySet<string>,
  vocab: Vocabulary,
  mentions: ReadonlyMap<string, number>,
  ask: ReadonlySet<string> = new Set(),
): WeighedQuestion {
  let concepts = 0;
  let words = 0;
  let topical = false;
  const known = terms.map((t) => vocab.weight.has(t));
  const qw = terms.map((t, i) => {
    const outside = t === OFFTOPIC || (!known[i] && t.startsWith("@"));
    const base =
      vocab.weight.get(t) ??
      vocab.rareIdf * (outside ? kindWeight(OFFTOPIC) : kindWeight(t) * vocab.unknownFactor);
    const w = weak.has(t) ? base * SINGLE_CHAR : base;
    if (!t.startsWith("@")) words += w;
    else if (known[i]) {
      concepts += w;
      if (!isContext(t)) topical = true;
    }
    return w;
  });
  const story = terms.length >= LONG_TERMS && words > STORY_CAP * concepts;
  const scale = story ? (STORY_WORDS * concepts) / words : 1;
  if (terms.length >= LONG_TERMS)
    terms.forEach((t, i) => {
      // What a long message keeps coming back to, and what its last clause asks, is what it is about.
      if (t.startsWith("@")) qw[i]! *= (1 + Math.log(mentions.get(t) ?? 1)) * (ask.has(t) ? ASK_WEIGHT : 1);
      else qw[i]! *= scale;
    });
  let total = 0;
  let sumSq = 0;
  let knownMass = 0;
  qw.forEach((w, i) => {
    total += w;
    sumSq += w * w;
    if (known[i]) knownMass += w;
  });
  return { qw, total, sumSq, known: knownMass, topical, story };
}
