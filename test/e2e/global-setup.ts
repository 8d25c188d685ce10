import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { freePort } from "../../dev/net.ts";
import { startStack } from "../../dev/stack.ts";
import { launchChromiumServer } from "./support/browser.ts";

declare module "vitest" {
  export interface ProvidedContext {
    simulatorUrl: string;
    e2eWorkerUrl: string;
    e2eEmulatorUrl: string;
    e2eBotToken: string;
    chromiumWs: string;
  }
}

const ARTIFACTS = join(import.meta.dirname, "..", "artifacts", "e2e");
const TOKEN = "7000000001:AAe2e-token-for-the-local-emulator";

/**
 * The whole local stack, as `npm start` runs it (redis-server, Upstash bridge, Bot API emulator
 * with the simulator page, `wrangler dev`), on free ports with its data in a fresh temp folder,
 * so the starter personas are there and nothing of a developer's own `npm start` is touched.
 */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), "jinguo-e2e-"));
  mkdirSync(ARTIFACTS, { recursive: true });
  // wrangler's output is kept for reading after a failure, not printed over the test report.
  const log: string[] = [];
  // Chromium starts while the stack does (both are needed before the first file); a failed launch
  // is reported below, not as an unhandled rejection meanwhile.
  const chromium = launchChromiumServer();
  chromium.catch(() => undefined);
  const stack = await startStack({
    env: {
      PORT: String(await freePort()),
      EMULATOR_PORT: String(await freePort()),
      TELEGRAM_BOT_TOKEN: TOKEN,
    },
    dataDir,
    workerOutput: (chunk) => log.push(chunk),
    onWorkerExit: (code) => log.push(`\n[e2e] wrangler dev exited unexpectedly (${code})\n`),
  }).catch(async (err: unknown) => {
    writeFileSync(join(ARTIFACTS, "wrangler.log"), log.join(""));
    await chromium.then((server) => server.close()).catch(() => undefined);
    throw err;
  });
  const browser = await chromium.catch(async (err: unknown) => {
    await stack.stop();
    throw err;
  });
  if (!stack.simulatorUrl || !stack.emulator) {
    await Promise.all([stack.stop(), browser.close()]);
    throw new Error("the stack started without the simulator");
  }
  project.provide("simulatorUrl", stack.simulatorUrl);
  project.provide("e2eWorkerUrl", stack.workerUrl);
  project.provide("e2eEmulatorUrl", stack.emulator.url);
  project.provide("e2eBotToken", TOKEN);
  project.provide("chromiumWs", browser.wsEndpoint());
  return async () => {
    await browser.close().catch(() => undefined);
    await stack.stop();
    writeFileSync(join(ARTIFACTS, "wrangler.log"), log.join(""));
    rmSync(dataDir, { recursive: true, force: true });
  };
}
