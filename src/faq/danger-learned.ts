/** The safety rule's second reader: a learned ranker for danger told in words the rule's patterns do not know. */
import stored from "./danger-model.json" with { type: "json" };
import { isLong } from "./long.ts";
import { type FaqModel, readModel, type StoredModel } from "./model.ts";

// Chosen by 5-fold cross-validation on test/faq/danger-dev.json, danger-dev2.json and the rule's own table
// (docs/faq.md). The reader is sure of long stories and unsure of short sentences: on short ones with a
// family word (« my husband is beating cancer ») it guessed danger far too often, and short descriptions are
// what the rule's patterns read best. So it reads long messages only, with a partner, an ex or family named.
// There it caught 311 of 357 fresh descriptions where the rule alone caught 277, and let 2 more of 247
// look-alikes through (8 where the rule alone let 6).
/** With a partner, an ex or family named (the rule's own words for them), this probability is danger. */
const WITH_FAMILY = 0.8;
/** Violence the rule set aside by its frame (a drama, another family) is hers only when this sure. */
const FRAMED = 0.9;

let model: FaqModel | undefined;

/** The probability the learned reader gives that a text describes danger from her partner or family. */
export function dangerProbability(text: string): number {
  model ??= readModel(stored as StoredModel);
  return model.scores(text).get("danger") ?? 0;
}

/**
 * Whether the learned reader finds danger the rule's patterns did not: a description of violence,
 * threats or control in everyday or dialect words (锤得鼻子直冒血, 呼我大嘴巴子, hot soup thrown at
 * me). `family` tells whether the text names a partner, an ex or family in the rule's words; `framed`
 * whether the rule set its violence aside as a drama, a game or someone else's. Only long messages
 * are read, and the family word is checked first, so most questions never run the reader.
 */
export function learnedDanger(text: string, family: () => boolean, framed: boolean): boolean {
  model ??= readModel(stored as StoredModel);
  return learnedDangerWith(model, text, family, framed);
}

/** learnedDanger with a given model: bench/faq-cv.ts cross-validates the reader with models trained apart. */
export function learnedDangerWith(
  reader: FaqModel,
  text: string,
  family: () => boolean,
  framed: boolean,
): boolean {
  if (!isLong(text) || !family()) return false;
  const p = reader.scores(text).get("danger") ?? 0;
  return p >= (framed ? FRAMED : WITH_FAMILY);
}
