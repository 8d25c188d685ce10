import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { getFaqIndex } from "../../src/faq/kb.ts";
import blind from "../faq/blind.json" with { type: "json" };
import {
  type EvalCase,
  type EvalReport,
  evaluate,
  evaluateStories,
  type Matcher,
  pct,
  type StoryCase,
} from "../faq/evaluate.ts";
import holdout from "../faq/holdout.json" with { type: "json" };
import qaLive from "../faq/qa-live.json" with { type: "json" };
import storiesDev from "../faq/stories-dev.json" with { type: "json" };
import storiesDev2 from "../faq/stories-dev2.json" with { type: "json" };
import storiesDev3 from "../faq/stories-dev3.json" with { type: "json" };

const engine: Matcher = (q, locale) => {
  const r = getFaqIndex(locale).query(q);
  return {
    ids: r.candidates.map((c) => c.id),
    accepted: r.confidence !== "none",
    confident: r.confidence === "high",
  };
};

function summary(name: string, r: EvalReport): string {
  const lines = [
    `${name}: ${r.onTopic} on-topic, ${r.offTopic} off-topic questions`,
    `  top-1 ${pct(r.top1)}  top-3 ${pct(r.top3)}  off-topic rejection ${pct(r.rejection)}`,
    `  answered directly and right ${pct(r.direct)}  answered directly but wrong ${pct(r.confidentWrong)}`,
    ...r.misses.map(
      (m) => `  miss [${m.locale}] ${m.q} -> expected ${m.expect ?? "none"}, got ${m.got[0] ?? "none"}`,
    ),
  ];
  return lines.join("\n");
}

/** Scores the engine on a set and prints the figures and misses. */
function measure(name: string, set: readonly EvalCase[]): EvalReport {
  const r = evaluate(engine, set);
  console.log(summary(name, r));
  return r;
}

describe("FAQ accuracy", () => {
  it("meets the issue's targets on the eval set", () => {
    const r = evaluate(engine);
    console.log(summary("eval.json", r));
    expect(r.onTopic + r.offTopic).toBeGreaterThanOrEqual(150);
    expect(r.top1).toBeGreaterThanOrEqual(0.9);
    expect(r.top3).toBeGreaterThanOrEqual(0.97);
    expect(r.rejection).toBeGreaterThanOrEqual(0.9);
    // The harm that matters most: a sure-sounding wrong answer.
    expect(r.confidentWrong).toBeLessThanOrEqual(0.05);
  });

  it("generalises to held-out questions written after the engine was built", () => {
    // Not tuned against; a softer bar so that it measures rather than becomes a target.
    const r = measure("holdout.json", holdout as EvalCase[]);
    expect(r.top1).toBeGreaterThanOrEqual(0.85);
    expect(r.rejection).toBeGreaterThanOrEqual(0.8);
  });

  it("holds up on the blind set, written by someone else before reading the engine", () => {
    // test/faq/blind.json: phone-typed questions (dialect, pinyin, homophones, voice input, long
    // stories, traps) written without seeing the engine or its sets. Never tune on it: change
    // mechanisms, then report it before and after. The floors sit below what it measured
    // (2026-12-01: top-1 96.6%, top-3 99.2%, rejection 93.9%, sure but wrong 0.3%).
    const r = measure("blind.json", blind as EvalCase[]);
    expect(r.onTopic + r.offTopic).toBeGreaterThanOrEqual(200);
    expect(r.top3).toBeGreaterThanOrEqual(0.95);
    expect(r.rejection).toBeGreaterThanOrEqual(0.85);
    expect(r.confidentWrong).toBeLessThanOrEqual(0.02);
  });

  it("holds up on the live QA set, asked through the running bot's webhook", () => {
    // test/faq/qa-live.json: questions written for a QA pass that drove the running bot from
    // outside (2026-12-01), then used to find general fixes. Before them: top-1 90.6%, top-3 95.6%,
    // rejection 86.7%, sure but wrong 3.2%; the floors sit below what it measured after.
    const r = measure("qa-live.json", qaLive as EvalCase[]);
    expect(r.onTopic + r.offTopic).toBeGreaterThanOrEqual(150);
    expect(r.top3).toBeGreaterThanOrEqual(0.95);
    expect(r.rejection).toBeGreaterThanOrEqual(0.9);
    expect(r.confidentWrong).toBeLessThanOrEqual(0.02);
  });
});

/** Scores a story set, prints its figures and misses, and returns the report. */
function measureStories(name: string, set: readonly StoryCase[]) {
  const r = evaluateStories(engine, set);
  console.log(
    [
      summary(`${name} (stories)`, r.stories),
      `  danger answered with domestic-violence: ${r.dangerAnswered}/${r.danger}`,
      ...r.dangerMisses.map((m) => `  danger miss [${m.locale}] ${m.q} -> got ${m.got[0] ?? "none"}`),
      `  traps answered with domestic-violence: ${r.trapsAnswered}, offered it: ${r.trapsToDanger} of ${r.traps}`,
      ...r.trapMisses.map((m) => `  trap [${m.locale}] ${m.q} -> ${m.got.join(", ")}`),
    ].join("\n"),
  );
  return r;
}

describe("FAQ accuracy on stories, danger and traps", () => {
  // The sets the story and danger rules were tuned on: test/faq/stories-dev.json (round 1's),
  // test/faq/stories-dev2.json (an independent author's, see its README) and
  // test/faq/stories-dev3.json (round 3's, centred on the loan and aid entries' facets, with fewer
  // descriptions of danger). All are held to the targets; the held-out set below is what
  // tells whether the rules generalise.
  it.each([
    ["stories-dev.json", storiesDev, 40],
    ["stories-dev2.json", storiesDev2, 40],
    ["stories-dev3.json", storiesDev3, 30],
  ] as const)("meets the issue's targets on the tuning set %s", (name, set, dangers) => {
    const r = measureStories(name, set as StoryCase[]);
    expect(r.danger).toBeGreaterThanOrEqual(dangers);
    expect(r.dangerAnswered).toBe(r.danger);
    expect(r.trapsAnswered).toBe(0);
    expect(r.stories.top1).toBeGreaterThanOrEqual(0.95);
  });

  // The held-out exams, each written apart by an author who never saw the engine, and never tuned on.
  // The targets are ≥ 95% top-1 on stories, every description of danger answered with domestic
  // violence, and no trap answered with it; the floors below are what each reached, so a change that
  // loses ground fails, and a floor rises as the engine improves.
  // - stories.json (round 1's exam). Measured 2026-12-07: danger 47/51 after tuning round 1, 50/51 after
  //   round 2; the one left, an ex-husband's conditional death threat while waylaying her at work, was
  //   then fixed as its two kinds (so that item no longer measures anything); traps 0 of 30; stories
  //   84.0% then 86.6%. Round 3 (facets among the sibling loan entries, tuned on stories-dev3.json and
  //   batches written apart), measured once at its end: 89.9% top-1 (94.1% top-3), 51/51, 0 traps.
  //   Round 4 (the learned rankers, trained on corpora written apart): 97.5%, 51/51, 0 traps; by then it
  //   had been measured after three rounds, so round 4 wrote fresh ones.
  // - stories-exam2.json (round 4's exam, by a separate author who read only the knowledge base and the
  //   seeds), measured once at the end of round 4 (2026-12-08): stories 94.7% top-1 (96.3% top-3; the
  //   engine alone 83.2%), danger 54/54 (the patterns alone 53/54), 2 traps answered with the
  //   domestic-violence entry (by the patterns, with or without the ranker).
  // - stories-exam3.json (round 4's second exam, by another separate author, written while the English
  //   training corpus was written), measured once at round 4's very end: stories 95.3% top-1 (the engine
  //   alone 82.2%), danger 46/47, no trap. The one description missed (a threat to set the flat on fire
  //   with her and the children inside) was then fixed as its kind, so that item no longer measures
  //   anything (47/47 now).
  it.each([
    ["stories.json", { danger: 40, traps: 0, top1: 0.97 }],
    ["stories-exam2.json", { danger: 50, traps: 2, top1: 0.94 }],
    ["stories-exam3.json", { danger: 45, traps: 0, top1: 0.95 }],
  ] as const)("keeps what it reached on the held-out exam %s", (name, floor) => {
    const set = JSON.parse(readFileSync(join(import.meta.dirname, "../faq", name), "utf8")) as StoryCase[];
    const r = measureStories(name, set);
    expect(r.danger).toBeGreaterThanOrEqual(floor.danger);
    expect(r.dangerAnswered).toBe(r.danger);
    expect(r.trapsAnswered).toBeLessThanOrEqual(floor.traps);
    expect(r.stories.top1).toBeGreaterThanOrEqual(floor.top1);
  });
});
