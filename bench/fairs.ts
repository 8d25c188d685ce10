// Announcing a job fair to 10,000 subscribers: what resolving the audience costs, in Upstash requests and
// CPU time per recipient, as the broadcast engine's prepare step does it (SUNIONSTORE of the district, city
// and province sets in Redis, then SSCAN pages of 1,000 with their profiles in one pipeline) against the
// naive way (SMEMBERS every set, HGETALL per person), through the real Upstash bridge (in its own process,
// so the CPU figures are the resolving side's alone) and redis-server. Standalone: `node bench/fairs.ts`.
import { loadLocalesFromDisk } from "../dev/locales.ts";
import { startRedis } from "../dev/redis.ts";
import { startBroadcast } from "../src/broadcast/index.ts";
import { createInvocation } from "../src/broadcast/invocation.ts";
import { broadcastKeys } from "../src/broadcast/keys.ts";
import type { PrepMessage } from "../src/broadcast/messages.ts";
import { prepareStep } from "../src/broadcast/prepare.ts";
import { tuning } from "../src/broadcast/tuning.ts";
import type { Channel } from "../src/channel/types.ts";
import { loadConfig } from "../src/config.ts";
import type { Deps } from "../src/deps.ts";
import { noticeAudience } from "../src/fairs/notices.ts";
import { catalog } from "../src/features.ts";
import { keys } from "../src/store/keys.ts";
import { createRedis, type Redis } from "../src/store/redis.ts";
import { subscriptionKeys } from "../src/subscriptions/keys.ts";
import { startBridgeProcess } from "./support/bridge-process.ts";

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
  await write(subscriptionKeys.sub("fairs", "371121"), [...district, ...both]);
  await write(subscriptionKeys.sub("fairs", "371100"), [...city, ...both]);
  await write(subscriptionKeys.sub("fairs", "371102"), noise.slice(0, NOISE / 2));
  await write(subscriptionKeys.sub("training", "371121"), noise.slice(NOISE / 2));
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

type Run = { recipients: number; peakIds: number; requests: number; cpuMs: number; wallMs: number };
type Resolve = (redis: Redis) => Promise<Run>;

/** Measures `fn` alone: the Upstash requests it makes, its CPU time and its wall time. */
async function timed(fn: () => Promise<{ recipients: number; peakIds: number }>): Promise<Run> {
  requests = 0;
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const out = await fn();
  const used = process.cpuUsage(cpu);
  return { ...out, requests, cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - wall };
}

/** Engine dependencies for the prepare step: it sends nothing (no progress chat) and queues in memory. */
function engineDeps(redis: Redis, bridgeUrl: string, queued: unknown[]): Deps {
  const config = loadConfig({
    TELEGRAM_BOT_TOKEN: "1:bench",
    TELEGRAM_WEBHOOK_SECRET: "bench",
    UPSTASH_REDIS_REST_URL: bridgeUrl,
    UPSTASH_REDIS_REST_TOKEN: TOKEN,
  });
  const queue = {
    send: async (body: unknown) => void queued.push(body),
    sendBatch: async (list: { body: unknown }[]) => void queued.push(...list.map((m) => m.body)),
  } as unknown as Queue<unknown>;
  // Without a progress chat the prepare step sends nothing.
  return {
    redis,
    channel: {} as Channel,
    config,
    i18n: loadLocalesFromDisk(),
    queue,
    now: Date.now(),
    catalog,
  };
}

// The engine's prepare step for the fair's announcement: what the queue consumer does before sending.
const engine =
  (bridgeUrl: string): Resolve =>
  async (redis) => {
    const queued: unknown[] = [];
    const deps = engineDeps(redis, bridgeUrl, queued);
    const { id } = await startBroadcast(deps, {
      kind: "fair-announce",
      author: 0,
      label: "bench",
      audience: noticeAudience(FAIR, "announce"),
      content: { kind: "template", template: "fair-notice", params: { fair: FAIR.id, notice: "announce" } },
    });
    const prep = queued.shift() as PrepMessage;
    // Only the prepare step is measured; the largest SSCAN page is what it ever holds.
    let peakIds = 0;
    const sscan = redis.sscan.bind(redis);
    const counting = Object.create(redis) as Redis;
    counting.sscan = (async (...args: Parameters<Redis["sscan"]>) => {
      const page = await sscan(...args);
      peakIds = Math.max(peakIds, page[1].length);
      return page;
    }) as Redis["sscan"];
    const run = await timed(async () => {
      await prepareStep(createInvocation({ ...deps, redis: counting }, tuning()), prep);
      return { recipients: 0, peakIds: 0 };
    });
    return { ...run, peakIds, recipients: await redis.scard(broadcastKeys.recipients(id)) };
  };

const naive: Resolve = (redis) =>
  timed(async () => {
    const all = new Set<number>();
    for (const code of ["371121", "371100", "370000"]) {
      for (const id of await redis.smembers(subscriptionKeys.sub("fairs", code))) all.add(Number(id));
    }
    let recipients = 0;
    for (const id of all) {
      const profile = await redis.hgetall<Record<string, unknown>>(keys.user(id));
      if (profile && profile.status !== "stopped") recipients++;
    }
    return { recipients, peakIds: all.size };
  });

async function measure(redis: Redis, resolve: Resolve) {
  const runs: Run[] = [];
  for (let round = 0; round < ROUNDS; round++) runs.push(await resolve(redis));
  runs.sort((a, b) => a.cpuMs - b.cpuMs);
  return runs[Math.floor(ROUNDS / 2)]!; // the median round by CPU
}

/** Resolves the audience of a fair with 10,000 matching subscribers both ways; prints figures and ratios. */
export async function run(): Promise<string> {
  const server = await startRedis({});
  const bridge = await startBridgeProcess(server.url, TOKEN);
  try {
    const redis = createRedis({ url: bridge.url, token: TOKEN, timeoutMs: 30_000 });
    const active = await seed(redis);
    const ours = await measure(redis, engine(bridge.url));
    const base = await measure(redis, naive);
    if (ours.recipients !== active || base.recipients !== active) {
      throw new Error(
        `audience mismatch: expected ${active}, engine ${ours.recipients}, naive ${base.recipients}`,
      );
    }
    const per = (r: Run) => ({
      req: r.requests / r.recipients,
      cpuUs: (r.cpuMs * 1000) / r.recipients,
    });
    const [o, b] = [per(ours), per(base)];
    const row = (name: string, r: Run, p: typeof o) =>
      `${name.padEnd(44)} ${String(r.requests).padStart(6)} req  ${p.req.toFixed(4)} req/recipient  ` +
      `${p.cpuUs.toFixed(1).padStart(6)} µs CPU/recipient  ${r.wallMs.toFixed(0).padStart(6)} ms wall  peak ${r.peakIds} ids held`;
    return [
      `audience: ${active} active recipients (${DISTRICT_ONLY + CITY_ONLY + BOTH} in the district + city sets, ` +
        `${BOTH} in both, 1 in ${STOPPED_EVERY} stopped; ${NOISE} others), median of ${ROUNDS} rounds`,
      row("engine prepare: SUNIONSTORE, SSCAN 1000 + HMGET", ours, o),
      row("baseline: SMEMBERS all + HGETALL per person", base, b),
      `ratio: ${(b.req / o.req).toFixed(0)}× fewer requests, ${(b.cpuUs / o.cpuUs).toFixed(1)}× less CPU, ` +
        `${(base.peakIds / ours.peakIds).toFixed(0)}× fewer ids held in memory`,
    ].join("\n");
  } finally {
    await bridge.stop();
    await server.stop();
  }
}

if (import.meta.main) console.log(await run());
