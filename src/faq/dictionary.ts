/** The FAQ lexicon compiled into lookup tables, once per isolate. */
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
  phrase.includes(" ")
    ? phrase
        .split(" ")
        .map((w) => LEXICON_STEMS[w] ?? w)
        .join(" ")
    : (LEXICON_STEMS[phrase] ?? phrase);

// Stop words go in first: a concept's form replaces one, so "谁能" and "who" keep their meaning.
// Forms of one concept share its one-concept meaning; a form of several gets a copy.
function add(map: Map<string, Meaning>, key: string, meaning: Meaning): void {
  const list = map.get(key);
  if (!list || list === STOP) map.set(key, meaning);
  else if (!list.includes(meaning[0]!)) map.set(key, [...list, meaning[0]!]);
}

// Every fresh isolate runs this over some 2,500 forms before its first answer, as cold code, so
// it is plain loops into one map per language: with intermediate maps, spreads and for-of it
// cost about 25 ms. Lexicon forms are stored already normalised (lowercase Latin words separated
// by single spaces, or Han characters only; a unit test checks this), so it needs no regexes.
function buildDictionaries() {
  const data = lexicon as LexiconSource;
  const zh = new Map<string, Meaning>();
  const en = new Map<string, Meaning>();
  const { zh: stopZh, en: stopEn } = data.stop;
  for (let i = 0; i < stopZh.length; i++) zh.set(stopZh[i]!, STOP);
  for (let i = 0; i < stopEn.length; i++) en.set(lexStem(stopEn[i]!), STOP);
  const latinForms: string[] = [];
  const names = Object.keys(data.concepts);
  for (let c = 0; c < names.length; c++) {
    const concept: Meaning = [`@${names[c]}`];
    const forms = data.concepts[names[c]!]!;
    for (let f = 0; f < forms.length; f++) {
      const form = forms[f]!;
      if (form.charCodeAt(0) >= 0x2e80) add(zh, form, concept);
      else {
        add(en, lexStem(form), concept);
        latinForms.push(form);
      }
    }
  }
  const enLongest = new Map<string, number>();
  const enWords = new Set<string>();
  en.forEach((_, key) => {
    if (!key.includes(" ")) {
      enWords.add(key);
      if (!enLongest.has(key)) enLongest.set(key, 1);
      return;
    }
    const words = key.split(" ");
    for (let i = 0; i < words.length; i++) enWords.add(words[i]!);
    enLongest.set(words[0]!, Math.max(enLongest.get(words[0]!) ?? 0, words.length));
  });
  const weights = new Map(Object.entries(data.weights).map(([c, w]) => [`@${c}`, w]));
  const context = new Set(data.context.map((c) => `@${c}`));
  const aside = new Set(data.aside.map((c) => `@${c}`));
  const negatable = new Set(data.negatable.map((c) => `@${c}`));
  return {
    zh: hanDictionary(zh),
    en,
    enLongest,
    weights,
    context,
    aside,
    negatable,
    enWords,
    latinForms,
    stopEn,
  };
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

/** True for a concept that tells a story but is never what it asks (see LexiconSource.aside). */
export function isAside(term: string): boolean {
  return dict.aside.has(term);
}

let lexiconCorrector: Corrector | undefined;

/** Typo corrector over the Latin words of the lexicon, built on first use and shared. */
export function lexiconSpelling(): Corrector {
  lexiconCorrector ??= createCorrector([...dict.latinForms.flatMap((f) => f.split(" ")), ...dict.stopEn]);
  return lexiconCorrector;
}

let pinyinReader: PinyinReader | undefined;

/** Pinyin reading and homophone hearing over the lexicon's Chinese words, built on first use. */
export function lexiconPinyin(): PinyinReader {
  pinyinReader ??= createPinyinReader((word) => dict.zh.get(word));
  return pinyinReader;
}
