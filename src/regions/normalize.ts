/** Typed region names folded to comparable keys, and each region's search keys. */
import { simplifyRegionChars } from "./traditional.ts";
import type { Region } from "./types.ts";

/** Matches any Chinese character; such queries are matched against Chinese names only. */
export const HAN = /\p{Script=Han}/u;

const ZH_SUFFIX = /(?:省|市|县|区)$/u;
// "shi"/"xian"/"qu"/"sheng" are how people romanise the Chinese suffixes when typing.
const LATIN_SUFFIX = /(?:province|district|county|city|sheng|xian|shi|qu)$/;
const EN_SUFFIX_WORD = /^(.*?)\s+(?:city|county|district|province)$/i;

/**
 * Fold a typed answer to a comparable key: full-width forms, case, tone marks and traditional
 * characters go, and so does everything that is not a letter or digit (spaces, punctuation).
 */
export function normalizeQuery(input: string): string {
  return simplifyRegionChars(input)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
}

/** The key without its administrative suffix, or the key itself when nothing would remain. */
export function stripSuffix(key: string): string {
  const stripped = key.replace(HAN.test(key) ? ZH_SUFFIX : LATIN_SUFFIX, "");
  return stripped.length > 0 ? stripped : key;
}

/** Normalised lookup keys of a region: `full` names carry a level suffix, `short` ones do not. */
export type SearchKeys = { full: string[]; short: string[]; zh: string[] };

/**
 * Prefecture-level cities and the province are written without a suffix in English
 * ("Weifang"), so their suffixed form ("Weifang City") is synthesised as the full key.
 */
export function searchKeys(region: Region): SearchKeys {
  const suffixed = EN_SUFFIX_WORD.exec(region.en);
  const bareEn = suffixed ? suffixed[1]! : region.en;
  const fullEn = suffixed ? region.en : `${region.en} ${region.level === "province" ? "province" : "city"}`;
  const zh = [normalizeQuery(region.name), normalizeQuery(region.short)];
  return {
    full: [zh[0]!, normalizeQuery(fullEn)],
    short: [zh[1]!, normalizeQuery(bareEn)],
    zh,
  };
}
