/** The province's administrative divisions, from data.json: lookups by code, tree queries, typed answers. */
/**
 * Administrative divisions of the federation's province: lookups by code, tree queries
 * for subscription matching, and resolution of typed answers. Channel-agnostic.
 *
 * The province is defined entirely by `data.json`; another province's federation swaps
 * that file and nothing else. Tests and tools can build other instances with `createRegions`.
 */
import { createRegions } from "./create.ts";
import data from "./data.json" with { type: "json" };
import type { Regions } from "./types.ts";

export { createRegions } from "./create.ts";
export type {
  FindOptions,
  Region,
  RegionData,
  RegionEntry,
  RegionLevel,
  RegionLocale,
  Regions,
} from "./types.ts";

/** The lookups over the bundled province data. */
export const regions: Regions = createRegions(data);

/** The bundled province itself (山东省). */
export const province = regions.province;

/** Region by its six-digit code, or undefined. */
export const getRegion = regions.getRegion;
/** Prefecture-level cities in code order. */
export const cities = regions.cities;
/** Direct children of a division in code order. */
export const childrenOf = regions.childrenOf;
/** A county's prefecture-level city; a city is its own city; undefined for the province. */
export const cityOf = regions.cityOf;
/** True when `code` equals `scope` or lies inside it. */
export const isWithin = regions.isWithin;
/** Codes whose subscribers must get an event located at `code`: itself, its city, the province. */
export const matchingSubscriptionCodes = regions.matchingSubscriptionCodes;
/** The region's name in the given locale. */
export const regionName = regions.regionName;
/** A display label that places a county in its city, e.g. "潍坊市 · 青州市". */
export const regionLabel = regions.regionLabel;
/** Candidates for a typed answer (code, Chinese or pinyin name), exact matches first. */
export const findRegions = regions.findRegions;
