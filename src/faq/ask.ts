/** What a situation told at length asks: its clauses, the concepts of the last that names one, and its request. */

// Clauses: sentences and comma-separated parts, and English parts joined by "and", "but", "so";
// in Chinese typed by voice or without punctuation, a space between characters ends a clause too.
const CLAUSE =
  /[。！？!?；;\n，,、…]+|\s+(?:and|but|so|because|since)\s+|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/iu;

// Split after each boundary, so that every clause keeps the punctuation that ended it.
const AFTER_CLAUSE = new RegExp(`(?<=${CLAUSE.source})`, "iu");

/** A clause of a message and the concepts its reading names. */
export interface Clause {
  text: string;
  concepts: string[];
}

/** The clauses of the first 1,000 characters of `text`, each read once with `read`. */
export function clausesOf(text: string, read: (clause: string) => string[]): Clause[] {
  return text
    .slice(0, 1000)
    .split(AFTER_CLAUSE)
    .filter((c) => c.trim())
    .map((c) => ({ text: c, concepts: read(c).filter((t) => t.startsWith("@")) }));
}

/**
 * The concepts of the last clause in which a concept `knows` accepts is named: in a story the
 * request comes last ("我儿子在外地上学，我在家闲着，想学点手艺挣钱"; "I'm 52 and I want a loan…,
 * am I too old?"), and what comes before is context. Empty when no clause names one.
 */
export function askOf(clauses: readonly Clause[], knows: (term: string) => boolean): Set<string> {
  for (let i = clauses.length - 1; i >= 0; i--) {
    const concepts = clauses[i]!.concepts.filter(knows);
    if (concepts.length > 0) return new Set(concepts);
  }
  return new Set();
}

// A clause that asks: a question mark, a question word or particle, or an English question's
// opening word. In a story the question may come first and context after it
// ("最多三十万是真的假的 我表姐说她那会儿只给贷五万").
const ASKS =
  /[?？]|吗|么|嘛|呢|(\p{Script=Han})[不没]\1|[不没否]$|是不是|能不能|可不可以|有没有|会不会|行不行|中不中|咋|怎|啥|什么|多少|(?<![十好几])几(?![十百千万几])(?=[^ ]{0,2}$)|哪|谁|为什么|如何|真的假的|^\s*(?:how|what|where|when|who|which|why|can|could|do|does|is|are|will|would|should|may|am)\b/iu;
// A clause that says what she wants: 想, 要, 希望, "I want", "I'd like", "looking for".
const WANTS =
  /想|要|希望|打算|盼着|求|\b(?:want|wants|wanted|would\s+like|d\s+like|need|needs|looking\s+for|hope|hoping|wish)\b/i;
// "哪有教这个的", "can I still get it": the request points back at what came before (a pronoun,
// not "this loan").
const POINTS_BACK =
  /(?:这个|那个|这事|这种事)(?=的|$|\s|吗|呢|啊|不|没)|\b(?:it|them)\b|\b(?:this|that)\s*[?.!]*$/i;

/**
 * What a situation told at length asks, as text: its last clause that asks (see ASKS) and names
 * a concept `knows` accepts, or else its last clause that names one and says what she wants. Clauses just before it join
 * it when it points back ("哪有教这个的" takes "听说城里月嫂保姆挺缺的"; "can I still get it"), and
 * when they state only what `refines` the question and no subject (an age, a sum: "这岁数了还中不中
 * 能贷上款不"), up to `span` characters; a clause with a subject of its own is otherwise context. Undefined when no
 * clause names a concept.
 */
export function requestOf(
  clauses: readonly Clause[],
  knows: (term: string) => boolean,
  subject: (term: string) => boolean,
  refines: (term: string) => boolean,
  span = 24,
): Clause | undefined {
  const terms = clauses.map((c) => c.concepts.filter(knows));
  const asks = (i: number) => ASKS.test(clauses[i]!.text.trim().replace(/[。！!；;，,、…\s]+$/u, ""));
  let at = terms.findLastIndex((t, i) => t.length > 0 && asks(i));
  // With no clause that asks, the last that says what she wants ("想学点手艺挣钱"); hearsay and
  // the story itself ("听村里人说妇联能帮着贷款") ask nothing.
  if (at < 0) at = terms.findLastIndex((t, i) => t.length > 0 && WANTS.test(clauses[i]!.text));
  if (at < 0) return undefined;
  let request = clauses[at]!.text;
  const concepts = [...terms[at]!];
  let first = at;
  // A request that points back takes the clauses up to the one it points at ("哪有教这个的").
  let pointing = POINTS_BACK.test(request.trim());
  // A request of facets only takes the clause just before it if that names a subject
  // ("想参加最美家庭评选 去哪报名": where to sign up for that).
  let bare = !terms[at]!.some(subject);
  for (let j = at - 1; j >= 0; j--) {
    const named = terms[j]!.some(subject);
    const join =
      pointing ||
      (bare && named && j === at - 1) ||
      // A question asked in pieces: "贷款要是到期还不上会咋样 会被起诉吗".
      (j === first - 1 && terms[j]!.length > 0 && asks(j)) ||
      // What only refines it (an age, a sum): "这岁数了还中不中 能贷上款不".
      (terms[j]!.some(refines) && !named && request.length + clauses[j]!.text.length <= span);
    if (!join) break;
    request = clauses[j]!.text + request;
    concepts.push(...terms[j]!);
    first = j;
    if (terms[j]!.length > 0) pointing = false;
    if (named) bare = false;
  }
  return { text: request, concepts: [...new Set(concepts)] };
}
