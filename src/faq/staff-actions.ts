/** What staff do with the FAQ (any staff member; reverting is for admins): misses, entries written in chat, reports. */
import type { Deps } from "../deps.ts";
import { LOCALES } from "../i18n.ts";
import type { PersonId } from "../people/id.ts";
import { actingStaff } from "../staff/scope.ts";
import { keys } from "../store/keys.ts";
import { type EntryStats, readStats } from "./feedback.ts";
import { faqKeys } from "./keys.ts";
import { loadFaqIndex } from "./library.ts";
import { dropMiss, type Miss, questionHash, takeWaiting, topMisses } from "./misses.ts";
import { entrySchema, type HistoryItem } from "./schema.ts";
import {
  isoDate,
  newEntryId,
  newEntryOverride,
  type WrittenEntry,
  withAnswer,
  withPhrasing,
} from "./staff-entry.ts";
import { editEntry, type RevertOutcome, readHistory, revertEdit } from "./store.ts";
import { tellWaiting } from "./tell-waiting.ts";
import type { FaqEntry, FaqLocale } from "./types.ts";
import type { EntryWriting } from "./writing.ts";

/** The most asked missed questions of a locale. */
export async function missesFor(deps: Deps, by: PersonId, locale: FaqLocale, limit: number): Promise<Miss[]> {
  actingStaff(deps, by);
  return topMisses(deps.redis, locale, limit);
}

/** Dismisses a miss; the people waiting on it are let go. */
export async function dismissMiss(
  deps: Deps,
  by: PersonId,
  locale: FaqLocale,
  question: string,
): Promise<void> {
  actingStaff(deps, by);
  await dropMiss(deps.redis, locale, question);
  await takeWaiting(deps.redis, locale, question);
  // Who dropped which question (a question is what someone typed: only its hash is kept here).
  await deps.redis.xadd(keys.audit(), "*", {
    type: "faq-miss-dismissed",
    locale,
    q: questionHash(question),
    by,
    at: deps.now,
  });
}

/** What adding to the FAQ did: saved (the people waiting told), or why not. */
export type FaqSaved =
  | { ok: true; id: string; entry: FaqEntry | undefined; told: number }
  | { ok: false; reason: "unknown" | "invalid" | "conflict" };

/** Adds a miss as a phrasing of entry `id`: effective at once for everyone, audited, the people waiting told. */
export async function attachMiss(
  deps: Deps,
  by: PersonId,
  miss: { locale: FaqLocale; question: string },
  id: string,
): Promise<FaqSaved> {
  actingStaff(deps, by);
  const before = await loadFaqIndex(deps.redis, miss.locale);
  if (!before.index.entry(id)) return { ok: false, reason: "unknown" };
  const meta = { by, at: deps.now, action: "phrasing", note: miss.question } as const;
  const change = (current: Parameters<typeof withPhrasing>[0]) => withPhrasing(current, id, miss.question);
  if (!(await editEntry(deps.redis, miss.locale, id, change, meta))) return { ok: false, reason: "conflict" };
  await dropMiss(deps.redis, miss.locale, miss.question);
  const { index } = await loadFaqIndex(deps.redis, miss.locale);
  const entry = index.entry(id) ?? before.index.entry(id)!;
  return { ok: true, id, entry, told: await tellWaiting(deps, miss.locale, miss.question, entry) };
}

/**
 * Saves an entry written in chat: a new entry, or a new answer for entry `id`. From a miss, the miss
 * goes and the people waiting on it get the answer.
 */
export async function saveWrittenEntry(deps: Deps, by: PersonId, w: EntryWriting): Promise<FaqSaved> {
  actingStaff(deps, by);
  if (!w.source) return { ok: false, reason: "invalid" };
  const written: WrittenEntry = {
    question: w.q ?? "",
    answer: w.answer ?? "",
    source: w.source,
    followups: w.f,
    reviewed: isoDate(deps.now, deps.config.TIMEZONE),
  };
  const id = w.mode === "edit" ? w.id! : newEntryId(deps.now);
  const next = (current: Parameters<typeof withAnswer>[0]) =>
    w.mode === "edit" ? withAnswer(current, id, written) : newEntryOverride(id, written);
  if (w.mode === "new" && !entrySchema.safeParse(newEntryOverride(id, written).entry).success) {
    return { ok: false, reason: "invalid" };
  }
  const note = (w.mode === "new" ? written.question : written.answer).slice(0, 80);
  const meta = { by, at: deps.now, action: w.mode === "new" ? "new" : "answer", note } as const;
  if (!(await editEntry(deps.redis, w.l, id, next, meta))) return { ok: false, reason: "conflict" };
  const { index } = await loadFaqIndex(deps.redis, w.l);
  const entry = index.entry(id);
  let told = 0;
  if (w.fromMiss && entry) {
    await dropMiss(deps.redis, w.l, written.question);
    told = await tellWaiting(deps, w.l, written.question, entry);
  }
  return { ok: true, id, entry, told };
}

/** An admin undoes one change of an entry (found by entry id and time). */
export async function revertEntryEdit(
  deps: Deps,
  by: PersonId,
  locale: FaqLocale,
  target: { id: string; at: number },
): Promise<RevertOutcome> {
  actingStaff(deps, by, { admin: true });
  return revertEdit(deps.redis, locale, target, { by, at: deps.now });
}

/** The latest staff changes of a locale, newest first. */
export async function faqEditsFor(
  deps: Deps,
  by: PersonId,
  locale: FaqLocale,
  limit = 10,
): Promise<HistoryItem[]> {
  actingStaff(deps, by);
  return readHistory(deps.redis, locale, limit);
}

/** /faqstats: per entry of `locale`'s index, both languages together, and the misses and edits per language. */
export async function faqStatsFor(
  deps: Deps,
  by: PersonId,
  locale: FaqLocale,
): Promise<{
  rows: EntryStats[];
  entry: (id: string) => FaqEntry | undefined;
  totals: Record<string, number>;
}> {
  actingStaff(deps, by);
  const redis = deps.redis;
  const [byLocale, { index }] = await Promise.all([
    Promise.all(LOCALES.map((l) => readStats(redis, l))),
    loadFaqIndex(redis, locale),
  ]);
  const total = new Map<string, EntryStats>();
  for (const stats of byLocale) {
    for (const s of stats.values()) {
      const row = total.get(s.id) ?? { id: s.id, shown: 0, up: 0, down: 0 };
      total.set(s.id, { id: s.id, shown: row.shown + s.shown, up: row.up + s.up, down: row.down + s.down });
    }
  }
  const rows = index.ids
    .map((id) => total.get(id) ?? { id, shown: 0, up: 0, down: 0 })
    .sort((a, b) => b.shown - a.shown || b.down - a.down || a.id.localeCompare(b.id));
  const pipe = redis.pipeline();
  for (const l of LOCALES) pipe.zcard(faqKeys.miss(l)).hlen(faqKeys.override(l));
  const [zhMisses = 0, zhEdits = 0, enMisses = 0, enEdits = 0] = (await pipe.exec<number[]>()).map(Number);
  return { rows, entry: (id) => index.entry(id), totals: { zhMisses, zhEdits, enMisses, enEdits } };
}
