/** What every feature that stores something about a person provides, and collecting and erasing it all. */

import type { PersonId } from "../people/id.ts";
import type { Redis } from "../store/redis.ts";

/** One line of /mydata: a locale key for the label and the stored value. */
export interface DataItem {
  label: string;
  value: string | number;
  /**
   * How to show the value: a time, a translated enum, as stored, or (for the session) a slice named
   * `label` whose stored value is `raw`, said in plain words by the slice itself.
   */
  kind?: "time" | "text" | "key" | "slice";
  raw?: unknown;
}

/**
 * A feature's personal data. Every feature that stores something about a person registers one,
 * so /mydata shows it all and /delete erases it all.
 */
export interface PersonalDataSource {
  /** Locale key of the section title in /mydata. */
  section: string;
  collect(redis: Redis, userId: PersonId): Promise<DataItem[]>;
  erase(redis: Redis, userId: PersonId): Promise<void>;
}

/** Collects every source's items, section by section; empty sections are left out. */
export async function collectPersonalData(
  sources: readonly PersonalDataSource[],
  redis: Redis,
  userId: PersonId,
): Promise<{ section: string; items: DataItem[] }[]> {
  const sections = await Promise.all(
    sources.map(async (source) => ({ section: source.section, items: await source.collect(redis, userId) })),
  );
  return sections.filter((s) => s.items.length > 0);
}

/** Erases every source's keys. Sources run in order: later ones may read what earlier ones index. */
export async function erasePersonalData(
  sources: readonly PersonalDataSource[],
  redis: Redis,
  userId: PersonId,
): Promise<void> {
  for (const source of [...sources].reverse()) await source.erase(redis, userId);
}
