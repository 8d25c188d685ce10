// The staff console's pages with 10,000 subscribers, 1,000 applications, 100 broadcasts and 20 job fairs:
// p50 and p99 render time and Upstash requests per page, as admin (the whole province) and as Weifang's
// staff, through the real Upstash bridge (in its own process, so times are the console's side alone) and
// redis-server; and the static assets' sizes. The baseline, in the same run and per person, is the
// cheapest page behind a session: an unknown application's 404 (the session and one read).
// Standalone: `node bench/console.ts`.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { Hono } from "hono";
import { signInitData } from "../dev/emulator/webapp.ts";
import { loadLocalesFromDisk } from "../dev/locales.ts";
import { startRedis } from "../dev/redis.ts";
import { startBroadcast } from "../src/broadcast/index.ts";
import type { Channel } from "../src/channel/types.ts";
import { loadConfig } from "../src/config.ts";
import { deriveConsoleKeys } from "../src/console/auth/keys.ts";
import type { createConsole as CreateConsole } from "../src/console/index.tsx";
import type { Deps } from "../src/deps.ts";
import { fairKeys } from "../src/fairs/keys.ts";
import { createFair } from "../src/fairs/store.ts";
import { faqKeys } from "../src/faq/keys.ts";
import { catalog } from "../src/features.ts";
import { childrenOf, cities } from "../src/regions/index.ts";
import { createApplication } from "../src/signup/applications.ts";
import { INDUSTRIES } from "../src/signup/constants.ts";
import { addMentor } from "../src/signup/mentors.ts";
import { keys } from "../src/store/keys.ts";
import { createRedis, type Redis } from "../src/store/redis.ts";
import { subscriptionKeys } from "../src/subscriptions/keys.ts";
import { TOPICS } from "../src/subscriptions/topics.ts";
import { lastWeeks } from "../src/time/week.ts";
import { startBridgeProcess } from "./support/bridge-process.ts";
import { percentile } from "./support/stats.ts";

const TOKEN = "7000000001:AAbench-console";
const BRIDGE_TOKEN = "bench";
const ORIGIN = "https://jinguo.bench";
const ADMIN = 900000001;
const WEIFANG = 900000002;
const SUBSCRIBERS = 10_000;
const APPLICATIONS = 1_000;
const BROADCASTS = 100;
const FAIRS = 20;
const ROUNDS = 40;
/** The whole-scope live count costs ~0.5 s a render: fewer rounds keep the run short. */
const SLOW_ROUNDS = 10;

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

type Seeded = { application: string; broadcast: string; fair: string };

/**
 * Half the subscribers in Weifang's districts, half across the province's other counties, every topic,
 * 1 in 25 stopped; weekly counters; applications (a quarter in Weifang), mentors, scheduled broadcasts
 * (half by Weifang's staff) and job fairs in Weifang with RSVPs, through the domain's own functions.
 */
async function seed(deps: Deps): Promise<Seeded> {
  const { redis, now } = deps;
  const weifang = childrenOf("370700").map((d) => d.code);
  const counties = cities().flatMap((c) => childrenOf(c.code).map((d) => d.code));
  const elsewhere = counties.filter((c) => !c.startsWith("3707"));
  for (let i = 0; i < SUBSCRIBERS; i += 500) {
    const pipe = redis.pipeline();
    for (let u = i; u < i + 500; u++) {
      const id = 100_000_000 + u;
      // Every (county, topic) pair of each half in turn, so each county has every topic.
      const k = u >> 1;
      const area = u % 2 ? weifang : elsewhere;
      const county = area[Math.floor(k / TOPICS.length) % area.length]!;
      pipe.hset(keys.user(id), {
        status: u % 25 === 0 ? "stopped" : "active",
        locale: u % 3 ? "zh-CN" : "en",
      });
      pipe.sadd(subscriptionKeys.sub(TOPICS[k % TOPICS.length]!, county), id);
    }
    await pipe.exec();
  }
  const weekly = redis.pipeline();
  for (const [i, week] of lastWeeks(now, "Asia/Shanghai", 12).entries()) {
    const fields: Record<string, number> = { new: 100 + i, stop: 10 + i };
    for (const county of counties.slice(0, 40))
      Object.assign(fields, { [`new:${county}`]: 2, [`stop:${county}`]: 1 });
    weekly.hset(subscriptionKeys.weekly(week), fields);
    weekly.hset(faqKeys.weekly(week), { answered: 300 + i, unsure: 40, unanswered: 25 });
  }
  await weekly.exec();

  let application = "";
  for (let i = 0; i < APPLICATIONS; i++) {
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
      consentAt: now,
      now: now - i * 60_000,
      timeZone: "Asia/Shanghai",
    });
    if (app && region.startsWith("3707") && !application) application = app.ref;
  }
  for (let i = 0; i < 20; i++) {
    const mentor = {
      name: `导师${i}`,
      industries: [INDUSTRIES[i % 7]!],
      region: weifang[i % weifang.length]!,
      contact: "139",
    };
    await addMentor(redis, mentor, now);
  }

  let broadcast = "";
  for (let i = 0; i < BROADCASTS; i++) {
    const author = i % 2 ? ADMIN : WEIFANG;
    const started = await startBroadcast(deps, {
      kind: "staff",
      author,
      audience: { kind: "subscribers", topics: ["fairs"], regions: [weifang[i % weifang.length]!] },
      content: { kind: "html", html: `通知 ${i}` },
      label: `通知 ${i}`,
      scheduledAt: now + 86_400_000,
      scope: author === ADMIN ? "" : "370700",
      locale: "zh-CN",
    });
    if (author === WEIFANG && !broadcast) broadcast = started.id;
  }

  let fair = "";
  for (let i = 0; i < FAIRS; i++) {
    const created = await createFair(
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
    await redis.sadd(fairKeys.rsvp(created.id), rsvps[0]!, ...rsvps.slice(1));
    fair ||= created.id;
  }
  return { application, broadcast, fair };
}

/**
 * The console module, compiled by esbuild's CLI (it comes with wrangler; Node runs TypeScript, not JSX).
 * The CLI exits when done, where esbuild's JS API keeps a service process that holds this one open.
 * Its packages stay imports of node_modules, so it runs the same hono and @upstash/redis as the Worker.
 */
function loadConsole(): Promise<typeof CreateConsole> {
  const root = join(import.meta.dirname, "..");
  const dir = join(root, "node_modules/.cache/jinguo-bench");
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, "console.mjs");
  execFileSync(
    join(root, "node_modules/.bin/esbuild"),
    [
      join(root, "src/console/index.tsx"),
      "--bundle",
      "--format=esm",
      "--platform=neutral",
      "--packages=external",
      `--tsconfig=${join(root, "tsconfig.json")}`,
      `--outfile=${outfile}`,
      "--log-level=error",
    ],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  return import(outfile).then((m: { createConsole: typeof CreateConsole }) => m.createConsole);
}

type Get = (path: string, init?: RequestInit) => Promise<Response>;

/** The console mounted at /console as the Worker mounts it, over this Redis. */
async function consoleApp(deps: (now: number) => Deps): Promise<Get> {
  const createConsole = await loadConsole();
  const { redis, config, i18n } = deps(Date.now());
  const consoleKeys = await deriveConsoleKeys(TOKEN);
  const app = new Hono().route(
    "/console",
    createConsole(async () => ({
      staff: config.STAFF,
      redis,
      keys: consoleKeys,
      now: Date.now,
      i18n,
      timeZone: config.TIMEZONE,
      bot: "@jinguo_bench_bot",
      domain: deps,
    })),
  );
  return async (path, init) => app.request(`${ORIGIN}${path}`, init);
}

/** Signs in through the Mini App's door (signed initData); returns the session cookie. */
async function signIn(get: Get, id: number): Promise<string> {
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
  return readdirSync(dir)
    .sort()
    .map((f) => {
      const body = readFileSync(join(dir, f));
      const kb = (n: number) => (n / 1024).toFixed(1);
      return `  ${f.padEnd(20)} ${kb(body.length).padStart(6)} KB  gzip ${kb(gzipSync(body, { level: 9 }).length).padStart(5)} KB`;
    });
}

type Who = "admin" | "staff";
/** A page, who opens it, the status it must answer, and (for the live count) fewer rounds. */
type Page = { name: string; path: string; who: Who[]; status?: number; rounds?: number };

function pagesOf(s: Seeded): Page[] {
  const both: Who[] = ["admin", "staff"];
  return [
    {
      name: "baseline: unknown application (404)",
      path: "/console/applications/JG-2000-000001",
      who: both,
      status: 404,
    },
    { name: "overview", path: "/console", who: both },
    { name: "applications (open, page 1)", path: "/console/applications", who: both },
    {
      name: "applications (industry filter)",
      path: "/console/applications?status=all&industry=retail",
      who: both,
    },
    { name: "one application", path: `/console/applications/${s.application}`, who: both },
    { name: "mentors", path: "/console/mentors", who: both },
    { name: "broadcasts list", path: "/console/broadcasts", who: both },
    { name: "broadcasts progress.json (list)", path: "/console/broadcasts/progress.json", who: both },
    { name: "broadcast detail", path: `/console/broadcasts/${s.broadcast}`, who: both },
    {
      name: "broadcast progress.json (one)",
      path: `/console/broadcasts/progress.json?id=${s.broadcast}`,
      who: both,
    },
    { name: "compose form", path: "/console/broadcasts/new", who: both },
    {
      name: "live count: one county, job fairs",
      path: "/console/broadcasts/count.json?regions=370702&topics=fairs",
      who: both,
    },
    {
      name: "live count: Weifang, all topics",
      path: "/console/broadcasts/count.json?regions=370700",
      who: both,
      rounds: SLOW_ROUNDS,
    },
    {
      name: "live count: her whole scope",
      path: "/console/broadcasts/count.json",
      who: ["admin"],
      rounds: SLOW_ROUNDS,
    },
    { name: "job fairs list", path: "/console/fairs", who: both },
    { name: "job fair detail with edit form", path: `/console/fairs/${s.fair}`, who: both },
    { name: "new job fair form", path: "/console/fairs/new", who: ["staff"] },
    { name: "FAQ page (misses, entries, history)", path: "/console/faq?l=zh-CN", who: both },
    { name: "FAQ new entry form", path: "/console/faq/new?l=zh-CN", who: ["staff"] },
  ];
}

type Row = { p50: number; p99: number; requests: number; kb: number; count?: number };

async function measure(get: Get, page: Page, cookie: string): Promise<Row> {
  const times: number[] = [];
  let perPage = 0;
  let body = "";
  for (let i = 0; i < (page.rounds ?? ROUNDS); i++) {
    const before = requests;
    const started = performance.now();
    const res = await get(page.path, { headers: { cookie } });
    body = await res.text();
    times.push(performance.now() - started);
    if (res.status !== (page.status ?? 200)) throw new Error(`${page.path}: ${res.status}`);
    perPage = requests - before;
  }
  times.sort((a, b) => a - b);
  const count = page.path.includes("count.json") ? (JSON.parse(body) as { count: number }).count : undefined;
  return {
    p50: percentile(times, 0.5),
    p99: percentile(times, 0.99),
    requests: perPage,
    kb: body.length / 1024,
    count,
  };
}

export async function run(): Promise<string> {
  const server = await startRedis({});
  const bridge = await startBridgeProcess(server.url, BRIDGE_TOKEN);
  try {
    const redis: Redis = createRedis({ url: bridge.url, token: BRIDGE_TOKEN, timeoutMs: 30_000 });
    const config = loadConfig({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_WEBHOOK_SECRET: "bench-secret_123",
      UPSTASH_REDIS_REST_URL: bridge.url,
      UPSTASH_REDIS_REST_TOKEN: BRIDGE_TOKEN,
      STAFF: `${ADMIN}:admin,${WEIFANG}:staff:370700`,
    });
    const i18n = loadLocalesFromDisk();
    const deps = (now: number): Deps => ({ redis, config, i18n, channel: noChannel, now, catalog });
    const seeded = await seed(deps(Date.now()));
    const get = await consoleApp(deps);
    const cookies: Record<Who, string> = {
      admin: await signIn(get, ADMIN),
      staff: await signIn(get, WEIFANG),
    };
    const label: Record<Who, string> = { admin: "admin", staff: "Weifang staff" };
    const lines = [
      `Console pages: ${SUBSCRIBERS.toLocaleString("en")} subscribers (half in Weifang), ${APPLICATIONS.toLocaleString("en")} applications, ${BROADCASTS} broadcasts, ${FAIRS} job fairs; ${ROUNDS} renders each (${SLOW_ROUNDS} for the big live counts); Upstash bridge in its own process + redis-server`,
      `  ${"page".padEnd(42)} ${"who".padEnd(14)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"× base".padStart(7)} ${"Upstash".padStart(8)} ${"KB".padStart(6)}`,
    ];
    const base: Partial<Record<Who, number>> = {};
    for (const page of pagesOf(seeded)) {
      for (const who of page.who) {
        const r = await measure(get, page, cookies[who]);
        base[who] ??= r.p50;
        const name = r.count === undefined ? page.name : `${page.name} (${r.count.toLocaleString("en")})`;
        lines.push(
          `  ${name.padEnd(42)} ${label[who].padEnd(14)} ${r.p50.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)} ${(r.p50 / base[who]!).toFixed(1).padStart(6)}× ${String(r.requests).padStart(8)} ${r.kb.toFixed(1).padStart(6)}`,
        );
      }
    }
    lines.push(
      "Static assets (public/console/, served by Workers static assets, not in the Worker bundle)",
      ...assetSizes(),
    );
    return lines.join("\n");
  } finally {
    await bridge.stop();
    await server.stop();
  }
}

if (import.meta.main) console.log(await run());
