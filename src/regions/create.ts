/** The region lookups over a province's data: by code, tree queries, names, search. */
import { buildSearch } from "./search.ts";
import { buildTree, lineage, scopePrefix } from "./tree.ts";
import type { Region, RegionData, RegionLocale, Regions } from "./types.ts";

/**
 * Build the region lookups for one province's dataset. Everything province-specific lives
 * in the data; this code only assumes the GB/T 2260 shape (PP0000 ⊃ PPCC00 ⊃ PPCCDD).
 * Throws when the data is inconsistent, so a bad data file fails at startup, not mid-chat.
 */
export function createRegions(data: RegionData): Regions {
  const tree = buildTree(data);
  const { byCode, children } = tree;

  const getRegion = (code: string): Region | undefined => byCode.get(code);

  const childrenOf = (code: string): Region[] => [...(children.get(code) ?? [])];

  const cities = (): Region[] => tree.all.filter((r) => r.level === "city");

  const cityOf = (code: string): Region | undefined => lineage(tree, code).find((r) => r.level === "city");

  // The code digits give a cheap rejection; the parent chain in the data is the authority.
  const isWithin = (code: string, scope: string): boolean => {
    const target = byCode.get(scope);
    if (!target || !byCode.has(code)) return false;
    if (!code.startsWith(scopePrefix(target))) return false;
    return lineage(tree, code).some((r) => r.code === scope);
  };

  const matchingSubscriptionCodes = (code: string): string[] => lineage(tree, code).map((r) => r.code);

  const regionName = (region: Region, locale: RegionLocale): string =>
    locale === "en" ? region.en : region.name;

  const regionLabel = (code: string, locale: RegionLocale): string => {
    const region = byCode.get(code);
    if (!region) return code;
    const city = region.level === "county" ? cityOf(code) : undefined;
    if (!city) return regionName(region, locale);
    return locale === "en" ? `${region.en}, ${city.en}` : `${city.name} · ${region.name}`;
  };

  return {
    province: tree.province,
    getRegion,
    cities,
    childrenOf,
    cityOf,
    isWithin,
    matchingSubscriptionCodes,
    regionName,
    regionLabel,
    findRegions: buildSearch(tree, isWithin),
  };
}
