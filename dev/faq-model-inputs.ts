// What the FAQ's learned rankers are trained on, and the hash that says whether their files are up to date.
import enKb from "../locales/faq.en.json" with { type: "json" };
import zhKb from "../locales/faq.zh-CN.json" with { type: "json" };
import lexicon from "../src/faq/lexicon.json" with { type: "json" };
import dangerDev from "../test/faq/danger-dev.json" with { type: "json" };
import dangerDev2 from "../test/faq/danger-dev2.json" with { type: "json" };
import { MUST_CATCH, MUST_NOT } from "../test/faq/danger-table.ts";
import evalSet from "../test/faq/eval.json" with { type: "json" };
import qaLive from "../test/faq/qa-live.json" with { type: "json" };
import storiesDev from "../test/faq/stories-dev.json" with { type: "json" };
import storiesDev2 from "../test/faq/stories-dev2.json" with { type: "json" };
import storiesDev3 from "../test/faq/stories-dev3.json" with { type: "json" };
import trainA from "../test/faq/train-a.json" with { type: "json" };
import trainB from "../test/faq/train-b.json" with { type: "json" };
import trainC from "../test/faq/train-c.json" with { type: "json" };
import trainD from "../test/faq/train-d.json" with { type: "json" };
import trainE from "../test/faq/train-e.json" with { type: "json" };
import trainF from "../test/faq/train-f.json" with { type: "json" };
import trainG from "../test/faq/train-g.json" with { type: "json" };

/** One labelled question; `expect` null is "none of the entries". */
export interface Labelled {
  q: string;
  expect: string | null;
}

const DANGER = "domestic-violence";

// The held-out sets (holdout.json, blind.json, stories.json, stories-exam2.json) are never here:
// they measure the rankers, so the rankers must not have seen them.
const sets: (Labelled & { kind?: string })[][] = [
  evalSet,
  storiesDev,
  storiesDev2,
  storiesDev3,
  qaLive,
  trainA,
  trainB,
  trainC,
  trainD,
  trainE,
  trainF,
  trainG,
  dangerDev,
  dangerDev2,
];

/** The entry ids the entry ranker knows, in knowledge-base order, and "null" for none of them. */
export const entryClasses = (): string[] => [...zhKb.map((e) => e.id), "null"];
/** The danger ranker's two classes. */
export const dangerClasses = (): string[] => ["danger", "safe"];

/** Every labelled question the entry ranker learns from: the entries' own phrasings in both languages, then the sets. */
export function entryInputs(): Labelled[] {
  const phrasings = [...zhKb, ...enKb].flatMap((e) => e.questions.map((q) => ({ q, expect: e.id })));
  return [...phrasings, ...sets.flat().map(({ q, expect }) => ({ q, expect }))];
}

/**
 * What the danger ranker learns from: the safety rule's table, and every labelled question as
 * danger (the domestic-violence entry) or safe; a trap is safe whatever entry it is about.
 */
export function dangerInputs(): Labelled[] {
  const table = [
    ...MUST_CATCH.map(([, q]) => ({ q, expect: "danger" })),
    ...MUST_NOT.map(([, q]) => ({ q, expect: "safe" })),
  ];
  const labelled = entryInputs().map(({ q, expect }) => ({
    q,
    expect: expect === DANGER ? "danger" : "safe",
  }));
  return [...table, ...labelled];
}

/** A hash of both rankers' inputs and the lexicon their features are read with. */
export async function modelInputsHash(): Promise<string> {
  const text = JSON.stringify([entryInputs(), dangerInputs(), lexicon]);
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest).slice(0, 12)].map((b) => b.toString(16).padStart(2, "0")).join("");
}
