// Writes src/faq/traditional.json: traditional characters and the simplified ones they stand for,
// so a question typed on a Hong Kong or Taiwan keyboard (« 創業擔保貸款是什麼 ») is matched like
// its simplified form. Only characters that can matter: those whose simplified form the lexicon or
// the knowledge base uses (no other character can match anything), and never a character that is
// itself a common simplified character (GB 2312 level 1: 著 stays 著, as in 著名).
// Uses ICU's Traditional-Simplified transform through `uconv` (Debian package icu-devtools).
//   npm exec -- node dev/faq-traditional.ts
// (test/unit/faq-robust.test.ts fails while a lexicon character's traditional form is missing.)
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { LexiconSource } from "../src/faq/lexicon-compile.ts";

const root = join(import.meta.dirname, "..");

function commonCharacters(): Set<string> {
  const gb = new TextDecoder("gb18030");
  const out = new Set<string>();
  // GB 2312 level 1 lies in rows 0xB0–0xD7, cells 0xA1–0xFE.
  for (let row = 0xb0; row <= 0xd7; row++)
    for (let cell = 0xa1; cell <= 0xfe; cell++) out.add(gb.decode(new Uint8Array([row, cell])));
  return out;
}

const lexicon = JSON.parse(readFileSync(join(root, "src/faq/lexicon.json"), "utf8")) as LexiconSource;
const lexText = [...Object.values(lexicon.concepts).flat(), ...lexicon.stop.zh].join("");
const kbText = readFileSync(join(root, "locales/faq.zh-CN.json"), "utf8");
const simplified = new Set(`${lexText}${kbText}`.match(/\p{Script=Han}/gu) ?? []);

const common = commonCharacters();
const all: string[] = [];
for (let code = 0x4e00; code <= 0x9fff; code++) all.push(String.fromCodePoint(code));
const converted = execFileSync("uconv", ["-x", "Traditional-Simplified"], { input: all.join("\n") })
  .toString("utf8")
  .split("\n");
let pairs = "";
all.forEach((t, i) => {
  const s = converted[i];
  if (s && s !== t && [...s].length === 1 && simplified.has(s) && !simplified.has(t) && !common.has(t))
    pairs += t + s;
});
writeFileSync(join(root, "src/faq/traditional.json"), `${JSON.stringify({ pairs }, null, 2)}\n`);
console.log(`wrote src/faq/traditional.json: ${pairs.length / 2} characters`);
