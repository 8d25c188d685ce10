/** How sure the FAQ is: scoring knobs and the decision between an answer, did-you-mean and no answer. */
import type { FaqConfidence, FaqMatch } from "./types.ts";

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
  /** Beside the learned ranker's probability, the engine's score counts this much in a long message (rerank.ts). */
  engineLong: number;
  /** …and this much in a short question, which the engine reads well. */
  engineShort: number;
  /** A long story the engine cannot place is answered when the ranker gives one entry this much. */
  modelRescue: number;
  /** …or this much when the engine had that entry among its candidates. */
  modelRescueNear: number;
  /** A lead the ranker chose is answered directly from this probability; below it, offered. */
  modelSure: number;
}

export const DEFAULT_TUNING: FaqTuning = {
  coverageShare: 0.6,
  unknownFactor: 0.85,
  high: 0.5,
  low: 0.35,
  margin: 0.03,
  engineLong: 0.5,
  engineShort: 12,
  modelRescue: 0.6,
  modelRescueNear: 0.35,
  modelSure: 0.6,
};

const UNKNOWN_RATIO = 1.25;
// A lone word close to two entries it names both; "家暴" is far nearer its own entry than 12338's.
const LONE_MARGIN = 0.1;
// A story names one subject when its best entry explains this much more of it than any other.
export const STORY_LEAD = 0.1;
// The least score at which a long story clearly led by one entry is answered with it.
const LONG_LOW = 0.25;
// Two entries this close, each about a subject the other does not name, were asked about equally.
const TWO_SUBJECTS = 0.15;

/** What a question says beyond its score, as the index measured it. */
export interface Evidence {
  /** Summed weight of the question's words the knowledge base uses. */
  known: number;
  /** Summed weight of the words it never uses (off-topic words included). */
  unknown: number;
  /**
   * The question names a subject: some known concept beyond the facets and people that any
   * topic shares ("how much", "where", "sign up", "my husband", "women").
   */
  topical: boolean;
  /** Whether the question shares a subject word (an anchor) with the given entry. */
  anchored(id: string): boolean;
  /** A long message with more plain words than concepts, scored on its concepts (see index.ts). */
  story: boolean;
  /** A long message (18 Han characters or 12 words and more): a situation told, story-like or not. */
  long: boolean;
  /** How many of the question's terms the entry's phrasings or keywords use. */
  shared(id: string): number;
  /** The question is one concept and nothing else ("farming", "种地", "贷款"). */
  lone: boolean;
  /** Whether each of two entries is about a subject of the question that the other does not name. */
  apart(a: string, b: string): boolean;
}

/**
 * How sure to be about the ranked candidates. Beyond the score thresholds and the lead over the
 * runner-up, two rules keep short and vague questions honest:
 * - a question made only of facets and people, with at least as much again that the knowledge
 *   base does not know ("中国有多少人口", "宝宝几个月加辅食"), is about those unknown words:
 *   no answer;
 * - a long story is scored on its concepts, so it must share two terms with the entry;
 * - a direct answer needs the question to name what the entry is about; "怎么报名？" or "find me a
 *   boyfriend" share only a facet or a person with it and get "did you mean" at most;
 * - a lone word that several entries are about about as much ("farming" names starting a business: the loan,
 *   the training, who may borrow) says nothing to choose between them: "did you mean" at most,
 *   and a form's answer such as "farming" is not taken for a question.
 */
export function decide(
  candidates: FaqMatch[],
  tune: FaqTuning,
  ev: Evidence,
): { best: FaqMatch | null; confidence: FaqConfidence; both?: boolean } {
  const [first, second] = candidates;
  if (!first) return { best: null, confidence: "none" };
  // A story is answered by its subject: its words are context, so its score stays low, but when one
  // entry explains clearly more of it than any other, that entry is what she asks about; a long
  // story is so answered even below the usual floor, down to LONG_LOW.
  const told =
    ev.long &&
    first.score >= LONG_LOW &&
    ev.anchored(first.id) &&
    ev.shared(first.id) >= 2 &&
    (!second || first.score - second.score >= STORY_LEAD);
  if (first.score < tune.low && !told) return { best: null, confidence: "none" };
  if (!ev.topical && ev.unknown >= UNKNOWN_RATIO * ev.known) return { best: null, confidence: "none" };
  // In a story one matching word is a coincidence ("…白天上班没精神…"); two make a subject.
  if (ev.story && ev.shared(first.id) < 2) return { best: null, confidence: "none" };
  const clear = !second || first.score - second.score >= tune.margin;
  const shared =
    ev.lone && second !== undefined && first.score - second.score < LONE_MARGIN && ev.anchored(second.id);
  // "我想贷款开个店，也想参加创业培训": two subjects named about equally; she chooses.
  const both =
    second !== undefined && first.score - second.score < TWO_SUBJECTS && ev.apart(first.id, second.id);
  const sure = first.score >= tune.high && clear && ev.anchored(first.id) && !shared && !both;
  return { best: first, confidence: (sure || told) && !both ? "high" : "low", both };
}
