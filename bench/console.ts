// The staff console's pages with 10,000 subscribers, 1,000 applications and 100 broadcasts: p50 and p99
// render time and Upstash requests per page, as admin (the whole province) and as a city's staff member,
// through the real Upstash bridge (in its own process) and redis-server; and the static assets' sizes.
// The baseline is the cheapest page behind a session in the same run (the 404 of an unknown
// application: the session check and one read). Standalone: `node bench/console.ts`.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { Hono } from "hono";
import { signInitData } from "../dev/emulator/webapp.ts";
import { loadLocalesFromDisk } from "../dev/locales.ts";
import { startRedis } from "../dev/redis.ts";
import { broadcastKeys } from "../src/broadcast/keys.ts";
import type { Channel } from "../src/channel/types.ts";
import { loadConfig } from "../src/config.ts";
import { deriveConsoleKeys } from "../src/console/auth/keys.ts";
import type { createConsole as CreateConsole } from "../src/console/index.tsx";
import { faqKeys } from "../src/faq/keys.ts";
import { catalog } from "../src/features.ts";
import { childrenOf, cities } from "../src/regions/index.ts";
import { createApplication } from "../src/signup/applications.ts";
import { INDUSTRIES } from "../src/signup/constants.ts";
import { addMentor } from "../src/signup/mentors.ts";
import { createRedis, type Redis } from "../src/store/redis.ts";
import { subscriptionKeys } from "../src/subscriptions/keys.ts";
import { TOPICS } from "../src/subscriptions/topics.ts";
import { lastWeeks } from "../src/time/week.ts";
import { percentile } from "./support/stats.ts";

const TOKEN = "7000000001:AAbench-console";
const BRIDGE_TOKEN = "bench";
const ADMIN = 900000001;
const WEIFANG = 900000002;
const SUBSCRIBERS = 10_000;
const APPLICATIONS = 1_000;
const BROADCASTS = 100;
const ROUNDS = 40;
const ORIGIN = "https://jinguo.bench";

let requests = 0;
const realFetch = globalThis.fetch;
globalThis.fetch = (input, init) => {
  requests++;
  return realFetch(input, init);
};

async function startBridgeProcess(redisUrl: string): Promise<{ url: string; stop: () => void }> {
  const bridge = join(import.meta.dirname, "../dev/upstash-bridge.ts");
  const code = `const { startBridge } = await import(${JSON.stringify(bridge)});
const b = await startBridge({ redisUrl: ${JSON.stringify(redisUrl)}, token: ${JSON.stringify(BRIDGE_TOKEN)} });
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

/** Subscribers over every county and topic, weekly counters, applications, mentors, broadcasts. */
async function seed(redis: Redis): Promise<string> {
  const counties = cities().flatMap((c) => childrenOf(c.code).map((d) => d.code));
  for (let i = 0; i < SUBSCRIBERS; i += 1000) {
    const pipe = redis.pipeline();
    for (let u = i; u < i + 1000; u++) {
      const county = counties[u % counties.length]!;
      pipe.sadd(subscriptionKeys.sub(TOPICS[u % TOPICS.length]!, county), 100_000_000 + u);
    }
    await pipe.exec();
  }
  const weeks = lastWeeks(Date.now(), "Asia/Shanghai", 12);
  const pipe = redis.pipeline();
  for (const [i, week] of weeks.entries()) {
    const fields: Record<string, number> = { new: 100 + i, stop: 10 + i };
    for (const county of counties.slice(0, 40))
      Object.assign(fields, { [`new:${county}`]: 2, [`stop:${county}`]: 1 });
    pipe.hset(subscriptionKeys.weekly(week), fields);
    pipe.hset(faqKeys.weekly(week), { answered: 300 + i, unsure: 40, unanswered: 25 });
  }
  await pipe.exec();
  let first = "";
  const weifang = childrenOf("370700").map((c) => c.code);
  for (let i = 0; i < APPLICATIONS; i++) {
    // A quarter in Weifang, the rest across the province.
    const region = i % 4 === 0 ? weifang[i % weifang.length]! : counties[i % counties.length]!;
    const app = await createApplication(redis, {
      userId: 200_000_000 + i,
      locale: i % 3 ? "zh-CN" : "en",
      answers: {
        name: `申请人${i}`,
        phone: `138${String(i).padStart(8, "0")}`,
        region,
        stage: "young",
        industry: INDUSTRIES[i % INDUSTRIES.length]!,
        needs: ["finance"],
        about: "开网店",
      },
      consentV: "2026-1",
      consentAt: Date.now(),
      now: Date.now() - i * 60_000,
      timeZone: "Asia/Shanghai",
    });
    if (app && region.startsWith("3707") && !first) first = app.ref;
  }
  for (let i = 0; i < 20; i++) {
    const region = weifang[i % weifang.length]!;
    await addMentor(
      redis,
      { name: `导师${i}`, industries: [INDUSTRIES[i % 7]!], region, contact: "139" },
      Date.now(),
    );
  }
  const bcs = redis.pipeline();
  for (let i = 1; i <= BROADCASTS; i++) {
    const id = String(i);
    bcs.hset(broadcastKeys.record(id), {
      id,
      kind: "staff",
      author: i % 2 ? ADMIN : WEIFANG,
      label: `通知 ${i}`,
      scope: i % 2 ? "" : "370700",
      status: "done",
      audience: JSON.stringify({ kind: "subscribers", topics: ["fairs"], regions: ["370700"] }),
      content: JSON.stringify({ kind: "html", html: `通知 ${i}` }),
      locale: "zh-CN",
      created: Date.now() - i * 3_600_000,
      total: 1000,
    });
    bcs.zadd(broadcastKeys.index(), { score: Date.now() - i * 3_600_000, member: id });
  }
  await bcs.exec();
  return first;
}

/**
 * The console module, compiled by esbuild (Node runs TypeScript, not JSX); its packages stay imports
 * of node_modules, so it runs the same hono and @upstash/redis as the Worker.
 */
async function loadConsole(): Promise<typeof CreateConsole> {
  const outfile = join(import.meta.dirname, "../node_modules/.cache/jinguo-bench/console.mjs");
  await build({
    entryPoints: [join(import.meta.dirname, "../src/console/index.tsx")],
    bundle: true,
    format: "esm",
    platform: "neutral",
    packages: "external",
    outfile,
    tsconfig: join(import.meta.dirname, "../tsconfig.json"),
    logLevel: "error",
  });
  return ((await import(outfile)) as { createConsole: typeof CreateConsole }).createConsole;
}

/** The console as the Worker mounts it, over this Redis. */
async function consoleApp(redis: Redis, bridgeUrl: string) {
  const createConsole = await loadConsole();
  const config = loadConfig({
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_WEBHOOK_SECRET: "bench",
    UPSTASH_REDIS_REST_URL: bridgeUrl,
    UPSTASH_REDIS_REST_TOKEN: BRIDGE_TOKEN,
    STAFF: `${ADMIN}:admin,${WEIFANG}:staff:370700`,
  });
  const keys = await deriveConsoleKeys(TOKEN);
  const i18n = loadLocalesFromDisk();
  const channel = {} as Channel;
  const app = new Hono().route(
    "/console",
    createConsole(async () => ({
      staff: config.STAFF,
      redis,
      keys,
      now: Date.now,
      i18n,
      timeZone: config.TIMEZONE,
      bot: "@jinguo_bench_bot",
      domain: (now) => ({ redis, config, i18n, channel, now, catalog }),
    })),
  );
  return (path: string, init?: RequestInit) => app.request(`${ORIGIN}${path}`, init);
}

async function signIn(get: Awaited<ReturnType<typeof consoleApp>>, id: number): Promise<string> {
  const initData = signInitData(TOKEN, [
    ["user", JSON.stringify({ id, first_name: "Bench", language_code: "zh-hans" })],
    ["auth_date", String(Math.floor(Date.now() / 1000))],
  ]);
  const res = await get("/console/auth/webapp", {
    method: "POST",
    headers: { origin: ORIGIN, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ init_data: initData }).toString(),
  });
  const cookie = res.headers.getSetCookie()[0]?.split(";")[0];
  if (!cookie) throw new Error(`sign-in failed: ${res.status}`);
  return cookie;
}

function assetSizes(): string[] {
  const dir = join(import.meta.dirname, "../public/console");
  return readdirSync(dir).map((f) => {
    const body = readFileSync(join(dir, f));
    return `  ${f.padEnd(20)} ${(statSync(join(dir, f)).size / 1024).toFixed(1).padStart(6)} KB  gzip ${(gzipSync(body, { level: 9 }).length / 1024).toFixed(1).padStart(5)} KB`;
  });
}

export async function run(): Promise<string> {
  const server = await startRedis({});
  const bridge = await startBridgeProcess(server.url);
  try {
    const redis = createRedis({ url: bridge.url, token: BRIDGE_TOKEN });
    const ref = await seed(redis);
    const get = await consoleApp(redis, bridge.url);
    const sessions = { admin: await signIn(get, ADMIN), "Weifang staff": await signIn(get, WEIFANG) };
    const pages: [string, string][] = [
      ["baseline: unknown application (404)", "/console/applications/JG-2000-000001"],
      ["overview", "/console"],
      ["applications (open, page 1)", "/console/applications"],
      ["applications (industry filter)", "/console/applications?status=all&industry=retail"],
      ["one application", `/console/applications/${ref}`],
      ["mentors", "/console/mentors"],
    ];
    const lines = [
      `Console pages: ${SUBSCRIBERS.toLocaleString("en")} subscribers, ${APPLICATIONS.toLocaleString("en")} applications, ${BROADCASTS} broadcasts; ${ROUNDS} renders each (Upstash bridge + redis-server)`,
      `  ${"page".padEnd(38)} ${"who".padEnd(14)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"× base".padStart(7)} ${"Upstash".padStart(8)} ${"KB".padStart(6)}`,
    ];
    for (const [who, cookie] of Object.entries(sessions)) {
      let base = 0;
      for (const [name, path] of pages) {
        const times: number[] = [];
        let reqs = 0;
        let size = 0;
        for (let i = 0; i < ROUNDS; i++) {
          requests = 0;
          const t = performance.now();
          const res = await get(path, { headers: { cookie } });
          const html = await res.text();
          times.push(performance.now() - t);
          reqs = requests;
          size = html.length;
        }
        times.sort((a, b) => a - b);
        const p50 = percentile(times, 0.5);
        if (!base) base = p50;
        lines.push(
          `  ${name.padEnd(38)} ${who.padEnd(14)} ${p50.toFixed(1).padStart(8)} ${percentile(times, 0.99).toFixed(1).padStart(8)} ${(p50 / base).toFixed(1).padStart(6)}× ${String(reqs).padStart(8)} ${(size / 1024).toFixed(1).padStart(6)}`,
        );
      }
    }
    lines.push(
      "Static assets (public/console/, served by Workers static assets, not in the Worker bundle)",
      ...assetSizes(),
    );
    return lines.join("\n");
  } finally {
    bridge.stop();
    await server.stop();
  }
}

if (import.meta.main) console.log(await run());
