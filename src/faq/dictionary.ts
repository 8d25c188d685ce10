import { type Corrector, createCorrector } from "./fuzzy.ts";
import lexicon from "./lexicon.json" with { type: "json" };
import type { LexiconSource } from "./lexicon-compile.ts";
import stemTable from "./lexicon-stems.json" with { type: "json" };
import { createPinyinReader, type PinyinReader } from "./pinyin.ts";
import { hanDictionary, type Meaning } from "./segment.ts";
import { stem as porter } from "./stem.ts";

// The lexicon (src/faq/lexicon.json) compiled into lookup tables, once per isolate.

// Questions reuse a small vocabulary, so memoising the stemmer pays for itself at build time.
const stems = new Map<string, string>();
/** Porter stem of an English word, memoised. */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = porter(word);
    if (stems.size < 50_000) stems.set(word, s);
  }
  return s;
}

/** The meaning of a stop word: none. */
export const STOP: Meaning = [];
// Lexicon words whose stem differs from the word; every other lexicon word is its own stem.
const LEXICON_STEMS = stemTable as Record<string, string>;
const lexStem = (phrase: string) =>
  phrase
    .split(" ")
    .map((w) => LEXICON_STEMS[w] ?? w)
    .join(" ");

function add(map: Map<string, string[]>, key: string, concept: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [concept]);
  else if (!list.includes(concept)) list.push(concept);
}

// Lexicon forms are stored already normalised (lowercase Latin words separated by single
// spaces, or Han characters only; a unit test checks this), so the build skips regexes.
const isHan = (form: string) => form.charCodeAt(0) >= 0x2e80;

function buildDictionaries() {
  const data = lexicon as LexiconSource;
  const zh = new Map<string, Meaning>();
  const en = new Map<string, Meaning>();
  const zhConcepts = new Map<string, string[]>();
  const enConcepts = new Map<string, string[]>();
  const rawEnWords: string[] = [];
  for (const [concept, forms] of Object.entries(data.concepts)) {
    for (const form of forms) {
      if (isHan(form)) add(zhConcepts, form, `@${concept}`);
      else {
        add(enConcepts, lexStem(form), `@${concept}`);
        rawEnWords.push(...form.split(" "));
      }
    }
  }
  for (const word of data.stop.zh) zh.set(word, STOP);
  for (const word of data.stop.en) en.set(lexStem(word), STOP);
  // Concepts override stop words, so "谁能" and "who" keep their meaning.
  for (const [k, v] of zhConcepts) zh.set(k, v);
  for (const [k, v] of enConcepts) en.set(k, v);
  const weights = new Map(Object.entries(data.weights).map(([c, w]) => [`@${c}`, w]));
  const context = new Set(data.context.map((c) => `@${c}`));
  const enLongest = new Map<string, number>();
  for (const k of en.keys()) {
    const words = k.split(" ");
    enLongest.set(words[0]!, Math.max(enLongest.get(words[0]!) ?? 0, words.length));
  }
  const enWords = new Set([...en.keys()].flatMap((k) => k.split(" ")));
  rawEnWords.push(...data.stop.en);
  return { zh: hanDictionary(zh), en, enLongest, weights, context, enWords, rawEnWords };
}

/** The compiled lexicon: Chinese and English forms with their meanings, weights, context concepts. */
export const dict = buildDictionaries();

/** Weight multiplier of a concept term (weak concepts such as "help" count less). */
export function conceptWeight(term: string): number {
  return dict.weights.get(term) ?? 1;
}

/** True for a concept that refines a question but names no subject (see LexiconSource.context). */
export function isContext(term: string): boolean {
  return dict.context.has(term);
}

let lexiconCorrector: Corrector | undefined;

/** Typo corrector over the Latin words of the lexicon, built on first use and shared. */
export function lexiconSpelling(): Corrector {
  lexiconCorrector ??= createCorrector(dict.rawEnWords);
  return lexiconCorrector;
}

let pinyinReader: PinyinReader | undefined;

/** Pinyin reading and homophone hearing over the lexicon's Chinese words, built on first use. */
export function lexiconPinyin(): PinyinReader {
  pinyinReader ??= createPinyinReader((word) => dict.zh.get(word));
  return pinyinReader;
}
