/** Who a broadcast reaches: the Redis sets behind an audience, and who of them is a recipient now (status, language). */
import type { Locale } from "../i18n.ts";
import { type PersonId, personIds } from "../people/id.ts";
import { LANGUAGE_FIELDS, localeOfFields } from "../people/language.ts";
import { childrenOf, getRegion, matchingSubscriptionCodes } from "../regions/index.ts";
import { inScope } from "../staff/scope.ts";
import { keys } from "../store/keys.ts";
import type { Redis } from "../store/redis.ts";
import { subscriptionKeys } from "../subscriptions/keys.ts";
import { broadcastTtl } from "./keys.ts";
import type { Audience } from "./types.ts";

/** Ids per SSCAN step while counting or preparing an audience. */
export const SCAN_PAGE = 1000;

function codesWithin(code: string, into: Set<string>): void {
  into.add(code);
  for (const child of childrenOf(code)) codesWithin(child.code, into);
}

/**
 * Region codes whose subscribers a notice for `regions` must reach: every code inside each region
 * (a city covers its districts) and every ancestor (the city, the province). With `within`, only
 * codes inside that scope: a staff member's notice never reaches subscriptions outside her scope.
 */
export function matchingCodes(regions: readonly string[], within?: string): string[] {
  const codes = new Set<string>();
  for (const code of regions) {
    if (!getRegion(code)) continue;
    codesWithin(code, codes);
    for (const ancestor of matchingSubscriptionCodes(code)) codes.add(ancestor);
  }
  const scope = within === undefined ? undefined : { role: "staff" as const, region: within };
  return [...codes].filter((code) => !scope || inScope(scope, code)).sort();
}

/** The Redis sets whose union is the audience, before stopped users and languages are filtered. */
export function sourceKeys(audience: Audience): string[] {
  if (audience.kind === "sets") return [...new Set(audience.keys)];
  if (audience.kind === "listed") return [];
  const codes = matchingCodes(audience.regions, audience.within);
  return [...new Set(audience.topics)].flatMap((topic) =>
    codes.map((code) => subscriptionKeys.sub(topic, code)),
  );
}

/**
 * Whether a recipient with this profile (status and language fields) belongs to the audience. Her
 * language is the one she is written to in (the one rule), so a language filter counts her there.
 */
export function eligible(profile: Record<string, unknown> | null, locales: readonly Locale[] | undefined) {
  if (!profile || profile.status === "stopped") return false;
  // HMGET on a missing hash answers null for every field: no profile, not a recipient.
  if (Object.values(profile).every((v) => v === null)) return false;
  if (!locales?.length) return true;
  return locales.includes(localeOfFields(profile));
}

/** The person ids of a set page (Telegram's numbers, `wx:` openids); anything else is dropped. */
export const toIds = (members: readonly unknown[]): PersonId[] => personIds(members);

/** Reads a page's profiles in one round trip and splits the ids into eligible and not. */
export async function splitPage(
  redis: Redis,
  ids: readonly PersonId[],
  locales: readonly Locale[] | undefined,
): Promise<{ keep: PersonId[]; drop: PersonId[] }> {
  const pipe = redis.pipeline();
  for (const id of ids) pipe.hmget(keys.user(id), "status", ...LANGUAGE_FIELDS);
  const profiles = await pipe.exec<(Record<string, unknown> | null)[]>();
  const keep: PersonId[] = [];
  const drop: PersonId[] = [];
  for (const [i, id] of ids.entries()) (eligible(profiles[i] ?? null, locales) ? keep : drop).push(id);
  return { keep, drop };
}

/** The audience's language filter, if any. */
export const localesOf = (audience: Audience) =>
  audience.kind === "subscribers" ? audience.locales : undefined;

/**
 * Counts the distinct eligible recipients of an audience now, one SSCAN page at a time (never all
 * ids in memory): SUNIONSTORE of the sources into a temporary key, then each page's profiles.
 */
export async function countAudience(redis: Redis, audience: Audience, tmpKey: string): Promise<number> {
  const sources = sourceKeys(audience);
  if (sources.length === 0) return 0;
  const union = redis.pipeline();
  union.sunionstore(tmpKey, sources[0]!, ...sources.slice(1));
  union.expire(tmpKey, broadcastTtl.union);
  const [size] = await union.exec<[number, number]>();
  let count = 0;
  let cursor = "0";
  try {
    if (!size) return 0;
    do {
      const [next, members] = await redis.sscan(tmpKey, cursor, { count: SCAN_PAGE });
      cursor = String(next);
      const ids = toIds(members);
      if (ids.length > 0) count += (await splitPage(redis, ids, localesOf(audience))).keep.length;
    } while (cursor !== "0");
    return count;
  } finally {
    await redis.del(tmpKey).catch(() => undefined);
  }
}
