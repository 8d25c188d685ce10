// Announcing a job fair to 10,000 subscribers: what resolving the audience costs, in Upstash requests
// and CPU time per recipient, streamed (SSCAN pages, as the fairs module does) against the naive way
// (SMEMBERS every set, then HGETALL per person), through the real Upstash bridge and redis-server.
// The bridge runs in its own process, so the CPU figures are the resolving side's alone.
// Run standalone with `node bench/fairs.ts`.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { startRedis } from "../dev/redis.ts";
import { audiencePages } from "../src/fairs/audience.ts";
import { keys } from "../src/store/keys.ts";
import { createRedis, type Redis } from "../src/store/redis.ts";

const TOKEN = "bench-token";
const FAIR = { id: "1", region: "371121" }; // Wulian County, Rizhao: its subscribers and the city's
const DISTRICT_ONLY = 4_000;
const CITY_ONLY = 5_500;
const BOTH = 500; // in the district's set and the city's: must be counted once
const STOPPED_EVERY = 25; // 4% stopped or blocked: still in the sets, left out
const NOISE = 20_000; // subscribers elsewhere and of other topics: must cost nothing
const ROUNDS = 3;

let requests = 0;
const realFetch = globalThis.fetch;
globalThis.fetch = (input, init) => {
  requests++;
  return realFetch(input, init);
};

async function startBridgeProcess(redisUrl: string): Promise<{ url: string; stop: () => void }> {
  const bridge = join(import.meta.dirname, "../dev/upstash-bridge.ts");
  const code = `const { startBridge } = await import(${JSON.stringify(bridge)});
const b = await startBridge({ redisUrl: ${JSON.stringify(redisUrl)}, token: ${JSON.stringify(TOKEN)} });
console.log(b.url);`;
  const child = spawn(process.execPath, ["--input-type=module", "-e", code], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((done, fail) => {
    child.stdout.once("data", (chunk: Buffer) => done(chunk.toString().trim()));
    child.once("exit", (c) => fail(new Error(`bridge exited with ${c}`)));
  });
  return { url, stop: () => child.kill("SIGTERM") };
}

async function seed(redis: Redis): Promise<number> {
  let id = 100_000_000;
  const users = (n: number) => Array.from({ length: n }, () => ++id);
  const district = users(DISTRICT_ONLY);
  const city = users(CITY_ONLY);
  const both = users(BOTH);
  const noise = users(NOISE);
  const write = async (key: string, ids: number[]) => {
    for (let i = 0; i < ids.length; i += 1000) await redis.sadd(key, ids[i]!, ...ids.slice(i + 1, i + 1000));
  };
  await write(keys.sub("fairs", "371121"), [...district, ...both]);
  await write(keys.sub("fairs", "371100"), [...city, ...both]);
  await write(keys.sub("fairs", "371102"), noise.slice(0, NOISE / 2));
  await write(keys.sub("training", "371121"), noise.slice(NOISE / 2));
  let active = 0;
  const everyone = [...district, ...city, ...both, ...noise];
  for (let i = 0; i < everyone.length; i += 500) {
    const pipe = redis.pipeline();
    for (const [j, u] of everyone.slice(i, i + 500).entries()) {
      const stopped = (i + j) % STOPPED_EVERY === 0;
      if (!stopped && u <= both.at(-1)!) active++;
      pipe.hset(keys.user(u), {
        status: stopped ? "stopped" : "active",
        lang: j % 3 ? "zh-CN" : "en",
        created: 1,
      });
    }
    await pipe.exec();
  }
  return active;
}

type Resolve = (redis: Redis) => Promise<{ recipients: number; peakIds: number }>;

// As a delivery page does: the page's ids, then one pipelined read of each one's status and language.
const streamed: Resolve = async (redis) => {
  let recipients = 0;
  let peakIds = 0;
  for await (const page of audiencePages(redis, FAIR, "announce", { pageSize: 500 })) {
    peakIds = Math.max(peakIds, page.length);
    const pipe = redis.pipeline();
    for (const id of page) pipe.hmget(keys.user(id), "status", "locale", "lang");
    const rows = await pipe.exec<({ status?: unknown } | null)[]>();
    recipients += rows.filter((r) => r && r.status !== "stopped").length;
  }
  return { recipients, peakIds };
};

const naive: Resolve = async (redis) => {
  const all = new Set<number>();
  for (const code of ["371121", "371100", "370000"]) {
    for (const id of await redis.smembers(keys.sub("fairs", code))) all.add(Number(id));
  }
  let recipients = 0;
  for (const id of all) {
    const profile = await redis.hgetall<Record<string, unknown>>(keys.user(id));
    if (profile && profile.status !== "stopped") recipients++;
  }
  return { recipients, peakIds: all.size };
};

async function measure(redis: Redis, resolve: Resolve) {
  const runs = [];
  for (let round = 0; round < ROUNDS; round++) {
    requests = 0;
    const cpu = process.cpuUsage();
    const wall = performance.now();
    const out = await resolve(redis);
    const used = process.cpuUsage(cpu);
    runs.push({
      ...out,
      requests,
      cpuMs: (used.user + used.system) / 1000,
      wallMs: performance.now() - wall,
    });
  }
  runs.sort((a, b) => a.cpuMs - b.cpuMs);
  return runs[Math.floor(ROUNDS / 2)]!; // the median round by CPU
}

/** Streams the audience of a fair with 10,000 matching subscribers; prints figures and ratios. */
export async function run(): Promise<string> {
  const server = await startRedis({});
  const bridge = await startBridgeProcess(server.url);
  try {
    const redis = createRedis({ url: bridge.url, token: TOKEN, timeoutMs: 30_000 });
    const active = await seed(redis);
    const ours = await measure(redis, streamed);
    const base = await measure(redis, naive);
    if (ours.recipients !== active || base.recipients !== active) {
      throw new Error(
        `audience mismatch: expected ${active}, streamed ${ours.recipients}, naive ${base.recipients}`,
      );
    }
    const per = (r: typeof ours) => ({
      req: r.requests / r.recipients,
      cpuUs: (r.cpuMs * 1000) / r.recipients,
    });
    const [o, b] = [per(ours), per(base)];
    const row = (name: string, r: typeof ours, p: typeof o) =>
      `${name.padEnd(44)} ${String(r.requests).padStart(6)} req  ${p.req.toFixed(4)} req/recipient  ` +
      `${p.cpuUs.toFixed(1).padStart(6)} µs CPU/recipient  ${r.wallMs.toFixed(0).padStart(6)} ms wall  peak ${r.peakIds} ids held`;
    return [
      `audience: ${active} active recipients (${DISTRICT_ONLY + CITY_ONLY + BOTH} in the district + city sets, ` +
        `${BOTH} in both, 1 in ${STOPPED_EVERY} stopped; ${NOISE} others), median of ${ROUNDS} rounds`,
      row("streamed: SSCAN 500 + SMISMEMBER + HMGET page", ours, o),
      row("baseline: SMEMBERS all + HGETALL per person", base, b),
      `ratio: ${(b.req / o.req).toFixed(0)}× fewer requests, ${(b.cpuUs / o.cpuUs).toFixed(1)}× less CPU, ` +
        `${(base.peakIds / ours.peakIds).toFixed(0)}× fewer ids held in memory`,
    ].join("\n");
  } finally {
    bridge.stop();
    await server.stop();
  }
}

if (import.meta.main) console.log(await run());
