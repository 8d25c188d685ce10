/** The FAQ search index over a locale's entries: query a question, get the best entry and how sure. */
import { analyze, isAside, isContext, lexiconSpelling } from "./analyze.ts";
import { askOf, type Clause, clausesOf, requestOf } from "./ask.ts";
import { DANGER_ENTRY, type DangerReading, readDanger } from "./danger.ts";
import { DEFAULT_TUNING, decide, type FaqTuning, STORY_LEAD } from "./decide.ts";
import { statedFacets } from "./facets.ts";
import { type Corrector, createCorrector } from "./fuzzy.ts";
import { isLong } from "./long.ts";
import type { FaqModel } from "./model.ts";
import { normalizeForMatch } from "./normalize.ts";
import { rankWithModel } from "./rerank.ts";
import { entryTerms } from "./terms.ts";
import type { FaqEntry, FaqIndex, FaqLocale, FaqMatch, FaqResult } from "./types.ts";
import { kindWeight, weighQuestion } from "./weigh.ts";

export { DEFAULT_TUNING, type FaqTuning };

// Scoring blends two views of the same evidence:
//  - coverage: how much of the question's weight the entry's vocabulary explains; unknown
//    words count against it, which is what rejects off-topic questions;
//  - closeness: cosine similarity to the entry's single nearest phrasing, which separates
//    sibling topics (the six loan entries share most words but not their question focus).
const ANSWER_PRESENCE = 0.35;
const FLOOR = 0.15;
// Two subjects weigh alike when the lighter is at least this share of the heavier.
const EVEN = 0.6;
// Facets a clause before a story's request may add to it: her age, a sum, a term, money.
const REFINES = new Set(["@who", "@amount", "@term", "@money"]);
// The least a story must score an entry for its request, read alone, to answer with it.
const REQUEST_FLOOR = FLOOR;
// How close in score an entry holding more of the question's facets must be to take the lead.
const FACET_MARGIN = 0.1;
const LATIN_WORD = /[a-z]+/g;

/** The knowledge base's own Latin words, most important first: what spelling repair corrects to. */
function latinWords(entries: readonly FaqEntry[]): string[] {
  const out: string[] = [];
  for (const entry of entries)
    for (const text of [...entry.questions, ...(entry.keywords ?? [])])
      out.push(...(normalizeForMatch(text).match(LATIN_WORD) ?? []));
  return out;
}

interface Phrasing {
  entry: number;
  norm: number;
}

/**
 * Builds the matcher for one locale's entries (bundled entries merged with staff overrides).
 * Build once per isolate: it takes a few milliseconds for the whole knowledge base. `model` is the
 * learned ranker that ranks the engine's answer again (rerank.ts; the app passes the bundled one,
 * without it the engine answers alone), and `dangerOf` the safety rule (the rule's patterns and
 * its learned reader; bench/faq.ts passes the patterns alone to measure what the reader adds).
 */
export function createFaqIndex(
  entries: readonly FaqEntry[],
  locale: FaqLocale,
  tuning: Partial<FaqTuning> = {},
  model?: FaqModel,
  dangerOf: (text: string) => DangerReading = readDanger,
): FaqIndex {
  const tune: FaqTuning = { ...DEFAULT_TUNING, ...tuning };
  const phrasings: Phrasing[] = [];
  const phrasingTerms: string[][] = [];
  // Per entry: term -> how strongly the entry is about it (0..1).
  const presence: Map<string, number>[] = entries.map(() => new Map());
  // Per entry: the subjects of its phrasings (concepts, and words only it uses), and the terms of
  // its keywords (see anchored() below and decide.ts).
  const subjects: Set<string>[] = entries.map(() => new Set());
  const keyTerms: Set<string>[] = [];

  entries.forEach((entry, e) => {
    const { questions, keywords, answer } = entryTerms(entry, locale);
    const counts = new Map<string, number>();
    const count = (terms: string[]) => {
      for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
    };
    for (const terms of questions) {
      count(terms);
      phrasings.push({ entry: e, norm: 0 });
      phrasingTerms.push(terms);
    }
    keyTerms[e] = new Set(keywords.flat());
    keywords.forEach(count);
    for (const [t, n] of counts) presence[e]!.set(t, Math.min(1, 0.55 + 0.15 * n));
    for (const t of counts.keys()) if (t.startsWith("@") && !isContext(t)) subjects[e]!.add(t);
    for (const t of answer) if (!presence[e]!.has(t)) presence[e]!.set(t, ANSWER_PRESENCE);
  });

  const df = new Map<string, number>();
  for (const p of presence) for (const t of p.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(entries.length, 1);
  const weight = new Map<string, number>();
  for (const [t, d] of df) weight.set(t, Math.log(1 + n / d) * kindWeight(t));
  const rareIdf = Math.log(1 + n);
  // Words only this entry uses ("两癌筛查" in a staff-written entry) name its subject too.
  presence.forEach((p, e) => {
    for (const t of p.keys()) if (!t.startsWith("@") && df.get(t) === 1) subjects[e]!.add(t);
  });

  const postings = new Map<string, number[]>();
  phrasingTerms.forEach((terms, p) => {
    let sq = 0;
    for (const t of terms) {
      sq += (weight.get(t) ?? 0) ** 2;
      const list = postings.get(t);
      if (list) list.push(p);
      else postings.set(t, [p]);
    }
    phrasings[p]!.norm = Math.sqrt(sq) || 1;
  });

  // Spelling repair is built on the first unknown Latin word, not up front: most questions
  // never need it, and the build stays cheap on a cold isolate.
  let kbSpelling: Corrector | undefined;
  const fix = (w: string) => {
    kbSpelling ??= createCorrector(latinWords(entries));
    const lex = lexiconSpelling();
    return kbSpelling.knows(w) || lex.knows(w) ? undefined : (kbSpelling.correct(w) ?? lex.correct(w));
  };
  const dots = new Float64Array(phrasings.length);
  const indexOf = new Map(entries.map((entry, e) => [entry.id, e]));
  const vocab = { weight, rareIdf, unknownFactor: tune.unknownFactor };

  const holds = (id: string, t: string) => (presence[indexOf.get(id)!]!.get(t) ?? 0) > ANSWER_PRESENCE;
  /**
   * The entry a story's request answers, when it overrides the story's own ranking (`ranked`,
   * whose first is answered directly when `sure`):
   * - a request naming a subject ("…想找个懂行的人给指点指点") is read alone; its sure answer is
   *   taken when the story points at it too (REQUEST_FLOOR) and either the story is not sure, or the
   *   request names something that entry holds and the story's first does not, or the story barely
   *   prefers its first (by less than STORY_LEAD) while the request clearly prefers the other;
   * - a request of facets only ("县妇联在什么地方", "Can a woman my age still get it?", "要去哪里办")
   *   asks about the story's subject: of the entries the story ranks about alike, the one holding
   *   most of those facets, if it shares a subject and another term with the story (`grounded`).
   */
  function answerRequest(
    text: string,
    clauses: readonly Clause[],
    ranked: FaqMatch[],
    sure: boolean,
    grounded: (id: string) => boolean,
  ): string | undefined {
    const top = ranked[0];
    if (!top) return undefined;
    const request = requestOf(
      clauses,
      (t) => weight.has(t) && !isAside(t),
      (t) => !isContext(t),
      (t) => REFINES.has(t),
    );
    if (request === undefined || request.text.length >= text.length) return undefined;
    const named = request.concepts;
    if (named.every(isContext)) {
      const alike = ranked.filter((c) => top.score - c.score < STORY_LEAD && c.score >= REQUEST_FLOOR);
      const count = (id: string) => named.filter((t) => holds(id, t)).length;
      const best = alike.reduce((a, c) => (count(c.id) > count(a.id) ? c : a), top);
      // Only an entry holding more of them than any other it is alike with is what she asks.
      const unique = alike.every((c) => c.id === best.id || count(c.id) < count(best.id));
      return count(best.id) > 0 && unique && grounded(best.id) && (!sure || best.id !== top.id)
        ? best.id
        : undefined;
    }
    const asked = query(request.text, true);
    const pointed = asked.confidence === "high" ? ranked.find((c) => c.id === asked.best?.id) : undefined;
    if (!pointed || pointed.score < REQUEST_FLOOR) return undefined;
    if (pointed.id === top.id) return sure ? undefined : top.id;
    // How much more the request prefers its answer than the story prefers its own first.
    const alone = (id: string) => asked.candidates.find((c) => c.id === id)?.score ?? 0;
    const swing = alone(pointed.id) - alone(top.id) - (top.score - pointed.score);
    if (!sure) return swing >= 0 ? pointed.id : undefined;
    const beyond = named.some((t) => !isContext(t) && holds(pointed.id, t) && !holds(top.id, t));
    // Or the story barely prefers its first while the request clearly prefers the other.
    const close = top.score - pointed.score < STORY_LEAD && alone(pointed.id) - alone(top.id) >= STORY_LEAD;
    return beyond || close ? pointed.id : undefined;
  }

  function query(text: string, alone = false): FaqResult {
    // Safety first, ahead of any scoring: violence or danger from her partner or family gets the
    // domestic-violence answer, never "did you mean" or "no answer" (unless staff hid that entry).
    const danger = indexOf.has(DANGER_ENTRY) && !alone ? dangerOf(text) : undefined;
    if (danger?.danger) {
      const best = { id: DANGER_ENTRY, score: 1 };
      return { best, candidates: [best], confidence: "high" };
    }
    const weak = new Set<string>();
    const read = (part: string) => analyze(statedFacets(normalizeForMatch(part)), { fix, weak });
    const all = read(text);
    const terms = [...new Set(all)];
    const mentions = new Map<string, number>();
    for (const t of all) mentions.set(t, (mentions.get(t) ?? 0) + 1);
    const long = isLong(text);
    // A long message's clauses, each read once (without the weak-word bookkeeping of the whole).
    const clauses = long
      ? clausesOf(text, (part) => analyze(statedFacets(normalizeForMatch(part)), { fix }))
      : undefined;
    const ask = clauses ? askOf(clauses, (t) => weight.has(t) && !isAside(t)) : undefined;
    const { qw, total, sumSq, known, topical, story } = weighQuestion(terms, weak, vocab, mentions, ask);
    if (total === 0) return { best: null, candidates: [], confidence: "none" };

    const coverage = new Float64Array(entries.length);
    dots.fill(0);
    terms.forEach((t, i) => {
      const w = weight.get(t);
      if (w === undefined) return;
      for (let e = 0; e < entries.length; e++) coverage[e]! += qw[i]! * (presence[e]!.get(t) ?? 0);
      for (const p of postings.get(t) ?? []) dots[p]! += qw[i]! * w;
    });
    const closeness = new Float64Array(entries.length);
    const qNorm = Math.sqrt(sumSq);
    phrasings.forEach((p, i) => {
      const cos = dots[i]! / (qNorm * p.norm);
      if (cos > closeness[p.entry]!) closeness[p.entry] = cos;
    });

    // No short phrasing resembles a whole story: there, only how much of it the entry explains counts.
    const share = story ? 1 : tune.coverageShare;
    const ranked: FaqMatch[] = [];
    // Who a story is about (her husband, her child) and what happened in everyday words (打, hit)
    // are not what it asks: an entry whose phrasings share nothing else with it ("老公在外地打工",
    // "my husband hit a deer") is not offered.
    const asks = terms.filter((t) => weight.has(t) && !isAside(t));
    entries.forEach((entry, e) => {
      if (!asks.some((t) => (presence[e]!.get(t) ?? 0) > ANSWER_PRESENCE)) return;
      const score = share * (coverage[e]! / total) + (1 - share) * closeness[e]!;
      if (score >= FLOOR) ranked.push({ id: entry.id, score: Math.round(score * 1000) / 1000 });
    });
    // The subjects of the question an entry's phrasings name ("贷款", "培训"; not facets or people).
    const subjectsOf = (id: string) => {
      const e = indexOf.get(id);
      return e === undefined
        ? []
        : terms.filter(
            (t) => t.startsWith("@") && !isContext(t) && (presence[e]!.get(t) ?? 0) > ANSWER_PRESENCE,
          );
    };
    // Facets refine the subject ("fifty-two and want a loan", "how long until I must pay back"): of
    // two entries close in score about the same subjects, the one whose phrasings hold more of
    // the question's facets (age, amount, term, documents…) is the answer, and takes the lead.
    const facets = terms.filter((t) => isContext(t) && !isAside(t) && weight.has(t));
    const held = (id: string) => {
      const e = indexOf.get(id)!;
      return facets.reduce(
        (sum, t) => sum + ((presence[e]!.get(t) ?? 0) > ANSWER_PRESENCE ? qw[terms.indexOf(t)]! : 0),
        0,
      );
    };
    const preferFacets = (list: FaqMatch[]) => {
      const [top] = list;
      if (!top) return;
      const about = subjectsOf(top.id);
      const i = list.findIndex((c, k) => {
        if (k === 0 || k >= 3 || top.score - c.score >= FACET_MARGIN) return false;
        const own = subjectsOf(c.id);
        if (!about.every((t) => own.includes(t))) return false;
        // Tied, the entry naming every subject the other names and more is the more specific.
        return held(c.id) > held(top.id) || (top.score - c.score < tune.margin && own.length > about.length);
      });
      if (i < 0) return;
      const c = list[i]!;
      [list[0], list[i]] = [
        { id: c.id, score: top.score },
        { id: top.id, score: c.score },
      ];
    };
    ranked.sort((a, b) => b.score - a.score);
    // Tied for the lead on what they explain (a story is scored on coverage alone), the entry with
    // the nearer phrasing leads: sibling loan entries all hold "loan" and "apply", but one says it
    // as she does. Only the lead is reordered; the runners-up keep their order.
    const tied = ranked.filter((c) => c.score === ranked[0]?.score);
    if (tied.length > 1) {
      const near = (id: string) => closeness[indexOf.get(id)!]!;
      tied.sort((a, b) => near(b.id) - near(a.id));
      ranked.splice(0, tied.length, ...tied);
    }
    // Violence told of a drama, the news, a game or as a comparison is not hers: the safety rule
    // set it aside, and the domestic-violence entry is neither answered nor offered for it.
    if (danger?.framed) {
      const i = ranked.findIndex((c) => c.id === DANGER_ENTRY);
      if (i >= 0) ranked.splice(i, 1);
    }
    preferFacets(ranked);
    const candidates = ranked.slice(0, 3);
    const shared = (id: string) => {
      const e = indexOf.get(id);
      return e === undefined ? 0 : terms.filter((t) => (presence[e]!.get(t) ?? 0) > ANSWER_PRESENCE).length;
    };
    // A subject the entry's phrasings name; or, for a question of facets only ("妇联是干什么的"),
    // two terms it shares with the entry, one of them among its keywords: one facet ("要多少钱",
    // "怎么报名") could be about anything.
    const anchored = (id: string) => {
      const e = indexOf.get(id);
      if (e === undefined) return false;
      const own = terms.filter((t) => subjects[e]!.has(t));
      // One plain word in common is a coincidence; a concept, or two of its own words, is not.
      if (own.some((t) => t.startsWith("@")) || own.length >= 2) return true;
      return terms.some((t) => keyTerms[e]!.has(t)) && shared(id) >= 2;
    };
    const lone = terms.length === 1 && terms[0]!.startsWith("@");
    // Two subjects named about equally: each entry is about one the other does not name, and they
    // weigh alike in the question ("贷款…也想参加培训"; not "spring bud scholarship", where the
    // named programme outweighs the general word).
    const weightOf = (list: string[]) => list.reduce((sum, t) => sum + qw[terms.indexOf(t)]!, 0);
    const apart = (a: string, b: string) => {
      const [x, y] = [subjectsOf(a), subjectsOf(b)];
      const [onlyX, onlyY] = [
        weightOf(x.filter((t) => !y.includes(t))),
        weightOf(y.filter((t) => !x.includes(t))),
      ];
      return Math.min(onlyX, onlyY) >= EVEN * Math.max(onlyX, onlyY) && onlyX > 0;
    };
    const ev = { known, unknown: total - known, topical, story, long, anchored, shared, lone, apart };
    const decided = decide(candidates, tune, ev);
    // A story is answered by what it asks (its request, see ask.ts); the rest is context, and two
    // subjects named about equally stay her choice.
    if (long && !alone && !decided.both) {
      const grounded = (id: string) => anchored(id) && shared(id) >= 2;
      const answer = answerRequest(text, clauses!, ranked, decided.confidence === "high", grounded);
      if (answer) {
        const lead = { id: answer, score: candidates[0]!.score };
        return {
          best: lead,
          candidates: [lead, ...candidates.filter((c) => c.id !== answer)].slice(0, 3),
          confidence: "high",
        };
      }
    }
    return { best: decided.best, confidence: decided.confidence, candidates };
  }

  const byId = new Map(entries.map((e) => [e.id, e]));
  // The engine's answer, ranked again by the learned ranker when there is one (rerank.ts).
  const ask = (text: string): FaqResult => {
    const result = query(text);
    return model ? rankWithModel(result, text, isLong(text), model, tune, (id) => byId.has(id)) : result;
  };
  return { locale, ids: entries.map((e) => e.id), entry: (id) => byId.get(id), query: ask };
}
