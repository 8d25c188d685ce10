// `npm start`: the whole bot on one machine, no internet needed.
// redis-server → Upstash REST bridge → wrangler dev (Worker, Queue, Cron) ↔ Bot API emulator.
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { Api } from "grammy";
import { setupTelegram } from "./commands.ts";
import { type DevEnv, readDevEnv } from "./dev-env.ts";
import { startEmulator } from "./emulator/index.ts";
import { freePort, waitForHttp } from "./net.ts";
import { startRedis } from "./redis.ts";
import { startBridge } from "./upstash-bridge.ts";

const root = join(import.meta.dirname, "..");
const stops: (() => Promise<void>)[] = [];
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  }
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown(0));

async function startStorage(env: DevEnv): Promise<{ url: string; token: string }> {
  if (env.upstash) return env.upstash;
  let redisUrl = env.redisUrl;
  if (!redisUrl) {
    const dir = join(root, "dev/.data/redis");
    mkdirSync(dir, { recursive: true });
    const redis = await startRedis({ dir, persist: true });
    stops.push(() => redis.stop());
    redisUrl = redis.url;
  }
  const token = "jinguo-dev-bridge-token";
  const bridge = await startBridge({ redisUrl, token });
  stops.push(() => bridge.close());
  return { url: bridge.url, token };
}

function startWorker(env: DevEnv, vars: Record<string, string>): void {
  const args = ["dev", "--port", String(env.port), "--ip", "127.0.0.1", "--local", "--test-scheduled"];
  args.push("--persist-to", join(root, "dev/.data/wrangler"), "--show-interactive-dev-session=false");
  for (const [name, value] of Object.entries(vars)) args.push("--var", `${name}:${value}`);
  // Its own process group, so stopping kills workerd too and leaves no orphans.
  const child = spawn(join(root, "node_modules/.bin/wrangler"), args, {
    cwd: root,
    detached: true,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
  });
  const kill = (sig: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, sig);
    } catch {}
  };
  process.on("exit", () => kill("SIGKILL"));
  child.on("exit", (code) => {
    if (!stopping) {
      console.error(`wrangler dev exited (${code}); stopping.`);
      void shutdown(1);
    }
  });
  stops.push(async () => {
    kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 500));
    kill("SIGKILL");
  });
}

const env = readDevEnv(process.env);
const storage = await startStorage(env);
let apiRoot = env.apiRoot;
let emulatorUrl: string | undefined;
if (!apiRoot) {
  const emulator = await startEmulator({
    token: env.token,
    botInfo: env.botInfo,
    port: env.emulatorPort ?? (await freePort()),
  });
  stops.push(() => emulator.close());
  apiRoot = emulatorUrl = emulator.url;
}
const vars: Record<string, string> = {
  TELEGRAM_BOT_TOKEN: env.token,
  TELEGRAM_WEBHOOK_SECRET: env.secret,
  TELEGRAM_API_ROOT: apiRoot,
  BOT_INFO: JSON.stringify(await env.resolveBotInfo(apiRoot)),
  UPSTASH_REDIS_REST_URL: storage.url,
  UPSTASH_REDIS_REST_TOKEN: storage.token,
  ...env.passthrough,
};
startWorker(env, vars);
const base = `http://127.0.0.1:${env.port}`;
await waitForHttp(`${base}/healthz`, 90_000);
if (emulatorUrl) {
  await setupTelegram(new Api(env.token, { apiRoot: emulatorUrl }), `${base}/telegram/webhook`, env.secret);
}
// wrangler dev does not fire Cron Triggers by itself: tick them once a minute.
const cron = setInterval(
  () => void fetch(`${base}/__scheduled?cron=*+*+*+*+*`).catch(() => undefined),
  60_000,
);
stops.push(async () => clearInterval(cron));

console.log(`
Jinguo is running.
  Worker      ${base}   (webhook: POST ${base}/telegram/webhook, secret "${env.secret}")
  Bot API     ${apiRoot}${emulatorUrl ? "   (local emulator)" : ""}
  Storage     ${storage.url}   (Upstash REST${env.upstash ? "" : " bridge → redis-server"})
${emulatorUrl ? `  Simulator   ${emulatorUrl}/\n` : ""}Press Ctrl-C to stop.`);
