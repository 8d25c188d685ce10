/** What counts as a long message: a situation told rather than a question asked. */

const HAN = /\p{Script=Han}/gu;
const LATIN_WORDS = /[a-z]+/gi;
/** From this many Han characters a message is long by its Chinese alone. */
export const LONG_HAN = 18;

/**
 * A long message: 18 Han characters or 12 words and more (of its first 1,000 characters). The
 * engine reads such a message as a story (its request, its subject), the learned ranker leads its
 * ranking, and the safety rule's learned reader reads it (src/faq/danger-learned.ts).
 */
export function isLong(text: string): boolean {
  return hanCount(text) >= LONG_HAN || (text.slice(0, 1000).match(LATIN_WORDS)?.length ?? 0) >= 12;
}

/** How many Han characters a message has (of its first 1,000 characters). */
export function hanCount(text: string): number {
  return text.slice(0, 1000).match(HAN)?.length ?? 0;
}
