/** The one count of a text's length that people see: characters as she typed them, counted whole. */

/**
 * Counts characters as people do: an emoji or a rare Han character (two UTF-16 units) is one. A
 * "too long" message counts what she sent with it, never a text cut short before counting.
 */
export function charLength(text: string): number {
  return [...text].length;
}
