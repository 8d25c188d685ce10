/** Tier of an administrative division; "county" covers districts, county-level cities and counties. */
export type RegionLevel = "province" | "city" | "county";

/** Locales a region can be named in. */
export type RegionLocale = "zh-CN" | "en";

/** One administrative division, with its level derived from its place in the tree. */
export type Region = {
  /** GB/T 2260 six-digit code, e.g. "370523". */
  readonly code: string;
  /** Official Chinese name with its suffix, e.g. "广饶县". */
  readonly name: string;
  /** Chinese name without the 省/市/县/区 suffix, e.g. "广饶". */
  readonly short: string;
  /** English (pinyin) name, e.g. "Guangrao County"; prefecture-level cities carry no suffix. */
  readonly en: string;
  /** Code of the enclosing division, null for the province. */
  readonly parent: string | null;
  readonly level: RegionLevel;
};

/** A region as stored in the data file: the level is implied by the parent chain. */
export type RegionEntry = Omit<Region, "level">;

/** The whole province-specific dataset; replacing it retargets the bot to another province. */
export type RegionData = {
  readonly source?: string;
  readonly regions: readonly RegionEntry[];
};

/** Narrowing for {@link Regions.findRegions}. */
export type FindOptions = {
  /** Only regions equal to or inside this code. */
  readonly within?: string;
  /** Only regions of this level (or these levels). */
  readonly level?: RegionLevel | readonly RegionLevel[];
};

/** Lookups over one province's divisions, built once by `createRegions`. */
export type Regions = {
  readonly province: Region;
  getRegion(code: string): Region | undefined;
  /** Prefecture-level cities in code order. */
  cities(): Region[];
  /** Direct children of a division in code order (counties of a city, cities of the province). */
  childrenOf(code: string): Region[];
  /** The prefecture-level city a county belongs to; a city is its own city. */
  cityOf(code: string): Region | undefined;
  /** True when `code` is `scope` or lies inside it. Unknown codes are never within anything. */
  isWithin(code: string, scope: string): boolean;
  /** Subscription codes that must receive an event located at `code`: itself and its ancestors. */
  matchingSubscriptionCodes(code: string): string[];
  regionName(region: Region, locale: RegionLocale): string;
  /** "潍坊市 · 青州市" / "Qingzhou City, Weifang" for a county; the plain name otherwise. */
  regionLabel(code: string, locale: RegionLocale): string;
  /** Resolve a typed answer (code, Chinese or pinyin name) to candidates, exact matches first. */
  findRegions(query: string, opts?: FindOptions): Region[];
};
