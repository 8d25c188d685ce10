// What a newcomer's first `npm start` prints: no errors that are not errors, and STAFF as given outside the emulator.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../dev/emulator/index.ts";
import { freePort } from "../../dev/net.ts";
import { type RedisHandle, startRedis } from "../../dev/redis.ts";
import config from "../../vitest.config.ts";

const root = join(import.meta.dirname, "../..");
const TOKEN = "7000000002:AAoutside-bot-api-token";
const SECRET = "first-screen-secret";

/** Output lines a newcomer would take for a failure: stack traces, DNS errors, unresolved packages. */
const NOISE = [/ENOTFOUND/, /^\s+at /m, /Failed to resolve/, /Unable to fetch/, /\bError:/];

/** Runs `npm start` until it says it is running; returns everything it printed by then. */
async function startAndRead(env: Record<string, string>): Promise<{ npm: ChildProcess; output: string }> {
  const npm = spawn("npm", ["start"], { cwd: root, env: { ...process.env, ...env }, stdio: "pipe" });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Press Ctrl-C to stop.")) resolve();
    };
    npm.stdout?.on("data", read);
    npm.stderr?.on("data", read);
    npm.once("exit", (code) => reject(new Error(`npm start exited (${code}):\n${output}`)));
  });
  return { npm, output };
}

const staffOnly = /^staff-only = (.+)$/m.exec(readFileSync(join(root, "locales/zh-CN.ftl"), "utf8"))?.[1];

let redis: RedisHandle | undefined;
let emulator: Emulator | undefined;
afterAll(async () => {
  await emulator?.close();
  await redis?.stop();
});

describe("npm start against a Bot API other than the local emulator", () => {
  it("runs with exactly the STAFF given (none: said once), not the simulator's starter staff", async () => {
    redis = await startRedis({});
    emulator = await startEmulator({
      token: TOKEN,
      botInfo: { id: 7000000002, first_name: "Outside", username: "outside_bot" },
    });
    const port = await freePort();
    const { npm, output } = await startAndRead({
      PORT: String(port),
      REDIS_URL: redis.url,
      TELEGRAM_API_ROOT: emulator.url,
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      STAFF: "",
    });
    try {
      expect(output.match(/STAFF is empty/g)).toHaveLength(1);
      for (const noise of NOISE) expect(output).not.toMatch(noise);
      emulator.setWebhook(`http://127.0.0.1:${port}/telegram/webhook`, SECRET);
      // The simulator's starter admin, who on a real Bot API would be a stranger.
      await emulator.send({ from: { id: 900000001, first_name: "Chen" }, text: "/broadcast" });
      const said = emulator
        .messages(900000001)
        .filter((m) => m.outgoing)
        .map((m) => m.message.text);
      expect(staffOnly).toBeDefined();
      expect(said).toEqual([staffOnly]);
    } finally {
      npm.kill("SIGTERM");
      await new Promise((resolve) => npm.once("exit", resolve));
    }
  }, 150_000);
});

describe("npm test's first lines", () => {
  it("pre-bundle only packages that are installed (a missing one prints « Failed to resolve dependency »)", () => {
    const include = (config.test?.projects ?? []).flatMap((project) => {
      const deps = typeof project === "object" && "test" in project ? project.test?.deps : undefined;
      return deps?.optimizer?.ssr?.include ?? [];
    });
    expect(include.length).toBeGreaterThan(0);
    const require = createRequire(join(root, "package.json"));
    for (const name of include) expect(() => require.resolve(name), name).not.toThrow();
  });
});

describe("npm install on a machine whose own Node is older", () => {
  const postinstall = (agent: string) =>
    spawnSync(process.execPath, [join(root, "dev/postinstall.mjs")], {
      env: { ...process.env, npm_config_user_agent: agent },
      encoding: "utf8",
    }).stdout;

  it("explains the EBADENGINE warnings npm printed on Node 20, and says nothing on Node 24", () => {
    expect(postinstall("npm/11.19.1 node/v20.20.2 linux x64 workspaces/false")).toMatch(
      /EBADENGINE.*Node 20\.20.*Node 24/s,
    );
    expect(postinstall("npm/11.19.1 node/v24.9.0 linux x64 workspaces/false")).toBe("");
  });
});
