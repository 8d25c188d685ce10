import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const root = join(import.meta.dirname, "..");
const BUDGET_KB = 250;

/** Bundles a Worker entry exactly as `wrangler deploy` would and returns raw and gzip sizes in KB. */
function bundle(configPath: string): { raw: number; gzip: number } {
  const out = mkdtempSync(join(tmpdir(), "jg-bundle-"));
  try {
    execFileSync(
      join(root, "node_modules/.bin/wrangler"),
      ["deploy", "--dry-run", "--outdir", out, "-c", configPath],
      {
        cwd: root,
        stdio: ["ignore", "pipe", "pipe"],
        env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
      },
    );
    // The output is named after the entry module.
    const file = readdirSync(out).find((f) => f.endsWith(".js"));
    const js = readFileSync(join(out, file ?? "index.js"));
    return { raw: js.length / 1024, gzip: gzipSync(js, { level: 9 }).length / 1024 };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Worker bundle size against the budget and against a minimal grammY + Hono Worker built in the same run. */
export async function run(): Promise<string> {
  const tmp = mkdtempSync(join(tmpdir(), "jg-baseline-"));
  const baselineConfig = join(tmp, "wrangler.toml");
  writeFileSync(
    baselineConfig,
    `name = "baseline"\nmain = "${join(root, "bench/baseline/minimal-worker.ts")}"\ncompatibility_date = "2026-11-01"\nminify = true\n`,
  );
  const jinguo = bundle(join(root, "wrangler.toml"));
  const baseline = bundle(baselineConfig);
  rmSync(tmp, { recursive: true, force: true });
  const row = (name: string, s: { raw: number; gzip: number }) =>
    `  ${name.padEnd(34)} ${s.raw.toFixed(1).padStart(8)} KB ${s.gzip.toFixed(1).padStart(8)} KB`;
  return [
    "Worker bundle (wrangler deploy --dry-run, minified)",
    `  ${"".padEnd(34)} ${"raw".padStart(11)} ${"gzip".padStart(11)}`,
    row("jinguo (src/index.ts)", jinguo),
    row("baseline: minimal grammY + Hono", baseline),
    `  gzip ratio to baseline: ${(jinguo.gzip / baseline.gzip).toFixed(2)}×; budget ${BUDGET_KB} KB: ${((jinguo.gzip / BUDGET_KB) * 100).toFixed(0)}% used`,
  ].join("\n");
}

if (import.meta.main) console.log(await run());
