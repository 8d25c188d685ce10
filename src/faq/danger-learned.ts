/** The safety rule's second reader: a learned ranker for danger told in words the rule's patterns do not know. */
import stored from "./danger-model.json" with { type: "json" };
import { DA_SENSES } from "./danger-zh.ts";
import { hanCount, LONG_HAN } from "./long.ts";
import { type FaqModel, readModel, type StoredModel } from "./model.ts";

// Chosen by 5-fold cross-validation on test/faq/danger-dev.json, danger-dev2.json and the rule's own table
// (docs/faq.md, `npm run bench -- faq-cv`). The reader is sure of long stories and unsure of short
// sentences: on short ones with a family word (« my husband is beating cancer ») it guessed danger far too
// often, and short descriptions are what the rule's patterns read best. So it reads Chinese messages of 12
// Han characters and more only, with a partner, an ex or family named, and asks more of the shorter ones.
// With it the rule caught 659 of 705 descriptions where the patterns alone caught 625, and took 9 of 501
// look-alikes for danger where the patterns alone took 6.
/** In a long message (LONG_HAN characters, src/faq/long.ts), this probability is danger. */
const LONG_P = 0.8;
/** A shorter message, from this many, must be this sure; violence set aside by its frame is not read there. */
const MEDIUM = { han: 12, p: 0.9 };
/** Violence the rule set aside by its frame (a drama, another family) is hers only when this sure. */
const FRAMED = 0.9;

// Words of violence in senses that are not: the rule's patterns know them by their structure (a verb
// needs someone hurt), the reader only by its words, so it reads the text with them taken out.
const PLAIN_SENSES = new RegExp(
  [
    `打(?:${DA_SENSES})`,
    "推(?:荐|广|销|选|举)",
    "(?:笑|累|热|冷|困|饿|忙|烦|气|急|吓|馋)死",
    "\\b(?:beat|beats|beating|beaten)\\s+(?:the\\s+)?(?:cancer|illness|disease|odds|heat|rush|traffic|deadline|record|crowd)\\b",
    "\\bkill(?:s|ing|ed)?\\s+(?:time|it)\\b",
    "\\bhits?\\s+the\\s+(?:jackpot|road|gym|books|roof|ceiling|sack)\\b",
  ].join("|"),
  "gi",
);

/** The text as the learned reader reads it: violent words in their other senses taken out. */
export function plainSenses(text: string): string {
  return text.replace(PLAIN_SENSES, " ");
}

let model: FaqModel | undefined;

/** The probability the learned reader gives that a text describes danger from her partner or family. */
export function dangerProbability(text: string): number {
  model ??= readModel(stored as StoredModel);
  return model.scores(plainSenses(text)).get("danger") ?? 0;
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
  // Chinese only: in English it learned from too few safe messages about a husband, and took « my
  // husband is sick, is there any help for families like ours » for danger; English has the patterns.
  const han = hanCount(text);
  if (han < MEDIUM.han || !family()) return false;
  const p = reader.scores(plainSenses(text)).get("danger") ?? 0;
  if (han >= LONG_HAN) return p >= (framed ? FRAMED : LONG_P);
  return !framed && p >= MEDIUM.p;
}
