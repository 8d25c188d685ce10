/** Staff edits merged into the bundled entries: phrasings added, answers replaced, entries written or hidden. */
import type { FaqEntry, FaqOverride } from "./types.ts";

function withOverride(entry: FaqEntry, o: FaqOverride): FaqEntry {
  const base: FaqEntry = o.entry ? { ...o.entry, id: entry.id } : { ...entry };
  const questions = [...base.questions];
  for (const q of o.addQuestions ?? []) {
    const trimmed = q.trim();
    if (trimmed && !questions.includes(trimmed)) questions.push(trimmed);
  }
  return {
    ...base,
    questions,
    answer: o.answer ?? base.answer,
    followups: o.followups ?? base.followups,
    source: o.source ?? base.source,
    reviewed: o.reviewed ?? base.reviewed,
    ...(o.keywords ? { keywords: o.keywords } : {}),
  };
}

/**
 * Applies staff overrides on top of the bundled entries, in order, without mutating either.
 * An override may add phrasings to an entry, replace its answer, followups, source, review
 * date or keywords, replace the whole entry, add a new entry (with `entry`), or hide one
 * (`disabled`). Overrides for an unknown id without `entry` are ignored, so a stale staff
 * edit can never break matching.
 */
export function mergeOverrides(entries: readonly FaqEntry[], overrides: readonly FaqOverride[]): FaqEntry[] {
  const byId = new Map<string, FaqEntry>();
  for (const e of entries) byId.set(e.id, e);
  const hidden = new Set<string>();
  for (const o of overrides) {
    if (o.disabled) {
      hidden.add(o.id);
      continue;
    }
    // A later edit of the same id re-enables it: staff un-hid it by editing.
    hidden.delete(o.id);
    const current = byId.get(o.id) ?? (o.entry ? { ...o.entry, id: o.id } : undefined);
    if (current) byId.set(o.id, withOverride(current, o));
  }
  return [...byId.values()].filter((e) => !hidden.has(e.id));
}
