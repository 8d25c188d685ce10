// Writes what a cold isolate would otherwise work out from the lexicon and the knowledge base:
//  - src/faq/lexicon-stems.json, the stems of the lexicon's English words that differ from the word;
//  - src/faq/terms.json, the matching terms of every bundled entry (see src/faq/terms.ts).
// Run after editing src/faq/lexicon.json, locales/faq.*.json or the analysis in src/faq/:
//   npm exec -- node dev/faq-lexicon.ts
// (test/unit/faq.test.ts fails while either file is out of date.)
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type LexiconSource, lexiconStems } from "../src/faq/lexicon-compile.ts";

const root = join(import.meta.dirname, "..");
const dir = join(root, "src/faq");
// In the repository's JSON style, so the lint step stays green.
const write = (name: string, data: unknown) => {
  const out = join(dir, name);
  writeFileSync(out, `${JSON.stringify(data)}\n`);
  execFileSync(join(root, "node_modules/.bin/biome"), ["format", "--write", out], { stdio: "ignore" });
  console.log(`wrote src/faq/${name}`);
};

const source = JSON.parse(readFileSync(join(dir, "lexicon.json"), "utf8")) as LexiconSource;
write("lexicon-stems.json", lexiconStems(source));
// Imported only now: the analysis compiles the lexicon with the stems just written.
const { bundledTerms } = await import("../src/faq/terms.ts");
write("terms.json", bundledTerms());
