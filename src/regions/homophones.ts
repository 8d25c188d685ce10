/** Region names typed with a wrong character of the same sound (维坊 → 潍坊). */
/**
 * Chinese names typed with a wrong character of the same sound (维坊 → 潍坊, 青洲 → 青州, 广绕 → 广饶),
 * as phone pinyin keyboards produce them: the typed characters are read as pinyin and compared with
 * the regions' pinyin names. The character table is the FAQ's (already in the bundle).
 */
import table from "../faq/pinyin.json" with { type: "json" };
import { HAN, normalizeQuery, searchKeys, stripSuffix } from "./normalize.ts";
import type { Region } from "./types.ts";

let readings: Map<string, string> | undefined;

function pinyinOf(text: string): string | undefined {
  if (!readings) {
    readings = new Map();
    for (const [py, chars] of Object.entries(table.chars)) for (const c of chars) readings.set(c, py);
  }
  let out = "";
  for (const c of text) {
    const py = readings.get(c);
    if (py === undefined) return undefined;
    out += py;
  }
  return out;
}

/** The regions of `list` whose pinyin name sounds exactly like the typed Chinese name (suffix optional). */
export function soundsLike(token: string, list: readonly Region[]): Region[] {
  const q = stripSuffix(normalizeQuery(token));
  if (q.length < 2 || !HAN.test(q)) return [];
  const sound = pinyinOf(q);
  if (!sound) return [];
  return list.filter((r) => {
    const en = searchKeys(r).short[1];
    return en !== undefined && stripSuffix(en) === sound;
  });
}
