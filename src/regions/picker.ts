/** The region picker's logic without a channel: pages, callback data, typed answers resolved. */
/**
 * Channel-agnostic logic of the region picker: which regions a page shows, how a press is
 * encoded in (≤ 64-byte) callback data and parsed back, and how a typed answer resolves.
 * Rendering lives in handlers/shared/region-picker.ts; features hold their own state.
 */
import * as z from "zod";
import { soundsLike } from "./homophones.ts";
import { childrenOf, cities, findRegions, getRegion, isWithin } from "./index.ts";
import { normalizeQuery, searchKeys, stripSuffix } from "./normalize.ts";
import type { Region } from "./types.ts";

/** Buttons per page (two columns). */
export const PICKER_PAGE_SIZE = 8;

/** A press on the picker, after validation against the data (and the scope, when given). */
export type PickerAction =
  | { op: "city"; code: string }
  | { op: "district"; code: string }
  | { op: "whole"; code: string }
  | { op: "done"; city: string }
  | { op: "back" }
  | { op: "cities"; page: number }
  | { op: "districts"; city: string; page: number };

/** Narrowing shared by rendering, parsing and typed answers. */
export interface PickerScope {
  /** Only regions inside this code (or containing it): a staff member's scope. */
  within?: string | undefined;
}

const PREFIX = /^[a-z][a-z0-9_]{0,15}$/;
const page = z.coerce.number().int().min(0).max(99);
const code = z.string().regex(/^\d{6}$/);

const related = (a: string, scope: string | undefined) =>
  scope === undefined || isWithin(a, scope) || isWithin(scope, a);

/** The cities offered, in code order (numbered from 1 by this order). */
export function pickerCities(scope: PickerScope = {}): Region[] {
  return cities().filter((c) => related(c.code, scope.within));
}

/** The districts of a city offered, in code order (numbered from 1 by this order). */
export function pickerDistricts(city: string, scope: PickerScope = {}): Region[] {
  return childrenOf(city).filter((d) => related(d.code, scope.within));
}

/** One page of a list: the items with their 1-based numbers, the clamped page and the page count. */
export function pageOf<T>(list: readonly T[], wanted: number) {
  const pages = Math.max(1, Math.ceil(list.length / PICKER_PAGE_SIZE));
  const current = Math.min(Math.max(0, wanted), pages - 1);
  const start = current * PICKER_PAGE_SIZE;
  const items = list.slice(start, start + PICKER_PAGE_SIZE).map((item, i) => ({ item, n: start + i + 1 }));
  return { items, page: current, pages };
}

/**
 * The page of a city's district list on which `district` is shown (0 if it is not in the list): a
 * multi-select keyboard redrawn after a tick stays on the page she was looking at.
 */
export function districtPageOf(city: string, district: string, scope: PickerScope = {}): number {
  const i = pickerDistricts(city, scope).findIndex((d) => d.code === district);
  return i < 0 ? 0 : Math.floor(i / PICKER_PAGE_SIZE);
}

/** Encodes a press; throws on a bad prefix, since that is a programming error. */
export function encodePick(prefix: string, action: PickerAction): string {
  if (!PREFIX.test(prefix)) throw new Error(`picker prefix must match ${PREFIX}: ${prefix}`);
  switch (action.op) {
    case "city":
      return `${prefix}:c:${action.code}`;
    case "district":
      return `${prefix}:d:${action.code}`;
    case "whole":
      return `${prefix}:w:${action.code}`;
    case "done":
      return `${prefix}:ok:${action.city}`;
    case "back":
      return `${prefix}:back`;
    case "cities":
      return `${prefix}:pc:${action.page}`;
    case "districts":
      return `${prefix}:pd:${action.city}:${action.page}`;
  }
}

/** A regex matching every press of the picker with this prefix, for `callbackQuery(...)`. */
export function pickerPattern(prefix: string): RegExp {
  return new RegExp(`^${prefix}:(?:c|d|w|ok|back|pc|pd)(?::|$)`);
}

const raw = z.union([
  z.tuple([z.enum(["c", "d", "w", "ok"]), code]),
  z.tuple([z.literal("back")]),
  z.tuple([z.literal("pc"), page]),
  z.tuple([z.literal("pd"), code, page]),
]);

/**
 * Parses callback data of this prefix. Null for anything forged or stale: an unknown code,
 * a code of the wrong level, or one outside the scope.
 */
export function parsePick(prefix: string, data: string, scope: PickerScope = {}): PickerAction | null {
  if (!data.startsWith(`${prefix}:`)) return null;
  const parsed = raw.safeParse(data.slice(prefix.length + 1).split(":"));
  if (!parsed.success) return null;
  const v = parsed.data;
  const ok = (c: string, level: Region["level"]) => getRegion(c)?.level === level && related(c, scope.within);
  switch (v[0]) {
    case "back":
      return { op: "back" };
    case "pc":
      return { op: "cities", page: v[1] };
    case "pd":
      return ok(v[1], "city") ? { op: "districts", city: v[1], page: v[2] } : null;
    case "c":
      return ok(v[1], "city") ? { op: "city", code: v[1] } : null;
    case "w":
      return ok(v[1], "city") ? { op: "whole", code: v[1] } : null;
    case "ok":
      return ok(v[1], "city") ? { op: "done", city: v[1] } : null;
    case "d":
      return ok(v[1], "county") ? { op: "district", code: v[1] } : null;
  }
}

/** The outcome of a typed answer. */
export type TypedRegions =
  | { kind: "found"; regions: Region[] }
  | { kind: "ambiguous"; token: string; candidates: Region[] }
  | { kind: "none"; token: string };

function isExact(region: Region, token: string): boolean {
  const q = normalizeQuery(token);
  const { full, short } = searchKeys(region);
  return [...full, ...short].some((k) => k === q || k === stripSuffix(q));
}

function resolveOne(token: string, list: readonly Region[]): TypedRegions {
  // "7。" and "７" are how a number arrives from a Chinese keyboard.
  const t = token.trim().replace(/[\p{P}\p{S}]+$/u, "") || token.trim();
  if (/^\d{1,3}$/.test(t)) {
    const hit = list[Number(t) - 1];
    return hit ? { kind: "found", regions: [hit] } : { kind: "none", token: t };
  }
  const allowed = new Set(list.map((r) => r.code));
  const found = findRegions(t).filter((r) => allowed.has(r.code));
  if (found.length === 0) {
    // 维坊, 青洲: a wrong character of the same sound, when it names one region on the list.
    const heard = soundsLike(t, list);
    return heard.length === 1 ? { kind: "found", regions: heard } : { kind: "none", token: t };
  }
  if (found.length === 1) return { kind: "found", regions: found };
  const exact = found.filter((r) => isExact(r, t));
  if (exact.length === 1) return { kind: "found", regions: exact };
  return { kind: "ambiguous", token: t, candidates: (exact.length > 0 ? exact : found).slice(0, 8) };
}

// No region name holds 和, 及, 与, 跟, 同, 还有 or the word "and", so they separate names.
const SEPARATORS = /[,，、;；/&+]+|以及|还有|和|及|与|跟|同|\s+and\s+/i;

/**
 * Resolves typed text against the list on screen: a number (its position), a 6-digit code,
 * or a Chinese / pinyin name with or without 市/县/区. With `multi`, several answers separated
 * by commas, 、, 和, "and" or spaces are accepted ("1 3", "寿光、青州", "寿光 青州 和 诸城市").
 */
export function resolveTyped(
  text: string,
  list: readonly Region[],
  opts: { multi?: boolean } = {},
): TypedRegions {
  // Full-width digits and punctuation (７, １ ３, 寿光，青州) read as their ASCII forms.
  text = text.normalize("NFKC");
  const whole = resolveOne(text, list);
  if (whole.kind === "found" || !opts.multi) return whole;
  const parts = text.split(SEPARATORS).filter((s) => s.trim());
  const tokens = parts.length > 1 ? parts : [text];
  const regions: Region[] = [];
  const add = (found: Region[]) => {
    for (const r of found) if (!regions.includes(r)) regions.push(r);
  };
  for (const token of tokens) {
    const one = resolveOne(token, list);
    if (one.kind === "found") {
      add(one.regions);
      continue;
    }
    // A part that is not one name may be several separated by spaces ("寿光 青州" in "寿光 青州 和 诸城").
    const words = token.split(/\s+/).filter((w) => w && w.toLowerCase() !== "and");
    const each = words.map((w) => resolveOne(w, list));
    const missed = each.find((e) => e.kind !== "found");
    // Name the one word it does not know among names it does; else the whole part ("Hall B").
    if (words.length < 2 || each.every((e) => e.kind !== "found")) return tokens.length > 1 ? one : whole;
    if (missed) return missed;
    for (const e of each) if (e.kind === "found") add(e.regions);
  }
  return { kind: "found", regions };
}
