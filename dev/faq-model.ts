// Trains the FAQ's learned rankers (src/faq/model.ts) and writes src/faq/model.json (which entry a question
// asks about) and src/faq/danger-model.json (whether it describes danger, for the safety rule). Run after
// editing the knowledge base (locales/faq.*.json), the lexicon, the safety rule's table or the labelled
// sets in dev/faq-model-inputs.ts:
//   npm exec -- node dev/faq-model.ts
// (test/unit/faq-model.test.ts fails while either file is out of date.)
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { plainSenses } from "../src/faq/danger-learned.ts";
import type { StoredModel } from "../src/faq/model.ts";
import { modelFeatures } from "../src/faq/model-features.ts";
import {
  dangerClasses,
  dangerInputs,
  entryClasses,
  entryInputs,
  type Labelled,
  modelInputsHash,
} from "./faq-model-inputs.ts";

// Multinomial logistic regression by stochastic gradient descent; a fixed shuffle seed makes the
// output the same on every run. A feature seen in one question only is dropped (it says more about
// that question than about its entry), and so is a weight under PRUNE, which keeps the file small
// at no cost in accuracy (bench/faq.ts reports both).
const EPOCHS = 40;
const L2 = 1e-4;
const MIN_COUNT = 3;
const PRUNE = 0.5;
/** Learning rates chosen by 5-fold cross-validation on the training corpora (docs/faq.md). */
export const RATES = { entry: 0.6, danger: 1 } as const;

/** A labelled question as the danger reader reads it: violent words in their other senses taken out. */
export const asReaderReads = ({ q, expect }: Labelled): Labelled => ({ q: plainSenses(q), expect });

/** The danger reader's inputs as it reads them. */
export const dangerReadings = (): Labelled[] => dangerInputs().map(asReaderReads);

/** Trains on labelled questions; returns per feature its weight per class. */
export function train(data: readonly Labelled[], classes: readonly string[], RATE: number): StoredModel {
  const K = classes.length;
  const index = new Map(classes.map((c, i) => [c, i]));
  const seen = new Map<string, number>();
  const rows = data.map((d) => modelFeatures(d.q));
  for (const xs of rows) for (const f of xs) seen.set(f, (seen.get(f) ?? 0) + 1);
  const X = rows.map((xs) => xs.filter((f) => (seen.get(f) ?? 0) >= MIN_COUNT));
  const Y = data.map((d) => index.get(d.expect ?? "null") ?? index.get("null")!);
  const w = new Map<string, Float64Array>();
  for (const xs of X) for (const f of xs) if (!w.has(f)) w.set(f, new Float64Array(K));
  const bias = new Float64Array(K);
  const order = data.map((_, i) => i);
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = RATE / (1 + epoch * 0.1);
    for (const n of order) {
      const xs = X[n]!;
      const scale = 1 / Math.sqrt(rows[n]!.length || 1);
      const z = Float64Array.from(bias);
      for (const f of xs) {
        const v = w.get(f)!;
        for (let k = 0; k < K; k++) z[k]! += v[k]! * scale;
      }
      const top = Math.max(...z);
      let sum = 0;
      for (let k = 0; k < K; k++) {
        z[k] = Math.exp(z[k]! - top);
        sum += z[k]!;
      }
      for (let k = 0; k < K; k++) {
        const g = z[k]! / sum - (k === Y[n] ? 1 : 0);
        bias[k]! -= rate * g;
        for (const f of xs) {
          const v = w.get(f)!;
          v[k]! -= rate * (g * scale + L2 * v[k]!);
        }
      }
    }
  }
  const weights: Record<string, string> = {};
  for (const [f, v] of [...w].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const kept: string[] = [];
    v.forEach((x, k) => {
      if (Math.abs(x) >= PRUNE) kept.push(`${k}:${Math.round(x * 10)}`);
    });
    if (kept.length) weights[f] = kept.join(" ");
  }
  return { inputs: "", classes: [...classes], bias: [...bias].map((b) => Math.round(b * 10) || 0), weights };
}

if (import.meta.main) {
  const root = join(import.meta.dirname, "..");
  const inputs = await modelInputsHash();
  const write = (name: string, model: StoredModel) => {
    model.inputs = inputs;
    const out = join(root, "src/faq", name);
    writeFileSync(out, `${JSON.stringify(model)}\n`);
    execFileSync(join(root, "node_modules/.bin/biome"), ["format", "--write", out], { stdio: "ignore" });
    console.log(`wrote src/faq/${name}: ${Object.keys(model.weights).length} features`);
  };
  write("model.json", train(entryInputs(), entryClasses(), RATES.entry));
  // The reader reads texts with violent words in their other senses taken out (danger-learned.ts).
  write("danger-model.json", train(dangerReadings(), dangerClasses(), RATES.danger));
}
