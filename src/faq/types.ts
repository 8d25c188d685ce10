/** Locales that ship a bundled knowledge base. */
export type FaqLocale = "zh-CN" | "en";

/** Buttons an answer may offer: start /signup, /subscribe, list /fairs, or call 12338. */
export type FaqFollowup = "signup" | "subscribe" | "fairs" | "call12338";

/** Where an answer's facts come from: a seed newsletter or a named national policy document. */
export interface FaqSource {
  kind: "seed" | "policy";
  title: string;
  year: number;
}

/** One topic of the knowledge base in one locale; ids are identical across locales. */
export interface FaqEntry {
  id: string;
  /** A short title, the entry's label on buttons ("创业贷款怎么申请", "How to apply for the loan"). */
  title?: string;
  questions: string[];
  /** Plain text, at most 600 characters, safe inside Telegram HTML (no raw <, >, &). */
  answer: string;
  followups: FaqFollowup[];
  source: FaqSource;
  /** ISO date of the last human review, e.g. "2026-11-21". */
  reviewed: string;
  keywords?: string[];
}

/** A staff edit on top of the bundled entries, as kept in `jg:faq:override:{locale}` (see store.ts). */
export interface FaqOverride {
  id: string;
  /** Extra phrasings, appended to the entry's own (e.g. a logged miss attached by staff). */
  addQuestions?: string[];
  /** Replaces the answer text. */
  answer?: string;
  followups?: FaqFollowup[];
  source?: FaqSource;
  reviewed?: string;
  keywords?: string[];
  /** A complete new entry; required when the id is not bundled. */
  entry?: FaqEntry;
  /** Hides a staff-created or bundled entry from matching. */
  disabled?: boolean;
}

/** One ranked entry; score is in [0, 1]. */
export interface FaqMatch {
  id: string;
  score: number;
}

/** How sure the engine is: answer directly, offer "did you mean", or admit it has no answer. */
export type FaqConfidence = "high" | "low" | "none";

/** The outcome of one lookup. best is null exactly when confidence is "none". */
export interface FaqResult {
  best: FaqMatch | null;
  /** Up to three entries, best first; may be non-empty even when confidence is "none". */
  candidates: FaqMatch[];
  confidence: FaqConfidence;
}

/** A built index for one locale; build once per isolate and reuse. */
export interface FaqIndex {
  locale: FaqLocale;
  /** Entry ids in knowledge-base order. */
  ids: string[];
  entry(id: string): FaqEntry | undefined;
  query(text: string): FaqResult;
}
