// The console's work pages (broadcasts, job fairs, FAQ): p50/p99 render time and Upstash requests per page, with 10,000
// subscribers, 1,000 applications and 100 broadcasts (and 20 job fairs) seeded in redis-server behind the Upstash bridge.
// The console is the real Hono sub-app (createConsole) with a signed-in admin and a Weifang staff member;
// the baseline is the console's home page (session read only) in the same run. The bridge runs in this
// process, so render times include its share of the work. Standalone: `node bench/console-work.ts`.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadLocalesFromDisk } from "../dev/locales.ts";
import { startRedis } from "../dev/redis.ts";
import { startBridge } from "../dev/upstash-bridge.ts";
import { startBroadcast } from "../src/broadcast/index.ts";
import type { Channel } from "../src/channel/types.ts";
import { loadConfig } from "../src/config.ts";
import { deriveConsoleKeys } from "../src/console/auth/keys.ts";
import { createSignInLink } from "../src/console/auth/sign-in-link.ts";
import type { Deps } from "../src/deps.ts";
import { fairKeys } from "../src/fairs/keys.ts";
import { createFair } from "../src/fairs/store.ts";
import { catalog } from "../src/features.ts";
import { childrenOf } from "../src/regions/index.ts";
import { createApplication } from "../src/signup/applications.ts";
import { keys } from "../src/store/keys.ts";
import { createRedis, type Redis } from "../src/store/redis.ts";
import { subscriptionKeys } from "../src/subscriptions/keys.ts";
import { percentile } from "./support/stats.ts";

const TOKEN = "7000000001:AAbench-token-for-the-console";
const BRIDGE_TOKEN = "bench-bridge";
const ORIGIN = "https://jinguo.bench";
const SUBSCRIBERS = 10_000;
const APPLICATIONS = 1_000;
const BROADCASTS = 100;
const FAIRS = 20;
const ROUNDS = 50;
const ADMIN = 900000001;
const WEIFANG = 900000002;

let requests = 0;
const realFetch = globalThis.fetch;
globalThis.fetch = (input, init) => {
  requests++;
  return realFetch(input, init);
};

const noChannel: Channel = {
  send: async () => ({ messageId: 1 }),
  edit: async () => undefined,
};

async function seed(deps: Deps, redis: Redis): Promise<string[]> {
  const weifang = childrenOf("370700").map((r) => r.code);
  const topics = ["fairs", "business", "training", "aid"] as const;
  for (let i = 0; i < SUBSCRIBERS; i += 500) {
    const pipe = redis.pipeline();
    for (let j = i; j < i + 500; j++) {
      const id = 100_000_000 + j;
      pipe.hset(keys.user(id), {
        status: j % 25 === 0 ? "stopped" : "active",
        locale: j % 3 ? "zh-CN" : "en",
      });
      pipe.sadd(subscriptionKeys.sub(topics[j % 4]!, weifang[j % weifang.length]!), id);
    }
    await pipe.exec();
  }
  for (let i = 0; i < APPLICATIONS; i++) {
    await createApplication(redis, {
      userId: 200_000_000 + i,
      locale: "zh-CN",
      answers: {
        name: "测试",
        phone: "13812345678",
        region: weifang[i % weifang.length]!,
        stage: "idea",
        industry: "retail",
        needs: ["skills"],
        about: "开小卖部",
      },
      consentV: "2026-1",
      consentAt: deps.now,
      now: deps.now,
      timeZone: "Asia/Shanghai",
    });
  }
  const ids: string[] = [];
  for (let i = 0; i < BROADCASTS; i++) {
    const author = i % 2 ? ADMIN : WEIFANG;
    const started = await startBroadcast(deps, {
      kind: "staff",
      author,
      audience: { kind: "subscribers", topics: ["fairs"], regions: [weifang[i % weifang.length]!] },
      content: { kind: "html", html: `通知 ${i}` },
      label: `通知 ${i}`,
      scheduledAt: deps.now + 86_400_000,
      scope: author === ADMIN ? "" : "370700",
      locale: "zh-CN",
    });
    ids.push(started.id);
  }
  return ids;
}

/** Job fairs ahead in Weifang's districts, each with RSVPs (as /newfair stores them). */
async function seedFairs(redis: Redis, now: number): Promise<string[]> {
  const weifang = childrenOf("370700").map((r) => r.code);
  const ids: string[] = [];
  for (let i = 0; i < FAIRS; i++) {
    const fair = await createFair(
      redis,
      {
        title: `春风行动招聘会 ${i}`,
        startsAt: now + (i + 1) * 86_400_000,
        venue: "人力资源市场",
        region: weifang[i % weifang.length]!,
        employers: 50,
        positions: 2000,
        targets: ["all"],
        description: "岗位：家政、电商客服。",
        contact: "市妇联 0536-1234567",
      },
      WEIFANG,
      now,
    );
    const rsvps = Array.from({ length: 40 }, (_, j) => 100_000_000 + i * 40 + j);
    await redis.sadd(fairKeys.rsvp(fair.id), rsvps[0]!, ...rsvps.slice(1));
    ids.push(fair.id);
  }
  return ids;
}

/**
 * The console module, bundled by esbuild (which comes with wrangler) as wrangler bundles it: Node
 * loads .ts but not .tsx.
 */
async function loadConsole(): Promise<typeof import("../src/console/index.tsx")> {
  const root = join(import.meta.dirname, "..");
  const dir = mkdtempSync(join(tmpdir(), "jg-console-bench-"));
  try {
    const file = join(dir, "console.mjs");
    const entry = join(root, "src/console/index.tsx");
    const esbuild = join(root, "node_modules/.bin/esbuild");
    execFileSync(esbuild, [entry, "--bundle", "--format=esm", "--platform=node", `--outfile=${file}`], {
      stdio: "ignore",
    });
    return await import(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<string> {
  const { createConsole } = await loadConsole();
  const server = await startRedis({});
  const bridge = await startBridge({ redisUrl: server.url, token: BRIDGE_TOKEN });
  try {
    const redis = createRedis({ url: bridge.url, token: BRIDGE_TOKEN });
    await redis.flushdb();
    const config = loadConfig({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_WEBHOOK_SECRET: "bench-secret_123",
      UPSTASH_REDIS_REST_URL: bridge.url,
      UPSTASH_REDIS_REST_TOKEN: BRIDGE_TOKEN,
      STAFF: `${ADMIN}:admin,${WEIFANG}:staff:370700`,
    });
    const i18n = loadLocalesFromDisk();
    const domain = (now: number): Deps => ({ redis, config, i18n, channel: noChannel, now, catalog });
    const ids = await seed(domain(Date.now()), redis);
    const fairs = await seedFairs(redis, Date.now());
    const keysOf = await deriveConsoleKeys(TOKEN);
    const app = createConsole(async () => ({
      staff: config.STAFF,
      redis,
      keys: keysOf,
      now: Date.now,
      i18n,
      timeZone: config.TIMEZONE,
      bot: "@jinguo_bench_bot",
      domain,
    }));
    const request = (path: string, init?: RequestInit) => app.request(`${ORIGIN}${path}`, init);
    const signIn = async (id: number) => {
      const token = await createSignInLink(redis, id, "zh-hans", Date.now());
      const res = await request(`/auth/link/${token}`, {
        method: "POST",
        headers: { origin: ORIGIN, "content-type": "application/x-www-form-urlencoded" },
        body: "",
      });
      return res.headers.getSetCookie()[0]!.split(";")[0]!;
    };
    const cookies = { admin: await signIn(ADMIN), staff: await signIn(WEIFANG) };
    const mine = ids[0]!;
    const pages: [string, string, keyof typeof cookies][] = [
      ["home (baseline: session read only)", "/", "staff"],
      ["broadcasts list (admin)", "/broadcasts", "admin"],
      ["broadcasts list (Weifang staff)", "/broadcasts", "staff"],
      ["progress.json (list)", "/broadcasts/progress.json", "staff"],
      ["broadcast detail", `/broadcasts/${mine}`, "staff"],
      ["progress.json (one)", `/broadcasts/progress.json?id=${mine}`, "staff"],
      ["compose form", "/broadcasts/new", "staff"],
      ["live count, one county (~830)", `/broadcasts/count.json?regions=370702&topics=fairs`, "staff"],
      ["live count, all Weifang (10,000)", "/broadcasts/count.json", "staff"],
      ["job fairs list (admin, province)", "/fairs", "admin"],
      ["job fairs list (Weifang staff)", "/fairs", "staff"],
      ["job fair detail with edit form", `/fairs/${fairs[0]}`, "staff"],
      ["new job fair form", "/fairs/new", "staff"],
      ["FAQ page (misses, entries, history)", "/faq?l=zh-CN", "staff"],
      ["FAQ new entry form", "/faq/new?l=zh-CN", "staff"],
    ];
    const rows: string[] = [];
    let base = 0;
    for (const [name, path, who] of pages) {
      const times: number[] = [];
      let perPage = 0;
      for (let i = 0; i < ROUNDS; i++) {
        const before = requests;
        const started = performance.now();
        const res = await request(path, { headers: { cookie: cookies[who] } });
        await res.text();
        times.push(performance.now() - started);
        if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
        perPage = requests - before;
      }
      times.sort((a, b) => a - b);
      const p50 = percentile(times, 0.5);
      if (!base) base = p50;
      rows.push(
        `${name.padEnd(36)} p50 ${p50.toFixed(1).padStart(6)} ms  p99 ${percentile(times, 0.99).toFixed(1).padStart(6)} ms  ` +
          `${String(perPage).padStart(3)} Upstash requests  ×${(p50 / base).toFixed(1)} home`,
      );
    }
    return [
      `${SUBSCRIBERS.toLocaleString("en")} subscribers, ${APPLICATIONS.toLocaleString("en")} applications, ${BROADCASTS} broadcasts, ${FAIRS} job fairs; ${ROUNDS} renders each`,
      ...rows,
    ].join("\n");
  } finally {
    await bridge.close();
    await server.stop();
  }
}

if (import.meta.main) console.log(await run());
