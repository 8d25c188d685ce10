// `npm run bench`: every benchmark in one run, each with its baseline, printed as figures and ratios.
import { existsSync } from "node:fs";
import { join } from "node:path";

const benches = ["bundle", "faq", "faq-cv", "fairs", "signup", "broadcast", "wechat", "console"];
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

// A bench that leaves a server, socket, child process or interval behind would keep `npm run bench` from ever
// exiting. Pending timers run out by themselves, so they get up to a minute; anything else open a second
// after the last bench is named, and the run fails instead of hanging. (This watch is unref'd: it never
// holds Node open itself.)
const finished = performance.now();
const watch = () => {
  const open = process.getActiveResourcesInfo();
  const waited = (performance.now() - finished) / 1000;
  if (open.every((r) => r === "Timeout") && waited < 60) {
    setTimeout(watch, 1000).unref();
    return;
  }
  console.error(`bench: still running ${waited.toFixed(0)} s after the last bench; open: ${open.join(", ")}`);
  process.exit(1);
};
setTimeout(watch, 1000).unref();
process.on("exit", () => {
  const waited = (performance.now() - finished) / 1000;
  if (waited > 2)
    console.error(`bench: Node exited ${waited.toFixed(1)} s after the last bench (timers left running)`);
});
