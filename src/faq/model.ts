/** The FAQ's learned ranker: how likely each bundled entry is to be what a question asks, from labelled questions. */

import stored from "./model.json" with { type: "json" };
import { modelFeatures } from "./model-features.ts";

/** A ranker over entry ids; entries it was not trained on are absent from its scores. */
export interface FaqModel {
  /** Probability per entry id it knows (and `null` for "none of them"), summing to 1. */
  scores(text: string): ReadonlyMap<string, number>;
  /** Whether it was trained on this entry. */
  knows(id: string): boolean;
}

/** The stored form written by dev/faq-model.ts: weights in tenths, per feature "class:weight …". */
export interface StoredModel {
  /** Hash of what it was trained on (test/unit/faq-model.test.ts fails when it is out of date). */
  inputs: string;
  classes: string[];
  bias: number[];
  weights: Record<string, string>;
}

/**
 * Reads a stored model. A feature's weights are unpacked when a question first has it, not up front:
 * a question has some fifty features of the model's thousands, and a cold isolate's first answer
 * should not pay for the rest.
 */
export function readModel(model: StoredModel): FaqModel {
  const known = new Set(model.classes);
  const unpacked = new Map<string, Int16Array | null>();
  const weightsOf = (f: string): Int16Array | null => {
    let v = unpacked.get(f);
    if (v !== undefined) return v;
    const packed = Object.hasOwn(model.weights, f) ? model.weights[f] : undefined;
    if (packed === undefined) v = null;
    else {
      const pairs = packed.split(" ");
      v = new Int16Array(pairs.length * 2);
      for (let i = 0; i < pairs.length; i++) {
        const at = pairs[i]!.indexOf(":");
        v[2 * i] = Number(pairs[i]!.slice(0, at));
        v[2 * i + 1] = Number(pairs[i]!.slice(at + 1));
      }
    }
    unpacked.set(f, v);
    return v;
  };
  return {
    knows: (id) => known.has(id),
    scores(text) {
      const xs = modelFeatures(text);
      // Features are scaled by 1/√n so a long story does not swamp the bias.
      const scale = 1 / Math.sqrt(xs.length || 1);
      const z = model.bias.map((b) => b / 10);
      for (const f of xs) {
        const v = weightsOf(f);
        if (!v) continue;
        for (let i = 0; i < v.length; i += 2) z[v[i]!]! += (v[i + 1]! / 10) * scale;
      }
      const top = Math.max(...z);
      const exp = z.map((x) => Math.exp(x - top));
      const sum = exp.reduce((a, b) => a + b, 0);
      return new Map(model.classes.map((c, k): [string, number] => [c, exp[k]! / sum]));
    },
  };
}

let bundled: FaqModel | undefined;
/** The ranker trained on the bundled entries and the labelled sets (see dev/faq-model.ts). */
export function bundledModel(): FaqModel {
  bundled ??= readModel(stored as StoredModel);
  return bundled;
}
