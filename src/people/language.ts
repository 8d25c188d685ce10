/** The language each person is written to in outside a reply, read from her profile by the one rule. */
import { DEFAULT_LOCALE, type Locale, recipientLocale } from "../i18n.ts";
import { keys } from "../store/keys.ts";
import type { Redis } from "../store/redis.ts";
import type { PersonId } from "./id.ts";

/** The profile fields the rule reads: her /language choice and Telegram's language as last seen. */
export const LANGUAGE_FIELDS = ["locale", "lang"] as const;

/** The language of a profile's fields (as HMGET returns them; null for a missing hash). */
export function localeOfFields(
  fields: Record<string, unknown> | null,
  fallback: Locale = DEFAULT_LOCALE,
): Locale {
  return recipientLocale(fields?.locale, fields?.lang, fallback);
}

/** Each person's language, in one round trip. */
export async function localesOf(
  redis: Redis,
  ids: readonly PersonId[],
  fallback: Locale = DEFAULT_LOCALE,
): Promise<Locale[]> {
  if (ids.length === 0) return [];
  const pipe = redis.pipeline();
  for (const id of ids) pipe.hmget(keys.user(id), ...LANGUAGE_FIELDS);
  const found = await pipe.exec<(Record<string, unknown> | null)[]>();
  return found.map((fields) => localeOfFields(fields, fallback));
}

/** One person's language. */
export async function localeOf(
  redis: Redis,
  id: PersonId,
  fallback: Locale = DEFAULT_LOCALE,
): Promise<Locale> {
  const [locale] = await localesOf(redis, [id], fallback);
  return locale ?? fallback;
}
