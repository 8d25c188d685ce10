/** The rules an FAQ entry must keep: answer length, follow-ups, source, review date. */
import type { FaqEntry, FaqFollowup } from "./types.ts";

/** Longest answer, in characters (code points), that an entry may carry. */
export const MAX_ANSWER_CHARS = 600;

/** Longest short title (the entry's label), in characters. */
export const MAX_TITLE_CHARS = 40;

/** Every follow-up button an entry may offer, in the order they are shown. */
export const FOLLOWUPS = [
  "signup",
  "subscribe",
  "fairs",
  "call12338",
] as const satisfies readonly FaqFollowup[];

// Telegram's HTML parse mode accepts only these three entities for the reserved characters.
const RAW_HTML = /[<>]|&(?!(?:amp|lt|gt);)/;

/** True when the text can go into a Telegram HTML message as it is. */
export function isHtmlSafe(text: string): boolean {
  return !RAW_HTML.test(text);
}

function isValidDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

const isText = (v: unknown): v is string => typeof v === "string" && v.trim().length > 0;

/**
 * Lists what is wrong with an entry (an empty list means it is valid). Used for the bundled
 * files in tests and for entries staff write in chat before they are stored; bundled entries
 * ask for at least 6 phrasings, a staff entry may start with one.
 */
export function entryProblems(value: unknown, { minQuestions = 1 } = {}): string[] {
  if (typeof value !== "object" || value === null) return ["not an object"];
  const e = value as Partial<Record<keyof FaqEntry, unknown>>;
  const problems: string[] = [];
  if (!isText(e.id) || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(e.id)) problems.push("id must be a lowercase slug");
  if (e.title !== undefined && (!isText(e.title) || [...e.title].length > MAX_TITLE_CHARS)) {
    problems.push(`title must be 1-${MAX_TITLE_CHARS} characters`);
  }
  if (!Array.isArray(e.questions) || !e.questions.every(isText))
    problems.push("questions must be non-empty strings");
  else if (e.questions.length < minQuestions) problems.push(`needs at least ${minQuestions} questions`);
  if (!isText(e.answer)) problems.push("answer is empty");
  else {
    if ([...e.answer].length > MAX_ANSWER_CHARS)
      problems.push(`answer is over ${MAX_ANSWER_CHARS} characters`);
    if (!isHtmlSafe(e.answer)) problems.push("answer contains raw <, > or &");
  }
  const followups = e.followups;
  if (!Array.isArray(followups) || !followups.every((f) => (FOLLOWUPS as readonly unknown[]).includes(f))) {
    problems.push("followups must be signup, subscribe, fairs or call12338");
  } else if (new Set(followups).size !== followups.length) problems.push("followups repeat");
  const src = e.source as { kind?: unknown; title?: unknown; year?: unknown } | undefined;
  if (!src || (src.kind !== "seed" && src.kind !== "policy"))
    problems.push("source.kind must be seed or policy");
  if (!src || !isText(src.title)) problems.push("source.title is empty");
  if (!src || !Number.isInteger(src.year) || (src.year as number) < 1949 || (src.year as number) > 2100) {
    problems.push("source.year must be a year");
  }
  if (typeof e.reviewed !== "string" || !isValidDate(e.reviewed))
    problems.push("reviewed must be YYYY-MM-DD");
  if (e.keywords !== undefined && (!Array.isArray(e.keywords) || !e.keywords.every(isText))) {
    problems.push("keywords must be non-empty strings");
  }
  return problems;
}
