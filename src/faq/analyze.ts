import { type Corrector, createCorrector } from "./fuzzy.ts";
import lexicon from "./lexicon.json" with { type: "json" };
import type { LexiconSource } from "./lexicon-compile.ts";
import stemTable from "./lexicon-stems.json" with { type: "json" };
import { stem as porter } from "./stem.ts";

// Terms are strings with a kind prefix so one map can hold them all:
//   "@loan"  a concept from the lexicon (shared by both languages, so mixed questions match);
//   "z:大棚" a Chinese character bigram left over after dictionary matching;
//   "e:greenhous" a stemmed English word the lexicon does not know.
export const OFFTOPIC = "@offtopic";

/** Concepts a surface form stands for; an empty list marks a stop word. */
type Meaning = readonly string[];

const HAN = /\p{Script=Han}/u;
const HAN_OR_OTHER = /\p{Script=Han}+|[^\s\p{Script=Han}]+/gu;
const AMOUNT = /^(?:\d+(?:k|w|wan|yuan|rmb)|\d{5,})$/;

// Questions reuse a small vocabulary, so memoising the stemmer pays for itself at build time.
const stems = new Map<string, string>();
function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = porter(word);
    if (stems.size < 50_000) stems.set(word, s);
  }
  return s;
}

const STOP: Meaning = [];
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
  // Longest key per first character bounds forward maximum matching to a few lookups.
  const zhLongest = new Map<string, number>();
  for (const k of zh.keys()) zhLongest.set(k[0]!, Math.max(zhLongest.get(k[0]!) ?? 0, k.length));
  const weights = new Map(Object.entries(data.weights).map(([c, w]) => [`@${c}`, w]));
  const enLongest = new Map<string, number>();
  for (const k of en.keys()) {
    const words = k.split(" ");
    enLongest.set(words[0]!, Math.max(enLongest.get(words[0]!) ?? 0, words.length));
  }
  const enWords = new Set([...en.keys()].flatMap((k) => k.split(" ")));
  rawEnWords.push(...data.stop.en);
  return { zh, en, zhLongest, enLongest, weights, enWords, rawEnWords };
}

const dict = buildDictionaries();

/** Weight multiplier of a concept term (weak concepts such as "help" count less). */
export function conceptWeight(term: string): number {
  return dict.weights.get(term) ?? 1;
}

let lexiconCorrector: Corrector | undefined;

/** Typo corrector over the Latin words of the lexicon, built on first use and shared. */
export function lexiconSpelling(): Corrector {
  lexiconCorrector ??= createCorrector(dict.rawEnWords);
  return lexiconCorrector;
}

function analyzeHan(run: string, out: string[]): void {
  let gap = "";
  const flush = () => {
    // A lone character between dictionary words still counts (as "z:玩"), so that an
    // unknown word weighs against the match even when it is a single character.
    if (gap.length === 1) out.push(`z:${gap}`);
    for (let j = 0; j + 1 < gap.length; j++) out.push(`z:${gap.slice(j, j + 2)}`);
    gap = "";
  };
  let i = 0;
  while (i < run.length) {
    let meaning: Meaning | undefined;
    let len = Math.min(dict.zhLongest.get(run[i]!) ?? 0, run.length - i);
    // Forward maximum matching: the longest dictionary word starting here wins.
    for (; len > 0; len--) {
      meaning = dict.zh.get(run.slice(i, i + len));
      if (meaning) break;
    }
    if (meaning) {
      flush();
      out.push(...meaning);
      i += len;
    } else {
      gap += run[i];
      i++;
    }
  }
  flush();
}

function analyzeLatin(words: string[], out: string[]): void {
  const stemmed = words.map(stem);
  let i = 0;
  while (i < words.length) {
    let n = Math.min(dict.enLongest.get(stemmed[i]!) ?? 0, words.length - i);
    let meaning: Meaning | undefined;
    for (; n > 0; n--) {
      meaning = dict.en.get(n === 1 ? stemmed[i]! : stemmed.slice(i, i + n).join(" "));
      if (meaning) break;
    }
    if (meaning) {
      out.push(...meaning);
      i += n;
      continue;
    }
    const word = words[i]!;
    // "300k", "20w", "200000": a sum of money in a question is about how much.
    if (AMOUNT.test(word)) out.push("@amount");
    else if (word.length > 1 && !/^\d+$/.test(word)) out.push(`e:${stemmed[i]}`);
    i++;
  }
}

/**
 * Turns normalised text (see normalizeForMatch) into matching terms. `fix` may replace an
 * unknown Latin word with a corrected spelling before it is looked up.
 */
export function analyze(norm: string, fix?: (word: string) => string | undefined): string[] {
  const out: string[] = [];
  let latin: string[] = [];
  const flushLatin = () => {
    if (latin.length) analyzeLatin(latin, out);
    latin = [];
  };
  for (const piece of norm.match(HAN_OR_OTHER) ?? []) {
    if (HAN.test(piece)) {
      flushLatin();
      analyzeHan(piece, out);
    } else {
      const known = dict.enWords.has(stem(piece));
      latin.push(known || !fix ? piece : (fix(piece) ?? piece));
    }
  }
  flushLatin();
  return out;
}
