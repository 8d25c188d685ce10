import type { TestProject } from "vitest/node";
import { startEmulator } from "../dev/emulator/index.ts";
import { startRedis } from "../dev/redis.ts";
import { startBridge } from "../dev/upstash-bridge.ts";
import {
  TEST_BOT_INFO,
  TEST_BRIDGE_TOKEN,
  TEST_STAFF,
  TEST_TOKEN,
  TEST_WEBHOOK_SECRET,
} from "./support/constants.ts";

declare module "vitest" {
  export interface ProvidedContext {
    botToken: string;
    webhookSecret: string;
    emulatorUrl: string;
    bridgeUrl: string;
    bridgeToken: string;
    botInfo: string;
    staff: string;
    redisUrl: string;
  }
}

/**
 * The real local stack for integration tests: redis-server on a free port, the Upstash bridge in
 * front of it, and the Bot API emulator. The Worker under test reaches both over HTTP.
 */
export default async function setup(project: TestProject) {
  const redis = await startRedis({});
  const bridge = await startBridge({ redisUrl: redis.url, token: TEST_BRIDGE_TOKEN });
  const emulator = await startEmulator({ token: TEST_TOKEN, botInfo: TEST_BOT_INFO });
  project.provide("botToken", TEST_TOKEN);
  project.provide("webhookSecret", TEST_WEBHOOK_SECRET);
  project.provide("emulatorUrl", emulator.url);
  project.provide("bridgeUrl", bridge.url);
  project.provide("bridgeToken", TEST_BRIDGE_TOKEN);
  project.provide("botInfo", JSON.stringify(TEST_BOT_INFO));
  project.provide("staff", TEST_STAFF);
  project.provide("redisUrl", redis.url);
  return async () => {
    await emulator.close();
    await bridge.close();
    await redis.stop();
  };
}
