/** What staff type for an FAQ entry, read and turned into an override: source, answer, new entry, phrasing. */
import type { FaqEntry, FaqFollowup, FaqOverride, FaqSource } from "./types.ts";
import { MAX_ANSWER_CHARS } from "./validate.ts";

const YEAR = /(?<!\d)(19[5-9]\d|20\d\d)(?!\d)/g;
const TRAILING_YEAR = /[\s,，、(（]*(?:19[5-9]\d|20\d\d)\s*(?:年)?[)）]?\s*$/;
const SEED_WORDS = /简报|年鉴|概况|动态|newsletter|bulletin|yearbook|seed/i;

/**
 * Reads a source typed by staff, e.g. "《济宁年鉴》2011" or "财金〔2023〕75号, 2023": the last year
 * in it is the year; newsletters and yearbooks are "seed", anything else a policy document.
 * Null when there is no year or nothing but a year.
 */
export function parseSource(text: string): FaqSource | null {
  const t = text.trim().slice(0, 300);
  const years = [...t.matchAll(YEAR)];
  const year = Number(years.at(-1)?.[1]);
  if (!year) return null;
  const title = t.replace(TRAILING_YEAR, "").trim() || "";
  if (!title || /^\d+$/.test(title)) return null;
  return { kind: SEED_WORDS.test(title) ? "seed" : "policy", title, year };
}

/** Why a typed answer cannot be saved: "empty", "long" (with its length), or null when fine. */
export function answerProblem(answer: string): { kind: "empty" } | { kind: "long"; length: number } | null {
  const length = [...answer.trim()].length;
  if (length === 0) return { kind: "empty" };
  return length > MAX_ANSWER_CHARS ? { kind: "long", length } : null;
}

/** A new id for an entry written by staff: "s-" and the time in base 36, unique enough. */
export function newEntryId(now: number): string {
  return `s-${now.toString(36)}`;
}

/** The calendar date (YYYY-MM-DD) of a time in a time zone, for "last reviewed". */
export function isoDate(now: number, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" })
    .format(now)
    .replace(/\//g, "-");
}

/** What staff typed, ready to become an entry or an answer edit. */
export interface WrittenEntry {
  question: string;
  answer: string;
  source: FaqSource;
  followups: FaqFollowup[];
  reviewed: string;
}

/** The override that adds a staff-written entry. */
export function newEntryOverride(id: string, w: WrittenEntry): FaqOverride {
  const entry: FaqEntry = {
    id,
    questions: [w.question],
    answer: w.answer.trim(),
    followups: w.followups,
    source: w.source,
    reviewed: w.reviewed,
  };
  return { id, entry };
}

/** Adds a phrasing to whatever override an entry already has (or starts one). */
export function withPhrasing(current: FaqOverride | null, id: string, question: string): FaqOverride {
  const added = current?.addQuestions ?? [];
  const base = current ?? { id };
  // A staff-written entry keeps its phrasings inside the entry itself.
  if (base.entry) {
    const questions = base.entry.questions.includes(question)
      ? base.entry.questions
      : [...base.entry.questions, question];
    return { ...base, entry: { ...base.entry, questions } };
  }
  return { ...base, addQuestions: added.includes(question) ? added : [...added, question] };
}

/** Replaces an entry's answer, source, follow-ups and review date, keeping added phrasings. */
export function withAnswer(current: FaqOverride | null, id: string, w: Omit<WrittenEntry, "question">) {
  const base = current ?? { id };
  const fields = { answer: w.answer.trim(), source: w.source, followups: w.followups, reviewed: w.reviewed };
  if (base.entry) return { ...base, entry: { ...base.entry, ...fields } };
  return { ...base, ...fields };
}
