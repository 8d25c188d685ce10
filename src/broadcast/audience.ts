import type { Locale } from "../i18n.ts";
import { childrenOf, getRegion, matchingSubscriptionCodes } from "../regions/index.ts";
import { keys, ttl } from "../store/keys.ts";
import type { Redis } from "../store/redis.ts";
import type { Audience } from "./types.ts";

/** Ids per SSCAN page while counting or materialising an audience. */
export const SCAN_PAGE = 1000;

function codesWithin(code: string, into: Set<string>): void {
  into.add(code);
  for (const child of childrenOf(code)) codesWithin(child.code, into);
}

/**
 * Region codes whose subscribers an item located in `regions` must reach: every code inside each
 * region (a city covers its districts) and every ancestor (the city, the province).
 */
export function matchingCodes(regions: readonly string[]): string[] {
  const codes = new Set<string>();
  for (const code of regions) {
    if (!getRegion(code)) {
      codes.add(code);
      continue;
    }
    codesWithin(code, codes);
    for (const ancestor of matchingSubscriptionCodes(code)) codes.add(ancestor);
  }
  return [...codes].sort();
}

/** The Redis sets whose union is the audience (before stopped users and languages are filtered). */
export function sourceKeys(audience: Audience): string[] {
  if (audience.kind === "sets") return [...new Set(audience.keys)];
  const codes = matchingCodes(audience.regions);
  return [...new Set(audience.topics)].flatMap((topic) => codes.map((code) => keys.sub(topic, code)));
}

/** Whether a recipient with this profile (status, locale) belongs to the audience. */
export function eligible(profile: Record<string, unknown> | null, locales: readonly Locale[] | undefined) {
  if (!profile || profile.status === "stopped") return false;
  if (!locales?.length) return true;
  const locale = (profile.locale ?? "zh-CN") as Locale;
  return locales.includes(locale);
}

const toIds = (members: readonly unknown[]): number[] =>
  members.map(Number).filter((n) => Number.isSafeInteger(n) && n > 0);

/**
 * Streams the distinct eligible ids of an audience, one page at a time: SUNIONSTORE of the source
 * sets into `unionKey` (with a TTL, so a crash leaves no litter), then SSCAN pages with each page's
 * profiles read in one pipeline. Never holds more than a page of ids. Returns the eligible count.
 */
export async function scanAudience(
  redis: Redis,
  audience: Audience,
  unionKey: string,
  onPage?: (ids: number[]) => Promise<void>,
): Promise<number> {
  const sources = sourceKeys(audience);
  const union = redis.pipeline();
  union.sunionstore(unionKey, sources[0]!, ...sources.slice(1));
  union.expire(unionKey, ttl.bcUnion);
  const [size] = await union.exec<[number, number]>();
  if (!size) return 0;
  const locales = audience.kind === "subscribers" ? audience.locales : undefined;
  let count = 0;
  let cursor = "0";
  do {
    const [next, members] = await redis.sscan(unionKey, cursor, { count: SCAN_PAGE });
    cursor = String(next);
    const ids = toIds(members);
    if (ids.length === 0) continue;
    const pipe = redis.pipeline();
    for (const id of ids) pipe.hmget(keys.user(id), "status", "locale");
    const profiles = await pipe.exec<(Record<string, unknown> | null)[]>();
    const page = ids.filter((_, i) => eligible(profiles[i] ?? null, locales));
    count += page.length;
    if (page.length > 0) await onPage?.(page);
  } while (cursor !== "0");
  await redis.del(unionKey);
  return count;
}
