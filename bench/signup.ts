// The sign-up form's cost per step, as the issue asks: CPU time at step 1, step 7 and the review
// (submit), and Upstash requests per step, for Jinguo's explicit state machine over the session
// and, in the same run, the same form on grammY's conversations plugin (a replay engine).
// Both run inside the real bot on an in-memory Upstash; the Bot API is answered locally, so the
// figures are the bot's own work. Run standalone with `node bench/signup.ts`.
import type { Update } from "grammy/types";
import { buildBot, press, text } from "./support/signup-bots.ts";

const USERS = 300;
const WARMUP = 30;

/** The updates of one sign-up, and which of them are measured. */
function script(kind: "engine" | "replay", user: number): { update: Update; label?: string }[] {
  const start =
    kind === "engine"
      ? [{ update: text(user, "/signup") }, { update: press(user, "su:ok:signup"), label: "consent / start" }]
      : [{ update: text(user, "/baseline"), label: "consent / start" }];
  return [
    ...start,
    { update: text(user, "王丽"), label: "step 1" },
    { update: text(user, "13812345678") },
    { update: text(user, "潍坊") },
    { update: text(user, "青州") },
    { update: text(user, "2") },
    { update: text(user, "电商") },
    { update: text(user, "1 3") },
    { update: text(user, "我在青州种大棚蔬菜，想开网店。"), label: "step 7" },
    { update: text(user, "提交"), label: "review (submit)" },
  ];
}

type Figures = Record<string, { cpu: number[]; requests: number[] }>;

async function measure(kind: "engine" | "replay"): Promise<Figures> {
  const { bot, store } = buildBot(kind);
  const figures: Figures = {};
  // The bot logs each submission; the bench prints only its table.
  const log = console.log;
  console.log = () => undefined;
  for (let u = 0; u < USERS + WARMUP; u++) {
    for (const { update, label } of script(kind, 5_000_000 + u)) {
      const before = store.requests();
      // Process CPU time (user + system), not wall time: other processes on the machine don't count.
      const started = process.cpuUsage();
      await bot.handleUpdate(update);
      const used = process.cpuUsage(started);
      const cpu = (used.user + used.system) / 1000;
      if (!label || u < WARMUP) continue;
      figures[label] ??= { cpu: [], requests: [] };
      figures[label].cpu.push(cpu);
      figures[label].requests.push(store.requests() - before);
    }
  }
  console.log = log;
  return figures;
}

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))] ?? 0;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/** Median and p95 CPU per measured step and Upstash requests, for both engines with their ratio. */
export async function run(): Promise<string> {
  const engine = await measure("engine");
  const replay = await measure("replay");
  const lines = [
    `${USERS} sign-ups per engine (after ${WARMUP} warm-up), same bot, in-memory Upstash, Bot API answered locally`,
    "step | state machine: CPU median / p95, requests | conversations 2.1.1 (replay): CPU median / p95, requests | CPU ratio",
  ];
  for (const label of Object.keys(engine)) {
    const a = engine[label]!;
    const b = replay[label]!;
    const ratio = quantile(b.cpu, 0.5) / quantile(a.cpu, 0.5);
    lines.push(
      `${label} | ${quantile(a.cpu, 0.5).toFixed(2)} / ${quantile(a.cpu, 0.95).toFixed(2)} ms, ${mean(a.requests).toFixed(1)} | ` +
        `${quantile(b.cpu, 0.5).toFixed(2)} / ${quantile(b.cpu, 0.95).toFixed(2)} ms, ${mean(b.requests).toFixed(1)} | ${ratio.toFixed(1)}×`,
    );
  }
  return lines.join("\n");
}

if (import.meta.main) console.log(await run());
