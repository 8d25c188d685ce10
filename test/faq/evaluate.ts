import { DANGER_ENTRY } from "../../src/faq/danger.ts";
import type { FaqLocale } from "../../src/faq/types.ts";
import cases from "./eval.json" with { type: "json" };

/** One labelled question; expect is null for off-topic questions that must be rejected. */
export interface EvalCase {
  q: string;
  locale: FaqLocale;
  expect: string | null;
}

/** What a matcher under test returns: ranked ids (best first) and whether it answered at all. */
export interface Ranking {
  ids: string[];
  accepted: boolean;
  /** True when the matcher would answer directly (no "did you mean"); libraries leave it out. */
  confident?: boolean;
}

export type Matcher = (q: string, locale: FaqLocale) => Ranking;

export interface EvalReport {
  onTopic: number;
  offTopic: number;
  top1: number;
  top3: number;
  rejection: number;
  /** On-topic questions answered directly with the right entry. */
  direct: number;
  /** Questions answered directly with a wrong entry (on-topic) or at all (off-topic): the harm. */
  confidentWrong: number;
  misses: { q: string; locale: FaqLocale; expect: string | null; got: string[]; accepted: boolean }[];
  queryMs: number[];
}

export const evalCases = cases as EvalCase[];

/**
 * Scores a matcher: top-1 and top-3 count only answered questions (a rejected on-topic
 * question is a miss), rejection is the share of off-topic questions not answered.
 */
export function evaluate(match: Matcher, set: readonly EvalCase[] = evalCases): EvalReport {
  let top1 = 0;
  let top3 = 0;
  let rejected = 0;
  let onTopic = 0;
  let direct = 0;
  let confidentWrong = 0;
  const misses: EvalReport["misses"] = [];
  const queryMs: number[] = [];
  for (const c of set) {
    const start = performance.now();
    const r = match(c.q, c.locale);
    queryMs.push(performance.now() - start);
    const sure = r.confident ?? r.accepted;
    if (sure && r.accepted && r.ids[0] !== c.expect) confidentWrong++;
    if (c.expect === null) {
      if (!r.accepted) rejected++;
      else misses.push({ ...c, got: r.ids, accepted: r.accepted });
      continue;
    }
    onTopic++;
    const hit1 = r.accepted && r.ids[0] === c.expect;
    const hit3 = r.accepted && r.ids.slice(0, 3).includes(c.expect);
    if (hit1) top1++;
    if (hit1 && sure) direct++;
    if (hit3) top3++;
    if (!hit1) misses.push({ ...c, got: r.ids, accepted: r.accepted });
  }
  const offTopic = set.length - onTopic;
  return {
    onTopic,
    offTopic,
    top1: top1 / Math.max(onTopic, 1),
    top3: top3 / Math.max(onTopic, 1),
    rejection: rejected / Math.max(offTopic, 1),
    direct: direct / Math.max(onTopic, 1),
    confidentWrong: confidentWrong / Math.max(set.length, 1),
    misses,
    queryMs,
  };
}

/** Formats a share as a percentage with one decimal. */
export function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

/** A case of the story sets: a story with a subject, a description of danger, or a trap. */
export interface StoryCase extends EvalCase {
  kind: "story" | "danger" | "trap";
}

/** The domestic-violence entry: where every description of danger must go, and no trap. */
export { DANGER_ENTRY };

export interface StoryReport {
  stories: EvalReport;
  /** Descriptions of danger, and how many of them got the domestic-violence answer directly. */
  danger: number;
  dangerAnswered: number;
  dangerMisses: EvalReport["misses"];
  /** Traps; how many got the domestic-violence answer, and how many were offered it at all. */
  traps: number;
  trapsAnswered: number;
  trapsToDanger: number;
  trapMisses: EvalReport["misses"];
}

/**
 * Scores a story set (test/faq/stories-dev.json, test/faq/stories.json): top-1, top-3 and direct
 * answers on the stories; on danger, the share answered directly with the domestic-violence entry
 * (an offer or a no-answer is a miss); on traps, how many were given that entry at all, first or
 * among the offers.
 */
export function evaluateStories(match: Matcher, set: readonly StoryCase[]): StoryReport {
  const stories = evaluate(
    match,
    set.filter((c) => c.kind === "story"),
  );
  const danger = set.filter((c) => c.kind === "danger");
  const traps = set.filter((c) => c.kind === "trap");
  const dangerMisses: EvalReport["misses"] = [];
  const trapMisses: EvalReport["misses"] = [];
  let dangerAnswered = 0;
  let trapsAnswered = 0;
  for (const c of danger) {
    const r = match(c.q, c.locale);
    if (r.accepted && (r.confident ?? true) && r.ids[0] === DANGER_ENTRY) dangerAnswered++;
    else dangerMisses.push({ ...c, got: r.ids, accepted: r.accepted });
  }
  for (const c of traps) {
    const r = match(c.q, c.locale);
    if (!r.accepted) continue;
    // A library has no "did you mean": what it accepts, it answers.
    const direct = r.confident ?? true;
    if (direct && r.ids[0] === DANGER_ENTRY) trapsAnswered++;
    if (r.ids.slice(0, direct ? 1 : 3).includes(DANGER_ENTRY))
      trapMisses.push({ ...c, got: r.ids, accepted: r.accepted });
  }
  return {
    stories,
    danger: danger.length,
    dangerAnswered,
    dangerMisses,
    traps: traps.length,
    trapsAnswered,
    trapsToDanger: trapMisses.length,
    trapMisses,
  };
}
