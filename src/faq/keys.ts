/** Loans and aid Q&A's keys and their lifetimes: staff edits, misses, people waiting, feedback. */
import type { PersonId } from "../people/id.ts";

export const faqKeys = {
  /** FAQ staff edits: hash entry id → JSON override; a token that changes on every edit; the edits, newest first. */
  override: (locale: string) => `jg:faq:override:${locale}`,
  rev: (locale: string) => `jg:faq:rev:${locale}`,
  history: (locale: string) => `jg:faq:history:${locale}`,
  /** Unanswered questions (normalised, masked): zset of "q:"+question → count, and a hash of details. */
  miss: (locale: string) => `jg:faq:miss:${locale}`,
  missInfo: (locale: string) => `jg:faq:miss:${locale}:info`,
  /** Ids of the people who asked staff to answer one missed question (hash of the question). */
  waiting: (locale: string, questionHash: string) => `jg:faq:waiting:${locale}:${questionHash}`,
  /** 👍/👎 and times shown per entry: hash "{id}:up|down|shown" → count. */
  feedback: (locale: string) => `jg:faq:feedback:${locale}`,
  /** Questions of one week (its Monday, YYYY-MM-DD) by outcome: `answered`, `unsure`, `unanswered` counts. */
  weekly: (monday: string) => `jg:faq:week:${monday}`,
  /** A person's FAQ traces: her votes ("v:{message}") and questions passed to staff ("w:{locale}:{hash}"). */
  userFaq: (userId: PersonId) => `jg:user:${userId}:faq`,
} as const;

export const faqTtl = {
  /** Votes and questions passed to staff are forgotten after three months without a new one. */
  userFaq: 60 * 60 * 24 * 90,
} as const;
