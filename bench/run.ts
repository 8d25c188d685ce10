// `npm run bench`: every benchmark in one run, each with its baseline, printed as figures and ratios.
import { existsSync } from "node:fs";
import { join } from "node:path";

const benches = ["bundle", "faq", "fairs", "signup", "broadcast", "wechat", "console"];
const only = process.argv.slice(2);

for (const name of benches) {
  if (only.length > 0 && !only.includes(name)) continue;
  const file = join(import.meta.dirname, `${name}.ts`);
  if (!existsSync(file)) continue;
  const started = performance.now();
  const mod = (await import(file)) as { run: () => Promise<string> };
  console.log(`\n== ${name} ==\n${await mod.run()}`);
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

// A bench that leaves a server, child process or timer behind would keep `npm run bench` from ever exiting:
// if Node is still here a few seconds after the last bench, name what is open and fail instead of hanging.
setTimeout(() => {
  const left = process.getActiveResourcesInfo().filter((r) => r !== "Timeout");
  console.error(`bench: still running 5 s after the last bench; open: ${left.join(", ")}`);
  process.exit(1);
}, 5000).unref();
