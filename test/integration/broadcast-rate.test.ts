import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it } from "vitest";
import { startBroadcast } from "../../src/broadcast/index.ts";
import { broadcastKeys } from "../../src/broadcast/keys.ts";
import type { Deps } from "../../src/deps.ts";
import type { Env } from "../../src/env.ts";
import { createRuntime } from "../../src/runtime.ts";
import { received, seedPeople, seedSet } from "../support/broadcast.ts";
import { captureQueue, drain } from "../support/broadcast-queue.ts";
import { callsFor, setRateLimit } from "../support/emulator.ts";
import { redis } from "../support/worker.ts";

afterEach(() => setRateLimit(null));

/** The engine at 30 a second, its queue messages captured for `drain`. */
async function rated30() {
  const runtime = await createRuntime({ ...(env as unknown as Env), BROADCAST_RATE: "30" });
  const { bodies, queue } = captureQueue();
  return { deps: { ...runtime.deps(Date.now()), queue }, bodies };
}

async function start(deps: Deps, people: number[]): Promise<string> {
  const audience = { kind: "sets" as const, keys: [await seedSet(people)] };
  const content = { kind: "html" as const, html: "rate test" };
  const { id } = await startBroadcast(deps, { kind: "system", author: 0, audience, content, label: "rate" });
  return id;
}

describe("the send rate against Telegram's limit", () => {
  it("keeps to the limit across consumer invocations: no 429, everyone once", async () => {
    // Telegram (the emulator) allows 30 sends in any second, and so does the engine.
    const { deps, bodies } = await rated30();
    const people = await seedPeople(90);
    await setRateLimit(30);
    const id = await start(deps, people);
    // A budget of 60 subrequests: each invocation sends some 40, then hands the rest to the next
    // one, which starts at once with a fresh pacer (in a real Worker, maybe in a new isolate).
    const started = Date.now();
    await drain(deps, bodies, id, { maxSubrequests: 60 });
    const seconds = (Date.now() - started) / 1000;
    const got = await received(people);
    expect([...got.values()]).toEqual(people.map(() => 1));
    const refused = (await Promise.all(people.map((p) => callsFor(p, "sendMessage"))))
      .flat()
      .filter((c) => c.response?.error_code === 429);
    expect(refused).toEqual([]);
    // 90 at 30 a second: a little over 3 s, not slowed to a crawl to stay safe.
    expect(seconds).toBeLessThan(8);
  });

  it("starts an invocation behind the sends the previous one left counting, and leaves its own", async () => {
    const { deps, bodies } = await rated30();
    const people = await seedPeople(5);
    const id = await start(deps, people);
    // The invocation before sent 30 in the last second, the latest of them still counting 800 ms.
    const until = Date.now() + 800;
    await redis.hset(broadcastKeys.consumer(), { window: `${until}:30` });
    await drain(deps, bodies, id);
    const sends = (await Promise.all(people.map((p) => callsFor(p, "sendMessage")))).flat();
    expect(sends).toHaveLength(5);
    expect(Math.min(...sends.map((c) => c.at))).toBeGreaterThanOrEqual(until);
    // What it hands on: its own 5 sends, each counting until a second after its answer.
    const window = String(await redis.hget(broadcastKeys.consumer(), "window"));
    const pairs = window.split(",").map((p) => p.split(":").map(Number) as [number, number]);
    expect(pairs.reduce((n, [, count]) => n + count, 0)).toBe(5);
    // Each no earlier than a second after Telegram saw the send (sorted, the pairing holds).
    const ends = pairs.flatMap(([at, count]) => Array<number>(count).fill(at)).sort((a, b) => a - b);
    const seen = sends.map((c) => c.at).sort((a, b) => a - b);
    for (const [i, end] of ends.entries()) expect(end).toBeGreaterThanOrEqual(seen[i]! + 1000);
  });
});
