// What a situation told at length asks: the concepts of its last clause that names anything known.

// Clauses: sentences and comma-separated parts, and English parts joined by "and", "but", "so";
// in Chinese typed by voice or without punctuation, a space between characters ends a clause too.
const CLAUSE =
  /[。！？!?；;\n，,、…]+|\s+(?:and|but|so|because|since)\s+|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/iu;

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

// A clause that asks: a question mark, a question word or particle, or an English question's
// opening word. In a story the question may come first and context after it
// ("最多三十万是真的假的 我表姐说她那会儿只给贷五万").
const ASKS =
  /[?？]|吗|么|嘛|呢|(\p{Script=Han})[不没]\1|[不没否]$|是不是|能不能|可不可以|有没有|会不会|行不行|中不中|咋|怎|啥|什么|多少|几|哪|谁|为什么|如何|真的假的|^\s*(?:how|what|where|when|who|which|why|can|could|do|does|is|are|will|would|should|may|am)\b/iu;
// "哪有教这个的", "can I still get it": the request points back at what came before (a pronoun,
// not "this loan").
const POINTS_BACK =
  /(?:这个|那个|这事|这种事)(?=的|$|\s|吗|呢|啊|不|没)|\b(?:it|them)\b|\b(?:this|that)\s*[?.!]*$/i;

/**
 * What a situation told at length asks, as text: its last clause that asks (see ASKS) and names
 * a concept `knows` accepts, or else its last clause that names one. Clauses just before it join
 * it when it points back ("哪有教这个的" takes "听说城里月嫂保姆挺缺的"; "can I still get it"), and
 * when they state only what `refines` the question and no subject (an age, a sum: "这岁数了还中不中
 * 能贷上款不"), up to `span` characters; a clause with a subject of its own is otherwise context. Undefined when no
 * clause names a concept.
 */
export function requestOf(
  text: string,
  read: (clause: string) => string[],
  knows: (term: string) => boolean,
  subject: (term: string) => boolean,
  refines: (term: string) => boolean,
  span = 24,
): string | undefined {
  // Each clause keeps the punctuation that ended it: a question mark says it asks.
  const clauses = text
    .slice(0, 1000)
    .split(new RegExp(`(?<=${CLAUSE.source})`, "iu"))
    .filter((c) => c.trim());
  const terms = clauses.map((c) => read(c).filter((t) => t.startsWith("@") && knows(t)));
  const asks = (i: number) => ASKS.test(clauses[i]!.trim().replace(/[。！!；;，,、…\s]+$/u, ""));
  let at = terms.findLastIndex((t, i) => t.length > 0 && asks(i));
  if (at < 0) at = terms.findLastIndex((t) => t.length > 0);
  if (at < 0) return undefined;
  let request = clauses[at]!;
  // A request that points back takes the clause it points at, subject and all.
  let back = POINTS_BACK.test(request.trim());
  for (let j = at - 1; j >= 0; j--) {
    const facets = terms[j]!.some(refines) && !terms[j]!.some(subject);
    if (!back && !(facets && request.length + clauses[j]!.length <= span)) break;
    request = clauses[j]! + request;
    if (terms[j]!.length > 0) back = false;
  }
  return request;
}
