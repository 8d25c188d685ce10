// Broadcast delivery against the Bot API emulator enforcing the configured rate (sliding one-second
// window, 429 beyond it), with redis-server behind the Upstash bridge, all in a child process.
// The engine runs in this process exactly as the Worker's queue handler runs it, fed by an in-memory
// queue with wrangler.toml's consumer settings. Baseline in the same run: a naive loop (one send and
// one SADD per recipient, no pipelining). Run alone with `node bench/run.ts broadcast`.
import { cpus, loadavg } from "node:os";
import type { Channel } from "../src/channel/types.ts";
import { startServices } from "./broadcast/harness.ts";
import { ceiling, engine, memoryPass, naive, type Outcome } from "./broadcast/scenarios.ts";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function row(name: string, o: Outcome): string {
  return [
    `  ${name}`,
    `    delivered ${o.sent}/${o.n} to ${o.reached} people, duplicates ${o.duplicates}, 429s ${o.limited}`,
    `    send rate ${o.achieved.toFixed(1)}/s = ${pct(o.achieved / o.rate)} of ${o.rate}/s; end to end ${o.seconds.toFixed(1)} s`,
    `    Upstash ${o.requests.toFixed(3)} requests and ${o.commands.toFixed(2)} commands per recipient`,
    ...(o.invocations
      ? [`    consumer invocations ${o.invocations}${o.killed ? `, killed ${o.killed}` : ""}`]
      : []),
  ].join("\n");
}

/** Throws once, before the `at`-th send reaches Telegram: the consumer dies halfway through a batch. */
function throwAt(at: number) {
  let sends = 0;
  return (c: Channel): Channel => ({
    ...c,
    send(chatId, message) {
      if (++sends === at) throw new Error("bench: consumer crashed");
      return c.send(chatId, message);
    },
  });
}

/** Kills the invocation (no flush, no ack) right after Telegram accepted the `at`-th send. */
function killAt(at: number) {
  let sends = 0;
  let fire: () => void = () => undefined;
  const killed = new Promise<void>((resolve) => {
    fire = resolve;
  });
  return {
    channel: (c: Channel): Channel => ({
      ...c,
      async send(chatId, message) {
        const result = await c.send(chatId, message);
        if (++sends === at) fire();
        return result;
      },
    }),
    kill: () => (sends < at ? killed : undefined),
  };
}

export async function run(): Promise<string> {
  const s = await startServices();
  try {
    const top = await ceiling(s, 5000);
    const paid = await engine(s, 10_000, 1000, { paid: true });
    const paidNaive = await naive(s, 10_000, 1000);
    const heap = await memoryPass(() => engine(s, 10_000, 1000, { paid: true }));
    const heapNaive = await memoryPass(() => naive(s, 10_000, 1000));
    const free = await engine(s, 300, 30);
    const freeNaive = await naive(s, 300, 30);
    const thrown = await engine(s, 300, 30, { channel: throwAt(150) });
    const k = killAt(150);
    // A killed invocation keeps the sending lease until it expires: shortened here to 10 s.
    const tuning = { maxInvocationMs: 8000, leaseSlackMs: 2000 };
    const killed = await engine(s, 300, 30, { channel: k.channel, kill: k.kill, tuning });
    return [
      "Broadcast delivery (emulator enforcing the rate; engine: prepare + pages of ~1 s + 5 sends in flight + group commit)",
      `  ceiling of this machine now: 5 sends in flight, no pacing, no Redis: ${top.achieved.toFixed(0)}/s (load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores)`,
      row("engine, paid mode: 10,000 recipients at 1,000/s", paid),
      `    = ${pct(paid.achieved / top.achieved)} of this machine's ceiling`,
      row("baseline naive loop: 10,000 at 1,000/s", paidNaive),
      row("engine: 300 recipients at 30/s", free),
      row("baseline naive loop: 300 at 30/s", freeNaive),
      row("engine, consumer throws after 149 sends, batch redelivered: 300 at 30/s", thrown),
      row("engine, invocation killed (no flush) after 150 accepted sends: 300 at 30/s", killed),
      `  peak live heap while sending 10,000 (GC every 250 ms): engine consumer +${heap.heapMb.toFixed(1)} MB, naive loop +${heapNaive.heapMb.toFixed(1)} MB`,
      `  rate ratio engine/naive: ${(paid.achieved / paidNaive.achieved).toFixed(2)}× at 1,000/s, ${(free.achieved / freeNaive.achieved).toFixed(2)}× at 30/s; Upstash requests per recipient ${(paid.requests / paidNaive.requests).toFixed(3)}× of naive`,
    ].join("\n");
  } finally {
    await s.stop();
  }
}
