/** Pinyin for the FAQ: typed pinyin read as Chinese, and characters heard as the lexicon's words. */
import table from "./pinyin.json" with { type: "json" };
import type { Meaning, Piece } from "./segment.ts";

// Pinyin, two ways people use it:
//  - typed instead of characters ("daikuan shenqing tiaojian", "fu nv zhi jia"): the syllables
//    are matched against the pinyin of the lexicon's words;
//  - picked wrong on a pinyin keyboard (利细 for 利息, 信带 for 信贷): characters the dictionary
//    does not know that sound exactly like one of its words stand for that word, unless they are
//    a real word of their own (事业 is not 失业) or cut across real words (医保报销 holds 保报,
//    which sounds like 宝宝); the general word segmenter (Intl.Segmenter) is the judge of both.
// The readings come worked out by dev/faq-pinyin.ts; the rest is built on first use, as most
// questions need none of it.

const MAX_WORD = 6;
// A homophone typo is looked for in up to this many characters, at least half of them unknown.
const HEARD = 4;
// A typed word's readings multiply with each polyphone; past this many the rest are dropped.
const MAX_READINGS = 16;

/** Reads pinyin typed as words, and hears characters as the lexicon word they sound like. */
export interface PinyinReader {
  /** True when a Latin word is made of pinyin syllables only ("daikuan", "nv", "zhi"). */
  isPinyin(word: string): boolean;
  /**
   * The pieces of a segmented Han run, where runs holding unknown characters that sound like a
   * lexicon word (2+ characters) are replaced by that word.
   */
  hear(pieces: Piece[]): Piece[];
  /**
   * Splits pinyin words into lexicon words (with their meaning) and leftover syllables, matching
   * across the spaces people put anywhere ("fu nv zhi jia", "funvzhijia").
   */
  read(words: string[]): { text: string; meaning?: Meaning }[];
}

const { chars: bySyllable, words: wordBySound } = table as {
  chars: Record<string, string>;
  words: Record<string, string>;
};
// Mandarin's longest syllables (zhuang, chuang, shuang) have six letters.
const LONGEST_SYLLABLE = 6;
const isSyllable = (s: string) => Object.hasOwn(bySyllable, s);
// A character's readings are looked up in the table when it is first heard: a question needs a
// handful, and mapping all 3,800 characters up front cost a fresh isolate about 12 ms.
const readingsOf = new Map<string, string[]>();
function readings(c: string): string[] {
  let found = readingsOf.get(c);
  if (!found) {
    found = [];
    for (const syllable in bySyllable) if (bySyllable[syllable]!.includes(c)) found.push(syllable);
    // Bounded, whatever characters people type.
    if (readingsOf.size < 10_000) readingsOf.set(c, found);
  }
  return found;
}
const asTyped = (word: string) => word.replaceAll("ü", "v");

/** The syllables of a pinyin word, longest first ("xian" not "xi an"), or null if it is not pinyin. */
function split(word: string): string[] | null {
  const w = asTyped(word);
  // best[i]: the fewest syllables that spell w up to i.
  const best: (string[] | null)[] = [[]];
  for (let i = 1; i <= w.length; i++) {
    best[i] = null;
    for (let len = Math.min(LONGEST_SYLLABLE, i); len > 0; len--) {
      const prev = best[i - len];
      const s = w.slice(i - len, i);
      if (prev && isSyllable(s) && (!best[i] || prev.length + 1 < best[i]!.length)) best[i] = [...prev, s];
    }
  }
  return best[w.length] ?? null;
}

function soundsOf(han: string): string[][] {
  let out: string[][] = [[]];
  for (const c of han) {
    const r = readings(c);
    if (r.length === 0) return [];
    out = out.flatMap((prefix) => r.map((s) => [...prefix, s])).slice(0, MAX_READINGS);
  }
  return out;
}

const wordSounds = new WeakMap<readonly string[], Set<string>>();
/**
 * Whether Han characters sound exactly like one of `words` (tones aside): 老工 like 老公, 钱夫 like
 * 前夫, 破破 like 婆婆. The words' sounds are worked out once per list.
 */
export function soundsLike(han: string, words: readonly string[]): boolean {
  let sounds = wordSounds.get(words);
  if (!sounds) {
    sounds = new Set(words.flatMap((w) => soundsOf(w).map((s) => s.join(" "))));
    wordSounds.set(words, sounds);
  }
  return soundsOf(han).some((s) => sounds.has(s.join(" ")));
}

/** Builds the reader; `meaning` looks a lexicon word up. */
export function createPinyinReader(meaning: (word: string) => Meaning | undefined): PinyinReader {
  let bySpelling: Map<string, string> | undefined;
  const spelt = (typed: string) => {
    if (!bySpelling) {
      const map = new Map<string, string>();
      // Spaces dropped in one pass over all 1,300 sounds: sound by sound, it cost a fresh isolate ~8 ms.
      const sounds = Object.keys(wordBySound);
      const keys = sounds.join(",").replaceAll(" ", "").split(",");
      keys.forEach((key, i) => {
        const word = wordBySound[sounds[i]!]!;
        // Without ü on the keyboard, 女 is typed nv or nu.
        for (const k of key.includes("v") ? [key, key.replaceAll("v", "u")] : [key])
          if (!map.has(k)) map.set(k, word);
      });
      bySpelling = map;
    }
    const word = bySpelling.get(typed);
    return word === undefined ? undefined : meaning(word);
  };
  let segmenter: Intl.Segmenter | null | undefined;
  const boundaries = (han: string) => {
    segmenter ??=
      typeof Intl.Segmenter === "function" ? new Intl.Segmenter("zh", { granularity: "word" }) : null;
    if (!segmenter) return null;
    const at = new Set([han.length]);
    for (const { index } of segmenter.segment(han)) at.add(index);
    return at;
  };
  const soundAlike = (han: string) => {
    for (const sound of soundsOf(han)) {
      const word = wordBySound[sound.join(" ")];
      if (word !== undefined) return meaning(word);
    }
    return undefined;
  };
  return {
    isPinyin: (word) => split(word) !== null,
    hear(segmented) {
      if (segmented.every((p) => p.meaning)) return segmented;
      // A typo may sit anywhere in a run of unknown characters: look at them one by one.
      const pieces = segmented.flatMap((p): Piece[] =>
        p.meaning ? [p] : [...p.text].map((c) => ({ text: c })),
      );
      const run = pieces.map((p) => p.text).join("");
      let cuts: Set<number> | null | undefined;
      // A real word of its own, or a window that cuts across real words, is no typo.
      const plausible = (start: number, han: string) => {
        cuts ??= boundaries(run);
        const own = boundaries(han);
        return (!cuts || (cuts.has(start) && cuts.has(start + han.length))) && (!own || own.size > 2);
      };
      const out: Piece[] = [];
      let k = 0;
      let offset = 0;
      while (k < pieces.length) {
        let text = "";
        let unknown = 0;
        let found: { piece: Piece; next: number } | undefined;
        const windows: { text: string; next: number }[] = [];
        // Function words (了, 和, 多) are typed as meant; a typo sits among content words.
        for (let m = k; m < pieces.length && text.length + pieces[m]!.text.length <= HEARD; m++) {
          if (pieces[m]!.meaning?.length === 0) break;
          text += pieces[m]!.text;
          if (!pieces[m]!.meaning) unknown += pieces[m]!.text.length;
          if (text.length >= 2 && unknown * 2 >= text.length) windows.push({ text, next: m + 1 });
        }
        for (const w of windows.reverse()) {
          const heard = soundAlike(w.text);
          if (heard && plausible(offset, w.text)) {
            found = { piece: { text: w.text, meaning: heard }, next: w.next };
            break;
          }
        }
        const piece = found?.piece ?? pieces[k]!;
        out.push(piece);
        offset += piece.text.length;
        k = found?.next ?? k + 1;
      }
      return out;
    },
    read(typed) {
      const sy = typed.flatMap((w) => split(w) ?? [asTyped(w)]);
      const out: { text: string; meaning?: Meaning }[] = [];
      let i = 0;
      while (i < sy.length) {
        let n = Math.min(MAX_WORD, sy.length - i);
        for (; n > 1; n--) {
          const found = spelt(sy.slice(i, i + n).join(""));
          if (found) {
            out.push({ text: sy.slice(i, i + n).join(""), meaning: found });
            break;
          }
        }
        if (n <= 1) out.push({ text: sy[i]! });
        i += Math.max(n, 1);
      }
      return out;
    },
  };
}
