// The whole bot on one machine, no internet needed:
// redis-server → Upstash REST bridge → Bot API emulator (+ simulator page) and WeChat emulator ↔ wrangler dev (Worker, Queue, Cron).
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { Api } from "grammy";
import { parseStaff } from "../src/staff/roles.ts";
import { setupTelegram } from "./commands.ts";
import { DEV_WECHAT, type DevEnv, readDevEnv, staffNotice, workerStaff } from "./dev-env.ts";
import { type Emulator, type PageHandler, startEmulator } from "./emulator/index.ts";
import { freePort } from "./net.ts";
import { startRedis } from "./redis.ts";
import { createHost, type LiveHost } from "./simulator/server/host.ts";
import { PersonaStore } from "./simulator/server/personas.ts";
import { simulatorPages } from "./simulator/server/routes.ts";
import { startBridge } from "./upstash-bridge.ts";
import { startWechatEmulator, type WechatEmulator } from "./wechat-emulator/index.ts";
import { setupWechatMenu } from "./wechat-menu.ts";
import { startWorkerProcess, type WorkerProcess } from "./worker-process.ts";

/** How to run the stack; `npm start` passes process.env, tests pass free ports and a temp dataDir. */
export interface StackOptions {
  /** Read like the process environment (PORT, EMULATOR_PORT, STAFF, REDIS_URL, …; see dev-env.ts). */
  env: Record<string, string | undefined>;
  /** Redis data, wrangler state and personas; default dev/.data. */
  dataDir?: string;
  /** wrangler's output: printed ("inherit", the default) or handed to a function. */
  workerOutput?: "inherit" | ((chunk: string) => void);
  /** Called when wrangler exits by itself (`npm start` then shuts everything down). */
  onWorkerExit?: (code: number | null) => void;
}

/** A running stack. `emulator` and `simulatorUrl` are set unless TELEGRAM_API_ROOT points elsewhere. */
export interface Stack {
  workerUrl: string;
  /** The console's home page (CONSOLE_URL + /console), as `npm start` prints it. */
  consoleUrl: string;
  apiRoot: string;
  emulator?: Emulator;
  /** The WeChat emulator, wired to /wechat/webhook, unless a real account was given (WECHAT_API_ROOT). */
  wechat?: { emulator: WechatEmulator; url: string; token: string };
  simulatorUrl?: string;
  /** `owned`: the launcher runs this redis-server; `upstash`: a real Upstash database. */
  storage: { url: string; token: string; owned: boolean; upstash: boolean };
  secret: string;
  /** The STAFF the Worker currently runs with. */
  staff(): string;
  stop(): Promise<void>;
}

const root = join(import.meta.dirname, "..");

/** Starts storage, the emulator with the simulator page, and `wrangler dev`; stops what started on failure. */
export async function startStack(opts: StackOptions): Promise<Stack> {
  const dataDir = opts.dataDir ?? join(root, "dev/.data");
  const env = readDevEnv(opts.env);
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const fn of stops.reverse()) await fn().catch(() => undefined);
    stops.length = 0;
  };
  try {
    const storage = await startStorage(env, dataDir, stops);
    const webhookUrl = `http://127.0.0.1:${env.port}/telegram/webhook`;
    // The console's public address: CONSOLE_URL if given, else the local Worker (browsers treat
    // 127.0.0.1 as secure, so the console's Secure cookie works over http here).
    const consoleBase = (env.passthrough.CONSOLE_URL ?? `http://127.0.0.1:${env.port}`).replace(/\/+$/, "");
    let host: LiveHost | undefined;
    let pages: PageHandler | undefined;
    let emulator: Emulator | undefined;
    let worker: WorkerProcess | undefined;
    // Each staff member's own command menu lists the staff commands (set again when STAFF changes).
    const staffIds = () => parseStaff(workerStaff(env, host?.staff())).members.map((m) => m.id);
    if (!env.apiRoot) {
      const personas = new PersonaStore(join(dataDir, "personas.json"));
      const emu = await startEmulator({
        token: env.token,
        botInfo: env.botInfo,
        port: env.emulatorPort ?? (await freePort()),
        pages: (req, res, url) => (pages ? pages(req, res, url) : Promise.resolve(false)),
      });
      stops.push(() => emu.close());
      emulator = emu;
      const setup = () =>
        setupTelegram(new Api(env.token, { apiRoot: emu.url }), webhookUrl, env.secret, staffIds());
      host = createHost({
        personas,
        emulator: emu,
        bot: { username: env.botInfo.username, first_name: env.botInfo.first_name },
        consoleApp: `${consoleBase}/console/app`,
        baseStaff: env.staff ?? "",
        storage,
        restartWorker: async (staff) => {
          if (worker) await worker.restart(workerVars({ STAFF: staff }));
          await setup();
        },
        afterEmulatorReset: setup,
      });
      pages = simulatorPages(host);
    }
    const apiRoot = env.apiRoot ?? emulator?.url ?? "";
    // The WeChat emulator plays the local account and pushes to the Worker's /wechat/webhook.
    let wechat: WechatEmulator | undefined;
    if (!env.wechat) {
      const wx = await startWechatEmulator({
        appId: DEV_WECHAT.appId,
        appSecret: DEV_WECHAT.appSecret,
        token: DEV_WECHAT.token,
        encodingAesKey: DEV_WECHAT.encodingAesKey,
        account: DEV_WECHAT.account,
        mode: "safe",
        templates: DEV_WECHAT.templates,
        port: env.wechatEmulatorPort ?? (await freePort()),
        webhookUrl: `http://127.0.0.1:${env.port}/wechat/webhook`,
      });
      stops.push(() => wx.close());
      wechat = wx;
    }
    const wechatVars: Record<string, string> = env.wechat ?? {
      WECHAT_TOKEN: DEV_WECHAT.token,
      WECHAT_APPID: DEV_WECHAT.appId,
      WECHAT_APPSECRET: DEV_WECHAT.appSecret,
      WECHAT_AES_KEY: DEV_WECHAT.encodingAesKey,
      WECHAT_API_ROOT: wechat?.url ?? "",
      WECHAT_TEMPLATES: DEV_WECHAT.templateConfig,
    };
    const botInfo = JSON.stringify(await env.resolveBotInfo(apiRoot));
    const workerVars = (over: Record<string, string> = {}): Record<string, string> => ({
      TELEGRAM_BOT_TOKEN: env.token,
      TELEGRAM_WEBHOOK_SECRET: env.secret,
      TELEGRAM_API_ROOT: apiRoot,
      BOT_INFO: botInfo,
      UPSTASH_REDIS_REST_URL: storage.url,
      UPSTASH_REDIS_REST_TOKEN: storage.token,
      ...wechatVars,
      ...env.passthrough,
      CONSOLE_URL: consoleBase,
      STAFF: workerStaff(env, host?.staff()),
      ...over,
    });
    const notice = staffNotice(env);
    if (notice) console.warn(notice);
    const running = await startWorkerProcess(
      {
        port: env.port,
        persistDir: join(dataDir, "wrangler"),
        output: opts.workerOutput ?? "inherit",
        onUnexpectedExit: opts.onWorkerExit ?? (() => undefined),
      },
      workerVars(),
    );
    worker = running;
    stops.push(() => running.stop());
    if (emulator) await setupTelegram(new Api(env.token, { apiRoot }), webhookUrl, env.secret, staffIds());
    if (wechat) {
      // The account menu, as `npm run wechat:setup` makes it on WeChat.
      const wx = wechat;
      const setupMenu = async () => {
        await setupWechatMenu({ appId: DEV_WECHAT.appId, appSecret: DEV_WECHAT.appSecret, apiRoot: wx.url });
      };
      await setupMenu();
      host?.attachWechat({ emulator: wx, setupMenu });
    }
    host?.markReady();
    // wrangler dev does not fire Cron Triggers by itself: tick them once a minute.
    const cron = setInterval(
      () => void fetch(`${running.url}/__scheduled?cron=*+*+*+*+*`).catch(() => undefined),
      60_000,
    );
    stops.push(async () => clearInterval(cron));
    return {
      workerUrl: running.url,
      consoleUrl: `${consoleBase}/console`,
      apiRoot,
      emulator,
      ...(wechat ? { wechat: { emulator: wechat, url: wechat.url, token: DEV_WECHAT.token } } : {}),
      simulatorUrl: emulator ? `${emulator.url}/` : undefined,
      storage,
      secret: env.secret,
      staff: () => workerStaff(env, host?.staff()),
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

async function startStorage(
  env: DevEnv,
  dataDir: string,
  stops: (() => Promise<void>)[],
): Promise<Stack["storage"]> {
  if (env.upstash) return { ...env.upstash, owned: false, upstash: true };
  let redisUrl = env.redisUrl;
  if (!redisUrl) {
    const dir = join(dataDir, "redis");
    mkdirSync(dir, { recursive: true });
    const redis = await startRedis({ dir, persist: true });
    stops.push(() => redis.stop());
    redisUrl = redis.url;
  }
  const token = "jinguo-dev-bridge-token";
  const bridge = await startBridge({ redisUrl, token });
  stops.push(() => bridge.close());
  return { url: bridge.url, token, owned: !env.redisUrl, upstash: false };
}
