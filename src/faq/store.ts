/** Staff edits of the FAQ stored with compare-and-set, their history, and reverting one. */
import type { PersonId } from "../people/id.ts";
import { keys } from "../store/keys.ts";
import type { Redis } from "../store/redis.ts";
import { faqKeys } from "./keys.ts";
import {
  type EditAction,
  type HistoryItem,
  historyItemSchema,
  type StoredOverride,
  storedOverrideSchema,
} from "./schema.ts";
import type { FaqLocale, FaqOverride } from "./types.ts";

const HISTORY_CAP = 200;
const ATTEMPTS = 3;

// Compare-and-set of one entry's override: it applies only if the entry's rev is still the one
// the edit started from, so two staff editing the same entry at once cannot lose a change. The
// index version, the history and the audit stream change in the same atomic step.
const EDIT_SCRIPT = `
local cur = redis.call('HGET', KEYS[1], ARGV[1])
local curRev = ''
if cur then
  local ok, obj = pcall(cjson.decode, cur)
  if ok and type(obj) == 'table' and type(obj['rev']) == 'string' then curRev = obj['rev'] end
end
if curRev ~= ARGV[2] then return 0 end
if ARGV[3] == '' then redis.call('HDEL', KEYS[1], ARGV[1]) else redis.call('HSET', KEYS[1], ARGV[1], ARGV[3]) end
redis.call('SET', KEYS[2], ARGV[5])
redis.call('LPUSH', KEYS[3], ARGV[4])
redis.call('LTRIM', KEYS[3], 0, ${HISTORY_CAP - 1})
redis.call('XADD', KEYS[4], '*', 'type', ARGV[6], 'locale', ARGV[7], 'entry', ARGV[1], 'by', ARGV[8], 'at', ARGV[9])
return 1`;

/** A token that is new on every change (never numeric, so the client leaves it a string). */
export function newRev(now: number): string {
  return `r${now.toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

/** Every staff override of a locale, oldest first; unreadable values are skipped. */
export async function readOverrides(redis: Redis, locale: FaqLocale): Promise<StoredOverride[]> {
  const raw = (await redis.hgetall<Record<string, unknown>>(faqKeys.override(locale))) ?? {};
  const out: StoredOverride[] = [];
  for (const value of Object.values(raw)) {
    const parsed = storedOverrideSchema.safeParse(value);
    if (parsed.success) out.push(parsed.data);
  }
  return out.sort((a, b) => a.at - b.at);
}

async function readOne(redis: Redis, locale: FaqLocale, id: string): Promise<StoredOverride | null> {
  const parsed = storedOverrideSchema.safeParse(await redis.hget(faqKeys.override(locale), id));
  return parsed.success ? parsed.data : null;
}

/** Who made a change, when, and how staff will see it in the edit list. */
export interface EditMeta {
  by: PersonId;
  at: number;
  action: EditAction;
  note: string;
}

async function commit(
  redis: Redis,
  locale: FaqLocale,
  id: string,
  prev: StoredOverride | null,
  next: FaqOverride | StoredOverride | null,
  meta: EditMeta,
): Promise<boolean> {
  const token = newRev(meta.at);
  // A revert puts back the earlier override exactly, rev included, so the change before it can
  // be undone in turn; anything else gets a fresh rev.
  const stored =
    next && "rev" in next ? next : next ? { ...next, id, rev: token, at: meta.at, by: meta.by } : null;
  const item: HistoryItem = { id, ...meta, note: meta.note.slice(0, 200), rev: stored?.rev ?? "", prev };
  const applied = await redis.eval(
    EDIT_SCRIPT,
    [faqKeys.override(locale), faqKeys.rev(locale), faqKeys.history(locale), keys.audit()],
    [
      id,
      prev?.rev ?? "",
      stored ? JSON.stringify(stored) : "",
      JSON.stringify(item),
      token,
      `faq-${meta.action}`,
      locale,
      String(meta.by),
      String(meta.at),
    ],
  );
  return applied === 1;
}

/**
 * Changes one entry's override: `change` gets the current override (or null) and returns the
 * new one (null removes it). Retried when another edit of the same entry got there first.
 * Takes effect for every user at once: the index version changes in the same step.
 */
export async function editEntry(
  redis: Redis,
  locale: FaqLocale,
  id: string,
  change: (current: StoredOverride | null) => FaqOverride | null,
  meta: EditMeta,
): Promise<boolean> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const current = await readOne(redis, locale, id);
    const next = change(current);
    if (await commit(redis, locale, id, current, next && withoutMeta(next), meta)) return true;
  }
  return false;
}

/** The latest changes of a locale, newest first. */
export async function readHistory(redis: Redis, locale: FaqLocale, limit = 10): Promise<HistoryItem[]> {
  const raw = await redis.lrange<unknown>(faqKeys.history(locale), 0, Math.min(limit, HISTORY_CAP) - 1);
  return raw.flatMap((value) => {
    const parsed = historyItemSchema.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Result of a revert: done, refused because the entry changed since, or no such change. */
export type RevertOutcome = "reverted" | "newer" | "unknown";

/**
 * Undoes one change (found by entry id and time): the entry goes back to what it was before it.
 * Only the latest change of an entry can be undone, so a revert never silently drops a later
 * edit; the revert is itself a change in the history and the audit stream.
 */
export async function revertEdit(
  redis: Redis,
  locale: FaqLocale,
  target: { id: string; at: number },
  meta: { by: PersonId; at: number },
): Promise<RevertOutcome> {
  const history = await readHistory(redis, locale, HISTORY_CAP);
  const item = history.find((h) => h.id === target.id && h.at === target.at);
  if (!item) return "unknown";
  const current = await readOne(redis, locale, item.id);
  if ((current?.rev ?? "") !== item.rev) return "newer";
  const note = `${item.action} ${new Date(item.at).toISOString().slice(0, 16)}`;
  const ok = await commit(redis, locale, item.id, current, item.prev, { ...meta, action: "revert", note });
  return ok ? "reverted" : "newer";
}

// What `change` returns is often the current override spread with a change: drop its rev, time
// and author so the commit stamps new ones.
function withoutMeta(o: FaqOverride | StoredOverride): FaqOverride {
  const { rev: _rev, at: _at, by: _by, ...rest } = o as StoredOverride;
  return rest;
}
