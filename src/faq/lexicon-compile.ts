import { stem } from "./stem.ts";

/** The hand-edited lexicon (src/faq/lexicon.json): concepts with their surface forms, stop words. */
export interface LexiconSource {
  weights: Record<string, number>;
  concepts: Record<string, string[]>;
  stop: { zh: string[]; en: string[] };
}

/**
 * The lexicon as the matcher loads it (src/faq/lexicon.compiled.json): surface form → concepts
 * ("@loan"; an empty list is a stop word), English forms already stemmed, and the longest key per
 * first character or word, so an isolate does no stemming before its first answer.
 */
export interface CompiledLexicon {
  weights: Record<string, number>;
  zh: Record<string, string[]>;
  en: Record<string, string[]>;
  zhLongest: Record<string, number>;
  enLongest: Record<string, number>;
  /** Latin words as written, for the typo corrector. */
  rawEnWords: string[];
}

const isHan = (form: string) => form.charCodeAt(0) >= 0x2e80;
const stemPhrase = (phrase: string) => phrase.split(" ").map(stem).join(" ");

function add(map: Record<string, string[]>, key: string, concept: string): void {
  const list = map[key];
  if (!list || list.length === 0) map[key] = [concept];
  else if (!list.includes(concept)) list.push(concept);
}

/** Compiles the source lexicon; `node dev/faq-lexicon.ts` writes the result. */
export function compileLexicon(source: LexiconSource): CompiledLexicon {
  const zh: Record<string, string[]> = {};
  const en: Record<string, string[]> = {};
  const rawEnWords: string[] = [];
  for (const word of source.stop.zh) zh[word] = [];
  for (const word of source.stop.en) en[stem(word)] = [];
  // Concepts override stop words, so "谁能" and "who" keep their meaning.
  for (const [concept, forms] of Object.entries(source.concepts)) {
    for (const form of forms) {
      if (isHan(form)) add(zh, form, `@${concept}`);
      else {
        add(en, stemPhrase(form), `@${concept}`);
        rawEnWords.push(...form.split(" "));
      }
    }
  }
  rawEnWords.push(...source.stop.en);
  const zhLongest: Record<string, number> = {};
  for (const k of Object.keys(zh)) zhLongest[k[0]!] = Math.max(zhLongest[k[0]!] ?? 0, k.length);
  const enLongest: Record<string, number> = {};
  for (const k of Object.keys(en)) {
    const words = k.split(" ");
    enLongest[words[0]!] = Math.max(enLongest[words[0]!] ?? 0, words.length);
  }
  return { weights: source.weights, zh, en, zhLongest, enLongest, rawEnWords: [...new Set(rawEnWords)] };
}
