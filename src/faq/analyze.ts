import { type Corrector, createCorrector } from "./fuzzy.ts";
import lexicon from "./lexicon.json" with { type: "json" };
import type { LexiconSource } from "./lexicon-compile.ts";
import stemTable from "./lexicon-stems.json" with { type: "json" };
import { hanDictionary, type Meaning, segmentHan } from "./segment.ts";
import { stem as porter } from "./stem.ts";

// Terms are strings with a kind prefix so one map can hold them all:
//   "@loan"  a concept from the lexicon (shared by both languages, so mixed questions match);
//   "z:大棚" a Chinese character bigram left over after dictionary matching;
//   "e:greenhous" a stemmed English word the lexicon does not know.
export const OFFTOPIC = "@offtopic";

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

const dict = buildDictionaries();

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

// People say where they live ("我是嘉祥县的", "济宁妇联在哪"); a place name is no evidence either
// way, so an unknown run ending in, or followed by, one of these is left out.
const PLACE_SUFFIX = /[省市县区镇乡村州]/;
const isPlace = (gap: string, next: string | undefined) =>
  gap.length >= 2 &&
  gap.length <= 6 &&
  (PLACE_SUFFIX.test(gap.at(-1)!) || PLACE_SUFFIX.test(next?.[0] ?? ""));
// "五年", "一开始", "三十多岁": a count on its own says nothing about the subject.
const NUMERALS_ONLY = /^[零〇一二三四五六七八九十两几半百千]+$/;

function analyzeHan(run: string, out: string[], single?: Map<string, number>): void {
  let gap = "";
  const flush = (next?: string) => {
    if (isPlace(gap, next) || NUMERALS_ONLY.test(gap)) gap = "";
    // A lone character between dictionary words still counts (as "z:玩"), so that an
    // unknown word weighs against the match even when it is a single character.
    if (gap.length === 1) out.push(`z:${gap}`);
    for (let j = 0; j + 1 < gap.length; j++) out.push(`z:${gap.slice(j, j + 2)}`);
    gap = "";
  };
  for (const piece of segmentHan(run, dict.zh)) {
    if (piece.meaning) {
      flush(piece.text);
      out.push(...piece.meaning);
      if (single && piece.text.length === 1)
        for (const m of piece.meaning) single.set(m, (single.get(m) ?? 0) + 1);
    } else gap += piece.text;
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
 * unknown Latin word with a corrected spelling before it is looked up. `weak`, when given,
 * receives the concepts the text expresses only through one-character words (学, 带, 打):
 * single characters mean many things, so a caller may count that evidence for less.
 */
export function analyze(
  norm: string,
  fix?: (word: string) => string | undefined,
  weak?: Set<string>,
): string[] {
  const out: string[] = [];
  const single = weak ? new Map<string, number>() : undefined;
  let latin: string[] = [];
  const flushLatin = () => {
    if (latin.length) analyzeLatin(latin, out);
    latin = [];
  };
  for (const piece of norm.match(HAN_OR_OTHER) ?? []) {
    if (HAN.test(piece)) {
      flushLatin();
      analyzeHan(piece, out, single);
    } else {
      const known = dict.enWords.has(stem(piece));
      latin.push(known || !fix ? piece : (fix(piece) ?? piece));
    }
  }
  flushLatin();
  if (weak && single?.size) {
    const counts = new Map<string, number>();
    for (const t of out) counts.set(t, (counts.get(t) ?? 0) + 1);
    // Weak only when every mention was a lone character; 学 next to 培训 is no doubt.
    for (const [t, n] of single) if (counts.get(t) === n) weak.add(t);
  }
  return out;
}
