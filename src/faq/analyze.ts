import { type Corrector, createCorrector } from "./fuzzy.ts";
import lexicon from "./lexicon.compiled.json" with { type: "json" };
import type { CompiledLexicon } from "./lexicon-compile.ts";
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

// The lexicon comes compiled (English forms pre-stemmed, see lexicon-compile.ts): loading it is
// a few map inserts, not thousands of stemmer calls on a cold isolate.
function loadDictionaries() {
  const data = lexicon as CompiledLexicon;
  const en = new Map<string, Meaning>(Object.entries(data.en));
  return {
    zh: new Map<string, Meaning>(Object.entries(data.zh)),
    en,
    zhLongest: new Map(Object.entries(data.zhLongest)),
    enLongest: new Map(Object.entries(data.enLongest)),
    weights: new Map(Object.entries(data.weights).map(([c, w]) => [`@${c}`, w])),
    enWords: new Set([...en.keys()].flatMap((k) => k.split(" "))),
    rawEnWords: data.rawEnWords,
  };
}

const dict = loadDictionaries();

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
