/** Spelling repair for Latin-script words by symmetric deletion (SymSpell). */
// Spelling repair for Latin-script words by symmetric deletion (the SymSpell idea): every known
// word is stored under itself and each single-character deletion, so one lookup per deletion
// of the typed word finds known words one insertion, deletion, substitution or transposition
// away, without scanning the vocabulary.

/** Words shorter than this are never corrected: too many short words are one edit apart. */
const MIN_LENGTH = 6;

/** One letter wrong ("subsidi") or two neighbours swapped ("laon"), for words of one length. */
function oneApart(a: string, b: string): boolean {
  const diff: number[] = [];
  for (let i = 0; i < a.length && diff.length < 3; i++) if (a[i] !== b[i]) diff.push(i);
  if (diff.length === 1) return true;
  const [i, j] = diff;
  return diff.length === 2 && j === i! + 1 && a[i!] === b[j] && a[j] === b[i!];
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** A typo corrector over a fixed vocabulary of lowercase Latin words. */
export interface Corrector {
  /** True when the word is in the vocabulary as typed. */
  knows(word: string): boolean;
  /** The closest known word one edit away, or undefined when none or the word is too short. */
  correct(word: string): string | undefined;
}

/** Builds a corrector; earlier words win ties, so pass the most important vocabulary first. */
export function createCorrector(vocabulary: Iterable<string>): Corrector {
  const known = new Set<string>();
  const byDeletion = new Map<string, string>();
  for (const word of vocabulary) {
    if (known.has(word)) continue;
    known.add(word);
    if (word.length < MIN_LENGTH - 1) continue;
    for (const d of deletions(word)) if (!byDeletion.has(d)) byDeletion.set(d, word);
  }
  return {
    knows: (word) => known.has(word),
    correct(word) {
      if (word.length < MIN_LENGTH || known.has(word) || !/^[a-z]+$/.test(word)) return undefined;
      const dels = deletions(word);
      // One extra letter typed ("loaan").
      for (const d of dels) if (known.has(d)) return d;
      // One letter missing ("morgage"): the typed word is a deletion of a known one.
      const missing = byDeletion.get(word);
      if (missing) return missing;
      // One letter wrong or two swapped ("subsidi", "laon"): sharing a deletion is not enough,
      // "bakery" and "banker" share "baker" two edits apart.
      for (const d of dels) {
        const hit = byDeletion.get(d);
        if (hit && hit.length === word.length && oneApart(word, hit)) return hit;
      }
      return undefined;
    },
  };
}
