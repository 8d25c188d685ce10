/** Chinese word segmentation against the FAQ dictionary by bidirectional maximum matching. */
// Chinese word segmentation against the domain dictionary by bidirectional maximum matching.
// Forward matching alone is greedy in a way people notice: "怎么贷款" reads as 怎么贷 + 款 (a
// lone unknown character) instead of 怎么 + 贷款. Running it from both ends and keeping the
// reading that leaves fewer characters unexplained fixes most such splits at twice a tiny cost.

/** Concepts a surface form stands for; an empty list marks a stop word. */
export type Meaning = readonly string[];

/** A dictionary of Han words with the length bounds maximum matching needs. */
export interface HanDictionary {
  get(word: string): Meaning | undefined;
  /** Longest word starting with a character (by UTF-16 code: no one-character strings to make). */
  longestFrom: Map<number, number>;
  /** Longest word ending with a character (by UTF-16 code). */
  longestTo: Map<number, number>;
}

/** A dictionary word (with its meaning) or characters in a row the dictionary does not know. */
export interface Piece {
  text: string;
  meaning?: Meaning;
}

/** Builds the length bounds for a set of words. */
export function hanDictionary(words: Map<string, Meaning>): HanDictionary {
  const longestFrom = new Map<number, number>();
  const longestTo = new Map<number, number>();
  // forEach, not for-of: on a fresh isolate this runs cold, where each iterator step allocates.
  words.forEach((_, k) => {
    const first = k.charCodeAt(0);
    const last = k.charCodeAt(k.length - 1);
    longestFrom.set(first, Math.max(longestFrom.get(first) ?? 0, k.length));
    longestTo.set(last, Math.max(longestTo.get(last) ?? 0, k.length));
  });
  return { get: (w) => words.get(w), longestFrom, longestTo };
}

// Unknown characters in a row come out as one piece: fewer objects on a cold isolate.
function forward(run: string, dict: HanDictionary): Piece[] {
  const out: Piece[] = [];
  let gap = -1;
  let i = 0;
  while (i < run.length) {
    let len = Math.min(dict.longestFrom.get(run.charCodeAt(i)) ?? 0, run.length - i);
    let word = "";
    let meaning: Meaning | undefined;
    for (; len > 0; len--) {
      word = run.slice(i, i + len);
      meaning = dict.get(word);
      if (meaning) break;
    }
    if (!meaning) {
      if (gap < 0) gap = i;
      i++;
      continue;
    }
    if (gap >= 0) out.push({ text: run.slice(gap, i) });
    gap = -1;
    out.push({ text: word, meaning });
    i += len;
  }
  if (gap >= 0) out.push({ text: run.slice(gap) });
  return out;
}

function backward(run: string, dict: HanDictionary): Piece[] {
  const out: Piece[] = [];
  let gap = -1;
  let end = run.length;
  while (end > 0) {
    let len = Math.min(dict.longestTo.get(run.charCodeAt(end - 1)) ?? 0, end);
    let word = "";
    let meaning: Meaning | undefined;
    for (; len > 0; len--) {
      word = run.slice(end - len, end);
      meaning = dict.get(word);
      if (meaning) break;
    }
    if (!meaning) {
      if (gap < 0) gap = end;
      end--;
      continue;
    }
    if (gap >= 0) out.push({ text: run.slice(end, gap) });
    gap = -1;
    out.push({ text: word, meaning });
    end -= len;
  }
  if (gap >= 0) out.push({ text: run.slice(0, gap) });
  return out.reverse();
}

// Fewer unexplained characters first, then fewer pieces (each unknown character one), then
// fewer one-character words.
function cost(pieces: Piece[]): number {
  let unknown = 0;
  let words = 0;
  let single = 0;
  for (const p of pieces) {
    if (!p.meaning) unknown += p.text.length;
    else {
      words++;
      if (p.text.length === 1) single++;
    }
  }
  return unknown * 10_000 + (words + unknown) * 100 + single;
}

/**
 * Splits a run of Han characters into dictionary words and runs of unknown characters, by
 * forward and backward maximum matching, keeping the better reading (backward on a tie, as it
 * is the more accurate of the two for Chinese). `forwardOnly` skips the second pass, for long
 * texts where only the concepts matter.
 */
export function segmentHan(run: string, dict: HanDictionary, forwardOnly = false): Piece[] {
  const f = forward(run, dict);
  // A greedy split leaves a lone character behind (怎么贷 + 款): an unknown one next to known
  // words, or a one-character word of meaning. A text without one needs no second pass.
  const leftover = (p: Piece) =>
    p.text.length === 1 && (p.meaning === undefined ? f.length > 1 : p.meaning.length > 0);
  if (forwardOnly || !f.some(leftover)) return f;
  const b = backward(run, dict);
  return cost(b) <= cost(f) ? b : f;
}
