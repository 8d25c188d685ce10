import type { TestProject } from "vitest/node";
import { startEmulator } from "../dev/emulator/index.ts";
import { startRedis } from "../dev/redis.ts";
import { startBridge } from "../dev/upstash-bridge.ts";
import { startWechatEmulator } from "../dev/wechat-emulator/index.ts";
import {
  TEST_BOT_INFO,
  TEST_BRIDGE_TOKEN,
  TEST_STAFF,
  TEST_TOKEN,
  TEST_WEBHOOK_SECRET,
  TEST_WECHAT,
  TEST_WECHAT_TEMPLATE_CONFIG,
  TEST_WECHAT_TEMPLATES,
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
    wechatUrl: string;
    wechatToken: string;
    wechatAppId: string;
    wechatAppSecret: string;
    wechatAesKey: string;
    wechatTemplates: string;
  }
}

/**
 * The real local stack for integration tests: redis-server on a free port, the Upstash bridge in
 * front of it, the Bot API emulator and the WeChat emulator. The Worker under test reaches them over
 * HTTP; WeChat's pushes are built by the emulator and posted by the tests (test/support/wechat.ts).
 */
export default async function setup(project: TestProject) {
  const redis = await startRedis({});
  const bridge = await startBridge({ redisUrl: redis.url, token: TEST_BRIDGE_TOKEN });
  const emulator = await startEmulator({ token: TEST_TOKEN, botInfo: TEST_BOT_INFO });
  const wechat = await startWechatEmulator({
    appId: TEST_WECHAT.appId,
    appSecret: TEST_WECHAT.appSecret,
    token: TEST_WECHAT.token,
    encodingAesKey: TEST_WECHAT.encodingAesKey,
    account: TEST_WECHAT.account,
    mode: "plain",
    templates: TEST_WECHAT_TEMPLATES,
  });
  project.provide("botToken", TEST_TOKEN);
  project.provide("webhookSecret", TEST_WEBHOOK_SECRET);
  project.provide("emulatorUrl", emulator.url);
  project.provide("bridgeUrl", bridge.url);
  project.provide("bridgeToken", TEST_BRIDGE_TOKEN);
  project.provide("botInfo", JSON.stringify(TEST_BOT_INFO));
  project.provide("staff", TEST_STAFF);
  project.provide("redisUrl", redis.url);
  project.provide("wechatUrl", wechat.url);
  project.provide("wechatToken", TEST_WECHAT.token);
  project.provide("wechatAppId", TEST_WECHAT.appId);
  project.provide("wechatAppSecret", TEST_WECHAT.appSecret);
  project.provide("wechatAesKey", TEST_WECHAT.encodingAesKey);
  project.provide("wechatTemplates", TEST_WECHAT_TEMPLATE_CONFIG);
  return async () => {
    await wechat.close();
    await emulator.close();
    await bridge.close();
    await redis.stop();
  };
}
