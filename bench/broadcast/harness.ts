// Plumbing for the broadcast bench: the services in a child process, a fetch that counts Upstash
// requests and can "kill" one consumer invocation, and the engine's dependencies as the Worker builds them.
import { AsyncLocalStorage } from "node:async_hooks";
import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { Api } from "grammy";
import { loadLocalesFromDisk } from "../../dev/locales.ts";
import { loadConfig } from "../../src/config.ts";
import type { Deps } from "../../src/deps.ts";
import { catalog } from "../../src/features.ts";
import { createRedis } from "../../src/store/redis.ts";
import { telegramChannel } from "../../src/telegram/channel.ts";
import { TEST_BRIDGE_TOKEN, TEST_TOKEN } from "../../test/support/constants.ts";

/** Who is making a request: the engine (counted) or a consumer invocation that may be killed. */
export interface Scope {
  dead: boolean;
}
const scopes = new AsyncLocalStorage<Scope>();
export const counters = { requests: 0, commands: 0 };
let bridgeUrl = "";

const realFetch = globalThis.fetch;
globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
  const scope = scopes.getStore();
  // A killed invocation's calls never complete, like an isolate that is gone.
  if (scope?.dead) return new Promise<Response>(() => undefined);
  const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
  if (scope && bridgeUrl && url.startsWith(bridgeUrl)) {
    counters.requests++;
    const body = typeof init?.body === "string" ? (JSON.parse(init.body) as unknown[]) : [];
    counters.commands += url.endsWith("/pipeline") || url.endsWith("/multi-exec") ? body.length : 1;
  }
  return realFetch(input, nativeSignal(init));
}) as typeof fetch;

// Nor does it run timers. Without this a killed invocation's code lived on: grammY arms a 500 s timer per
// call that only the call's answer clears, and those held `npm run bench` open for minutes after the
// last figure. (The scope follows the invocation into timers and promise continuations.)
const realSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = ((fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) =>
  scopes.getStore()?.dead
    ? realSetTimeout(() => undefined, 0).unref()
    : realSetTimeout(fn, ms, ...args)) as typeof setTimeout;

/** grammY in Node hands fetch an AbortSignal polyfill; undici wants the native one. */
function nativeSignal(init: RequestInit | undefined): RequestInit | undefined {
  const signal = init?.signal as (EventTarget & { aborted?: boolean }) | null | undefined;
  if (!signal || signal instanceof AbortSignal) return init;
  const native = new AbortController();
  if (signal.aborted) native.abort();
  else signal.addEventListener("abort", () => native.abort());
  return { ...init, signal: native.signal };
}

/** Runs `fn` as engine work: its Upstash requests are counted, and `scope.dead = true` kills it. */
export function asEngine<T>(scope: Scope, fn: () => Promise<T>): Promise<T> {
  return scopes.run(scope, fn);
}

export interface Services {
  bridgeUrl: string;
  emulatorUrl: string;
  stop(): Promise<void>;
}

/** Starts redis-server, the bridge and the emulator in a child process. */
export async function startServices(): Promise<Services> {
  const child: ChildProcess = spawn(process.execPath, [new URL("./stack.ts", import.meta.url).pathname], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once("line", resolve);
    child.once("exit", (code) => reject(new Error(`bench services exited with ${code}`)));
  });
  const urls = JSON.parse(line) as { bridgeUrl: string; emulatorUrl: string };
  bridgeUrl = urls.bridgeUrl;
  return {
    ...urls,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.stdin!.end();
      }),
  };
}

/** The engine's dependencies, as the Worker's queue handler gets them. */
export function engineDeps(s: Services, queue: Queue<unknown>, env: Record<string, string> = {}): Deps {
  const config = loadConfig({
    TELEGRAM_BOT_TOKEN: TEST_TOKEN,
    TELEGRAM_WEBHOOK_SECRET: "bench",
    TELEGRAM_API_ROOT: s.emulatorUrl,
    UPSTASH_REDIS_REST_URL: s.bridgeUrl,
    UPSTASH_REDIS_REST_TOKEN: TEST_BRIDGE_TOKEN,
    ...env,
  });
  const redis = createRedis({ url: s.bridgeUrl, token: TEST_BRIDGE_TOKEN, timeoutMs: 10_000 });
  // The global fetch, as in workerd (grammY would take node-fetch in Node), so a kill stops sends too.
  const api = new Api(TEST_TOKEN, { apiRoot: s.emulatorUrl, fetch: globalThis.fetch });
  const channel = telegramChannel(api);
  return { redis, channel, config, i18n: loadLocalesFromDisk(), queue, now: Date.now(), catalog };
}

/** The emulator's control API. */
export async function emu(s: Services, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const res = await realFetch(`${s.emulatorUrl}/__emu/${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (await res.json()) as Record<string, unknown>;
}

interface Call {
  seq: number;
  at: number;
  method: string;
  params: { chat_id?: number | string };
  response: { ok: boolean; error_code?: number };
}

/** Sends recorded after `since`: accepted ones per chat, their first/last time, and 429s. */
export async function deliveries(s: Services, since: number, chats: ReadonlySet<number>) {
  const calls = [] as Call[];
  for (const method of ["sendMessage", "copyMessage"]) {
    calls.push(...((await emu(s, `calls?method=${method}&since=${since}`)).calls as Call[]));
  }
  const perChat = new Map<number, number>();
  let first = Number.POSITIVE_INFINITY;
  let last = 0;
  let limited = 0;
  for (const c of calls) {
    const chat = Number(c.params.chat_id);
    if (!chats.has(chat)) continue;
    if (c.response.error_code === 429) limited++;
    if (!c.response.ok) continue;
    perChat.set(chat, (perChat.get(chat) ?? 0) + 1);
    first = Math.min(first, c.at);
    last = Math.max(last, c.at);
  }
  const sent = [...perChat.values()].reduce((a, b) => a + b, 0);
  const duplicates = [...perChat.values()].reduce((a, n) => a + Math.max(0, n - 1), 0);
  const perSecond = sent > 1 ? ((sent - 1) * 1000) / (last - first) : 0;
  return { sent, reached: perChat.size, duplicates, limited, perSecond, first, last };
}

/** The emulator's latest call sequence number, so a scenario only looks at its own calls. */
export async function lastSeq(s: Services): Promise<number> {
  return Number((await emu(s, "calls?method=getMe")).last_seq ?? 0);
}
