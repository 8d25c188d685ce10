// Fuse.js and MiniSearch set up for the FAQ comparison in bench/faq.ts, each as its documentation
// recommends for text without spaces: a custom tokenizer (Intl.Segmenter plus Han bigrams, since
// the segmenter splits domain words such as 贴息 into characters), English stop words dropped and
// stemmed with the engine's stemmer, questions weighted over keywords over the answer.
import Fuse from "fuse.js";
import MiniSearch from "minisearch";
import { normalizeForMatch } from "../src/faq/normalize.ts";
import { stem } from "../src/faq/stem.ts";
import type { FaqEntry } from "../src/faq/types.ts";

const EN_STOP = new Set(
  "a an the i me my we you your is are was be do does did can could to of in on at for with and or".split(
    " ",
  ),
);
const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(normalizeForMatch(text))) {
    if (!isWordLike) continue;
    if (/\p{Script=Han}/u.test(segment)) {
      out.push(segment);
      for (let i = 0; i + 1 < segment.length; i++) out.push(segment.slice(i, i + 2));
    } else if (!EN_STOP.has(segment)) out.push(stem(segment));
  }
  return out;
}

/** Ranked ids, best first, and the best raw score. */
export type Search = (q: string) => { ids: string[]; score: number };

/** A library under comparison: builds a search over one locale, says whether a score is an answer. */
export interface Library {
  name: string;
  settings: string;
  build(entries: readonly FaqEntry[]): Search;
  accepts(score: number, threshold: number): boolean;
}

const docs = (entries: readonly FaqEntry[]) =>
  entries.map((e) => ({ id: e.id, questions: e.questions, keywords: e.keywords ?? [], answer: e.answer }));

export const LIBRARIES: Library[] = [
  {
    name: "Fuse.js 7.5.0",
    settings:
      "useTokenSearch, Segmenter+bigram tokenizer, ignoreLocation, threshold 0.4, keys q×3 kw×2 ans×1",
    build(entries) {
      const fuse = new Fuse(docs(entries), {
        keys: [
          { name: "questions", weight: 3 },
          { name: "keywords", weight: 2 },
          { name: "answer", weight: 1 },
        ],
        useTokenSearch: true,
        tokenize,
        ignoreLocation: true,
        threshold: 0.4,
        includeScore: true,
      });
      return (q) => {
        const r = fuse.search(q, { limit: 3 });
        return { ids: r.map((x) => x.item.id), score: r[0]?.score ?? 1 };
      };
    },
    accepts: (score, t) => score <= t,
  },
  {
    name: "MiniSearch 7.2.0",
    settings: "Segmenter+bigram tokenizer, stemming, fuzzy 0.2, prefix, OR, boost q×3 kw×2",
    build(entries) {
      const ms = new MiniSearch({
        fields: ["questions", "keywords", "answer"],
        storeFields: ["id"],
        tokenize,
        extractField: (doc, field) => {
          const v = (doc as Record<string, unknown>)[field];
          return Array.isArray(v) ? v.join(" ") : String(v);
        },
        searchOptions: { fuzzy: 0.2, prefix: true, combineWith: "OR", boost: { questions: 3, keywords: 2 } },
      });
      ms.addAll(docs(entries));
      return (q) => {
        const r = ms.search(q).slice(0, 3);
        return { ids: r.map((x) => String(x.id)), score: r[0]?.score ?? 0 };
      };
    },
    accepts: (score, t) => score >= t,
  },
];
