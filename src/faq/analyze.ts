/** The FAQ's text analysis: a question or an entry as weighted terms (concepts, words, bigrams, stems). */
import {
  conceptWeight,
  dict,
  isAside,
  isContext,
  lexiconPinyin,
  lexiconSpelling,
  stem,
} from "./dictionary.ts";
import { type Meaning, segmentHan } from "./segment.ts";

export { conceptWeight, isAside, isContext, lexiconSpelling };

// Terms are strings with a kind prefix so one map can hold them all:
//   "@loan"  a concept from the lexicon (shared by both languages, so mixed questions match);
//   "z:大棚" a Chinese character bigram left over after dictionary matching;
//   "e:greenhous" a stemmed English word the lexicon does not know.
export const OFFTOPIC = "@offtopic";

const HAN = /\p{Script=Han}/u;
const HAN_OR_OTHER = /\p{Script=Han}+|[^\s\p{Script=Han}]+/gu;
const AMOUNT = /^(?:\d+(?:k|w|wan|yuan|rmb)|\d{5,})$/;

// People say where they live ("我是嘉祥县的", "济宁妇联在哪"); a place name is no evidence either
// way, so an unknown run ending in, or followed by, one of these is left out.
const PLACE_SUFFIX = /[省市县区镇乡村州]/;
const isPlace = (gap: string, next: string | undefined) =>
  gap.length >= 2 &&
  gap.length <= 6 &&
  (PLACE_SUFFIX.test(gap.at(-1)!) || PLACE_SUFFIX.test(next?.[0] ?? ""));
// "从来不打我", "他没动过手": a "not" just before an act cancels it (for the lexicon's negatable
// concepts only: "没有营业执照" still asks about documents).
const NOT_BEFORE_ZH = /(?:不|没|没有|从不|从来不|从没|从来没|从来没有|未)$/;
const NOT_BEFORE_EN = new Set(["not", "never", "nt", "didnt", "doesnt", "dont", "isnt", "wasnt"]);
// "doesn't" arrives as "doesn t".
const negatedEn = (words: string[], i: number) =>
  NOT_BEFORE_EN.has(words[i - 1] ?? "") || (words[i - 1] === "t" && /n$/.test(words[i - 2] ?? ""));
const affirmed = (meaning: Meaning, negated: boolean) =>
  negated ? meaning.filter((m) => !dict.negatable.has(m)) : meaning;

// "五年", "一开始", "三十多岁": a count on its own says nothing about the subject.
const NUMERALS_ONLY = /^[零〇一二三四五六七八九十两几半百千]+$/;

/** Repairs and notes that only a user's question gets (the knowledge base is written correctly). */
export interface QueryOptions {
  /** Replaces an unknown Latin word with a corrected spelling. */
  fix?: (word: string) => string | undefined;
  /**
   * Receives the concepts the text expresses only through one-character words (学, 带, 打):
   * single characters mean many things, so a caller may count that evidence for less.
   */
  weak?: Set<string>;
}

function analyzeHan(
  run: string,
  out: string[],
  query?: QueryOptions,
  single?: Map<string, number>,
  forwardOnly = false,
): void {
  let gap = "";
  const flush = (next?: string) => {
    if (isPlace(gap, next) || NUMERALS_ONLY.test(gap)) gap = "";
    // A lone character between dictionary words still counts (as "z:玩"), so that an
    // unknown word weighs against the match even when it is a single character.
    if (gap.length === 1) out.push(`z:${gap}`);
    for (let j = 0; j + 1 < gap.length; j++) out.push(`z:${gap.slice(j, j + 2)}`);
    gap = "";
  };
  const pieces = segmentHan(run, dict.zh, forwardOnly);
  let before = "";
  for (const piece of query ? lexiconPinyin().hear(pieces) : pieces) {
    const said = before;
    before = piece.text;
    if (piece.meaning) {
      flush(piece.text);
      out.push(...affirmed(piece.meaning, NOT_BEFORE_ZH.test(said)));
      if (single && piece.text.length === 1)
        for (const m of piece.meaning) single.set(m, (single.get(m) ?? 0) + 1);
    } else gap += piece.text;
  }
  flush();
}

function analyzeWord(word: string, out: string[]): void {
  const meaning = dict.en.get(stem(word));
  if (meaning) out.push(...meaning);
  // "300k", "20w", "200000": a sum of money in a question is about how much.
  else if (AMOUNT.test(word)) out.push("@amount");
  else if (word.length > 1 && !/^\d+$/.test(word)) out.push(`e:${stem(word)}`);
}

function analyzeLatin(words: string[], out: string[], query?: QueryOptions): void {
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
      out.push(...affirmed(meaning, negatedEn(words, i)));
      i += n;
      continue;
    }
    // Words the lexicon does not know that are all pinyin may be Chinese typed without characters.
    let end = i;
    while (
      query &&
      end < words.length &&
      !dict.en.has(stemmed[end]!) &&
      lexiconPinyin().isPinyin(words[end]!)
    )
      end++;
    const read = end > i ? lexiconPinyin().read(words.slice(i, end)) : [];
    if (read.some((p) => p.meaning)) {
      for (const p of read) {
        if (p.meaning) out.push(...p.meaning);
        else analyzeWord(p.text, out);
      }
      i = end;
      continue;
    }
    analyzeWord(words[i]!, out);
    i++;
  }
}

/**
 * Turns normalised text (see normalizeForMatch) into matching terms. A question (`query`) also
 * gets repairs: English spelling, pinyin typed for characters, homophone typos. `forwardOnly`
 * reads Chinese in one pass: enough for an answer, of which only the concepts count.
 */
export function analyze(norm: string, query?: QueryOptions, forwardOnly = false): string[] {
  const out: string[] = [];
  const weak = query?.weak;
  const single = weak ? new Map<string, number>() : undefined;
  let latin: string[] = [];
  const flushLatin = () => {
    if (latin.length) analyzeLatin(latin, out, query);
    latin = [];
  };
  for (const piece of norm.match(HAN_OR_OTHER) ?? []) {
    if (HAN.test(piece)) {
      flushLatin();
      analyzeHan(piece, out, query, single, forwardOnly);
    } else {
      const fix = query?.fix;
      // Pinyin is not misspelt English: "shenqing" must not be "corrected".
      const known = !fix || dict.enWords.has(stem(piece)) || lexiconPinyin().isPinyin(piece);
      latin.push(known ? piece : (fix(piece) ?? piece));
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
