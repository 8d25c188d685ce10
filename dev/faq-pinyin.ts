// Writes src/faq/pinyin.json, toneless pinyin with ü as v:
//  - chars: syllable → the characters read that way, for the 3,755 most common characters (GB 2312
//    level 1) and every character of the lexicon and the bundled knowledge base, each under its
//    usual reading and under the one it has in the lexicon's words (行 in 银行 is hang); rare
//    readings are left out, as they would make false homophones;
//  - words: the reading of each Chinese lexicon word of 2–6 characters ("li xi" → 利息), worked out
//    here in context so that a cold isolate does not have to.
// The FAQ matcher uses it to read pinyin typed instead of characters and to catch homophone
// typos (利细 → 利息).
//   npm exec -- node dev/faq-pinyin.ts
// (test/unit/faq-pinyin.test.ts fails while the table misses a lexicon character.)
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pinyin } from "pinyin-pro";
import type { LexiconSource } from "../src/faq/lexicon-compile.ts";

const root = join(import.meta.dirname, "..");
const HAN = /\p{Script=Han}/u;

function commonCharacters(): string[] {
  const gb = new TextDecoder("gb18030");
  const out: string[] = [];
  // GB 2312 level 1 lies in rows 0xB0–0xD7, cells 0xA1–0xFE, in pinyin order.
  for (let row = 0xb0; row <= 0xd7; row++)
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      const c = gb.decode(new Uint8Array([row, cell]));
      if (/^\p{Script=Han}$/u.test(c)) out.push(c);
    }
  return out;
}

const lexicon = JSON.parse(readFileSync(join(root, "src/faq/lexicon.json"), "utf8")) as LexiconSource;
const words = [...Object.values(lexicon.concepts).flat(), ...lexicon.stop.zh].filter((w) => HAN.test(w));
const kbText = readFileSync(join(root, "locales/faq.zh-CN.json"), "utf8");
const chars = [
  ...new Set([
    ...commonCharacters(),
    ...words.join("").split(""),
    ...(kbText.match(/\p{Script=Han}/gu) ?? []),
  ]),
];
const readings = new Map<string, Set<string>>();
const hear = (c: string, r: string) => {
  if (!/^[a-z]+$/.test(r)) return;
  if (!readings.has(c)) readings.set(c, new Set());
  readings.get(c)!.add(r);
};
for (const c of chars) hear(c, pinyin(c, { toneType: "none", v: true }));
for (const w of words) {
  const syllables = pinyin(w, { toneType: "none", type: "array", v: true });
  if (syllables.length === w.length) for (const [i, c] of [...w].entries()) hear(c, syllables[i]!);
}
const table = new Map<string, string>();
for (const c of [...readings.keys()].sort())
  for (const r of readings.get(c)!) table.set(r, (table.get(r) ?? "") + c);
const bySound = new Map<string, string>();
for (const w of Object.values(lexicon.concepts).flat()) {
  if (!HAN.test(w) || w.length < 2 || w.length > 6) continue;
  const sound = pinyin(w, { toneType: "none", type: "array", v: true }).join(" ");
  if (/^[a-z ]+$/.test(sound) && !bySound.has(sound)) bySound.set(sound, w);
}
const sorted = <T>(m: Map<string, T>) => Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b)));
const out = join(root, "src/faq/pinyin.json");
writeFileSync(out, `${JSON.stringify({ chars: sorted(table), words: sorted(bySound) })}\n`);
execFileSync(join(root, "node_modules/.bin/biome"), ["format", "--write", out], { stdio: "ignore" });
console.log(
  `wrote src/faq/pinyin.json: ${chars.length} characters, ${table.size} syllables, ${bySound.size} words`,
);
