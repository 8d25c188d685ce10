// Writes src/faq/lexicon-stems.json from src/faq/lexicon.json. Run after editing the lexicon:
//   npm exec -- node dev/faq-lexicon.ts
// (test/unit/faq.test.ts fails while the stems file is out of date.)
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type LexiconSource, lexiconStems } from "../src/faq/lexicon-compile.ts";

const root = join(import.meta.dirname, "..");
const dir = join(root, "src/faq");
const out = join(dir, "lexicon-stems.json");
const source = JSON.parse(readFileSync(join(dir, "lexicon.json"), "utf8")) as LexiconSource;
writeFileSync(out, `${JSON.stringify(lexiconStems(source))}\n`);
// In the repository's JSON style, so the lint step stays green.
execFileSync(join(root, "node_modules/.bin/biome"), ["format", "--write", out], { stdio: "ignore" });
console.log("wrote src/faq/lexicon-stems.json");
