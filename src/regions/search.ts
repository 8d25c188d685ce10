/** Finding regions by a typed name, pinyin or code, exact matches first. */
import { normalizeQuery, searchKeys, stripSuffix } from "./normalize.ts";
import type { RegionTree } from "./tree.ts";
import type { FindOptions, Region, RegionLevel } from "./types.ts";

type Entry = { readonly region: Region; readonly keys: readonly string[]; readonly zh: readonly string[] };
type Accept = (region: Region) => boolean;

const LEVEL_RANK: Record<RegionLevel, number> = { province: 0, city: 1, county: 2 };
const CODE = /^\d{6}$/;

const byLevelThenCode = (a: Region, b: Region): number =>
  LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || a.code.localeCompare(b.code);

function addTo(map: Map<string, Region[]>, key: string, region: Region): void {
  const list = map.get(key);
  if (!list) map.set(key, [region]);
  else if (!list.includes(region)) list.push(region);
}

/**
 * Build the typed-answer lookup once per dataset. Ranking: a name typed with its suffix
 * ("青州市", "Guangrao County") wins outright; otherwise every region whose bare name
 * equals the query is an exact candidate, so "东营" yields both the city and the district.
 * Prefix matches follow the exact ones.
 */
export function buildSearch(
  tree: RegionTree,
  isWithin: (code: string, scope: string) => boolean,
): (query: string, opts?: FindOptions) => Region[] {
  const full = new Map<string, Region[]>();
  const short = new Map<string, Region[]>();
  const entries: Entry[] = [];
  for (const region of tree.all) {
    const keys = searchKeys(region);
    for (const key of keys.full) addTo(full, key, region);
    for (const key of keys.short) addTo(short, key, region);
    entries.push({ region, keys: [...keys.full, ...keys.short], zh: keys.zh });
  }
  const peelable = entries.filter((e) => e.region.level !== "county");

  const acceptFor = (opts: FindOptions): Accept => {
    const levels = opts.level === undefined ? undefined : ([] as RegionLevel[]).concat(opts.level);
    const { within } = opts;
    return (r) => (!levels || levels.includes(r.level)) && (within === undefined || isWithin(r.code, within));
  };

  const match = (q: string, accept: Accept): Region[] => {
    let exact = (full.get(q) ?? []).filter(accept);
    if (exact.length === 0) {
      const bare = stripSuffix(q);
      exact = [...new Set([...(short.get(q) ?? []), ...(short.get(bare) ?? [])])].filter(accept);
    }
    const seen = new Set(exact);
    const prefix = entries
      .filter((e) => !seen.has(e.region) && accept(e.region) && e.keys.some((k) => k.startsWith(q)))
      .map((e) => e.region);
    return [...exact.sort(byLevelThenCode), ...prefix.sort(byLevelThenCode)];
  };

  // "山东省潍坊市青州市", "潍坊青州" or "Weifang, Shouguang": peel a leading province/city name
  // (Chinese, English or pinyin) and search inside it.
  const peel = (q: string, opts: FindOptions, accept: Accept): Region[] => {
    for (const { region, keys } of peelable) {
      for (const key of keys) {
        if (q.length <= key.length || !q.startsWith(key)) continue;
        const inner = find(q.slice(key.length), { ...opts, within: region.code }).filter(accept);
        if (inner.length > 0) return inner;
      }
    }
    return [];
  };

  function find(query: string, opts: FindOptions = {}): Region[] {
    const q = normalizeQuery(query);
    if (q.length === 0) return [];
    const accept = acceptFor(opts);
    if (CODE.test(q)) {
      const region = tree.byCode.get(q);
      return region && accept(region) ? [region] : [];
    }
    const found = match(q, accept);
    return found.length > 0 ? found : peel(q, opts, accept);
  }

  return find;
}
