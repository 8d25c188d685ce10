/** The safety rule's building blocks: what an act pattern is, and word lists as regex alternations. */

/** An act pattern: most need only a doer from the family; some kinds need more (see danger.ts). */
export interface ActPattern {
  re: RegExp;
  /** Characters the pattern cannot match without; when the text has none, it is skipped. */
  hint?: RegExp;
  kind?: "threat" | "pursuit" | "wound";
  /**
   * A check on what matched, for what a regex would only write out at length (each list of
   * places once, and which of them together make her place): a match it rejects is no act.
   */
  accept?: (m: RegExpMatchArray) => boolean;
}

/** Alternation of words, longest first, as a regex source. */
export const alt = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join("|");
