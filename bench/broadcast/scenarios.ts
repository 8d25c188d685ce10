// One measured delivery: the engine (prepare, page, send at the rate, record) or the naive baseline,
// against the emulator enforcing the rate, with Upstash requests counted and the heap sampled.

import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { consumeBroadcastBatch, startBroadcast } from "../../src/broadcast/index.ts";
import { broadcastKeys } from "../../src/broadcast/keys.ts";
import type { Tuning } from "../../src/broadcast/tuning.ts";
import { RateLimitedError } from "../../src/channel/errors.ts";
import type { Channel } from "../../src/channel/types.ts";
import { keys } from "../../src/store/keys.ts";
import {
  asEngine,
  counters,
  deliveries,
  emu,
  engineDeps,
  lastSeq,
  type Scope,
  type Services,
} from "./harness.ts";
import { MemoryQueue } from "./queue.ts";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let nextId = 7_000_000_000;

export interface Outcome {
  n: number;
  rate: number;
  sent: number;
  reached: number;
  duplicates: number;
  limited: number;
  achieved: number;
  seconds: number;
  requests: number;
  commands: number;
  heapMb: number;
  invocations?: number;
  killed?: number;
}

/** n people with a profile, all in one set (a fair's RSVP set, say); the bench's own requests. */
async function seed(s: Services, n: number): Promise<{ set: string; ids: Set<number> }> {
  const deps = engineDeps(s, new MemoryQueue().binding);
  const set = `jg:bench:${nextId}`;
  const ids = Array.from({ length: n }, () => ++nextId);
  for (let i = 0; i < ids.length; i += 1000) {
    const pipe = deps.redis.pipeline();
    for (const id of ids.slice(i, i + 1000)) {
      pipe.hset(keys.user(id), { status: "active", locale: id % 3 === 0 ? "en" : "zh-CN" });
    }
    const page = ids.slice(i, i + 1000);
    pipe.sadd(set, page[0]!, ...page.slice(1));
    await pipe.exec();
  }
  return { set, ids: new Set(ids) };
}

/**
 * Samples the live heap (after a full GC) every 250 ms; returns the peak above the level at the
 * start, in MB. The GCs slow the run, so `memory` runs are not used for the rate figures.
 */
function heapSampler(live: boolean) {
  gc();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const timer = setInterval(() => {
    if (!live) return;
    gc();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 250);
  return () => {
    clearInterval(timer);
    return (peak - base) / 2 ** 20;
  };
}

let liveHeap = false;
/** Runs `fn` with the live-heap sampler on (its rate figures are slowed by the GCs). */
export async function memoryPass<T>(fn: () => Promise<T>): Promise<T> {
  liveHeap = true;
  try {
    return await fn();
  } finally {
    liveHeap = false;
  }
}

async function measure(s: Services, n: number, rate: number, body: (set: string) => Promise<object>) {
  const { set, ids } = await seed(s, n);
  await emu(s, "rate-limit", { perSecond: rate });
  const since = await lastSeq(s);
  counters.requests = 0;
  counters.commands = 0;
  const heap = heapSampler(liveHeap);
  const started = Date.now();
  let extra: object;
  let seconds: number;
  let heapMb: number;
  try {
    extra = await body(set);
    seconds = (Date.now() - started) / 1000;
  } finally {
    // Stopped even when the scenario throws: a live interval would keep `npm run bench` from exiting.
    heapMb = heap();
  }
  const d = await deliveries(s, since, ids);
  await emu(s, "rate-limit", { perSecond: null });
  return {
    n,
    rate,
    ...d,
    achieved: d.perSecond,
    seconds,
    requests: counters.requests / n,
    commands: counters.commands / n,
    heapMb,
    ...extra,
  } as Outcome;
}

export interface EngineOptions {
  paid?: boolean;
  tuning?: Partial<Tuning>;
  /** Wraps the channel (to inject a crash). */
  channel?: (c: Channel) => Channel;
  /** Returns a promise that kills the invocation when it resolves. */
  kill?: (scope: Scope) => Promise<void> | undefined;
}

/** The engine end to end: start, the queue consumer until done. */
export function engine(s: Services, n: number, rate: number, o: EngineOptions = {}): Promise<Outcome> {
  return measure(s, n, rate, async (set) => {
    const queue = new MemoryQueue();
    const env = { BROADCAST_RATE: String(Math.min(rate, 30)), BROADCAST_PAID_RATE: String(rate) };
    const base = engineDeps(s, queue.binding, env);
    const deps = { ...base, channel: o.channel ? o.channel(base.channel) : base.channel };
    const spec = { kind: "system" as const, author: 0, label: "bench", paid: o.paid };
    const content = { kind: "html" as const, html: "<b>Bench</b> announcement" };
    const { id } = await asEngine({ dead: false }, () =>
      startBroadcast(deps, { ...spec, content, audience: { kind: "sets", keys: [set] } }),
    );
    const finished = async () => (await deps.redis.hget(broadcastKeys.record(id), "status")) === "done";
    const consume = (batch: MessageBatch<unknown>) =>
      consumeBroadcastBatch(batch, { ...deps, now: Date.now() }, o.tuning);
    return queue.run(consume, finished, o.kill);
  });
}

/** The ceiling of this machine: 5 sends in flight and nothing else (no pacing, no Redis). */
export function ceiling(s: Services, n: number): Promise<Outcome> {
  return measure(s, n, 1_000_000, async (set) => {
    const deps = engineDeps(s, new MemoryQueue().binding);
    const ids = (await deps.redis.smembers(set)).map(Number);
    let next = 0;
    const worker = async () => {
      while (next < ids.length) await deps.channel.send(ids[next++]!, { html: "<b>Bench</b> announcement" });
    };
    await Promise.all(Array.from({ length: 5 }, worker));
    return {};
  });
}

/** The naive baseline: one send and one SADD per recipient, one at a time, no pipelining. */
export function naive(s: Services, n: number, rate: number): Promise<Outcome> {
  return measure(s, n, rate, async (set) => {
    const deps = engineDeps(s, new MemoryQueue().binding);
    const done = `${set}:done`;
    await asEngine({ dead: false }, async () => {
      let cursor = "0";
      let next = Date.now();
      do {
        const [after, members] = await deps.redis.sscan(set, cursor, { count: 1000 });
        cursor = String(after);
        for (const id of members.map(Number)) {
          const wait = next - Date.now();
          if (wait > 0) await sleep(wait);
          next = Math.max(next, Date.now()) + 1000 / rate;
          for (;;) {
            try {
              await deps.channel.send(id, { html: "<b>Bench</b> announcement" });
              break;
            } catch (error) {
              if (!(error instanceof RateLimitedError)) break;
              await sleep(error.retryAfter * 1000);
            }
          }
          await deps.redis.sadd(done, id);
        }
      } while (cursor !== "0");
    });
    return {};
  });
}
