/** What a situation told at length asks: the concepts of its last clause that names anything known. */

// Clauses: sentences and comma-separated parts, and English parts joined by "and", "but", "so".
const CLAUSE = /[。！？!?；;\n，,、…]+|\s+(?:and|but|so|because|since)\s+/i;

/**
 * The concepts of the last clause of `text` in which `read` finds a concept `knows` accepts: in a
 * story the request comes last ("我儿子在外地上学，我在家闲着，想学点手艺挣钱"; "I'm 52 and I want
 * a loan…, am I too old?"), and what comes before is context. Empty when no clause names one.
 */
export function askOf(
  text: string,
  read: (clause: string) => string[],
  knows: (term: string) => boolean,
): Set<string> {
  const clauses = text.slice(0, 1000).split(CLAUSE);
  for (let i = clauses.length - 1; i >= 0; i--) {
    const concepts = read(clauses[i]!).filter((t) => t.startsWith("@") && knows(t));
    if (concepts.length > 0) return new Set(concepts);
  }
  return new Set();
}
