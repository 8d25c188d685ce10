// The FAQ engine's cost on a fresh isolate, in new Node processes where nothing is warm: loading
// it, then the first index, the second, and a first question in each language (which runs the
// analysis code cold: the bundled entries' terms come stored, see src/faq/terms.ts, so the index
// build no longer warms it up). Twice: from the TypeScript sources as the tests load them, and
// bundled and minified as the Worker ships it, where loading is the FAQ's own module evaluation
// (its tables, compiling the lexicon) without Node's TypeScript loader. CPU time, not wall time,
// so other work on a shared machine does not inflate it; the median of RUNS processes, as one
// process varies by a few ms with where its garbage collections fall.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { percentile } from "./support/stats.ts";

const RUNS = 7;
const root = join(import.meta.dirname, "..");

/** Median CPU ms of [load, first index zh-CN, second index en, first query zh-CN, first query en]. */
function medians(module: string): string[] {
  const script = `const cpu = (f) => { const c = process.cpuUsage(); f(); const d = process.cpuUsage(c); return (d.user + d.system) / 1000; };
const c = process.cpuUsage(); const mod = await import(${JSON.stringify(module)}); const d = process.cpuUsage(c);
const load = (d.user + d.system) / 1000;
const zh = cpu(() => mod.getFaqIndex("zh-CN")); const en = cpu(() => mod.getFaqIndex("en"));
const q = cpu(() => mod.getFaqIndex("zh-CN").query("我们村姐妹想搞大棚，钱不够，妇联有啥政策"));
const qEn = cpu(() => mod.getFaqIndex("en").query("how do I apply for a loan"));
console.log(JSON.stringify([load, zh, en, q, qEn]));`;
  const runs = Array.from({ length: RUNS }, () =>
    JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" })),
  ) as number[][];
  return [0, 1, 2, 3, 4].map((i) =>
    percentile(
      runs.map((r) => r[i]!).sort((a, b) => a - b),
      0.5,
    ).toFixed(1),
  );
}

const line = (load: string, m: string[]) =>
  `${load} ${m[0]} ms, first index (zh-CN) ${m[1]} ms, second (en) ${m[2]} ms, first query zh-CN ${m[3]} ms, en ${m[4]} ms`;

/** Both cold-start lines of the FAQ bench. */
export function coldStart(): string[] {
  const out = [
    `cold isolate (new Node process, CPU time, median of ${RUNS}): ${line("import incl. Node's TypeScript loading", medians(join(root, "src/faq/kb.ts")))}`,
  ];
  // esbuild comes with wrangler, which bundles the Worker with it.
  const esbuild = join(root, "node_modules/.bin/esbuild");
  if (!existsSync(esbuild)) return out;
  const dir = mkdtempSync(join(tmpdir(), "jg-faq-cold-"));
  try {
    const file = join(dir, "faq.mjs");
    execFileSync(
      esbuild,
      [join(root, "src/faq/kb.ts"), "--bundle", "--minify", "--format=esm", `--outfile=${file}`],
      {
        stdio: "ignore",
      },
    );
    out.push(
      `the same, bundled and minified as in the Worker: ${line("loading the FAQ modules", medians(file))}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
