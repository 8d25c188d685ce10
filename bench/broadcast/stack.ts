// The services the broadcast bench talks to, in their own process so the bench's memory figures are
// the consumer's alone: redis-server, the Upstash REST bridge and the Bot API emulator.
// Prints one JSON line with their URLs; stops everything when its stdin closes.
import { startEmulator } from "../../dev/emulator/index.ts";
import { startRedis } from "../../dev/redis.ts";
import { startBridge } from "../../dev/upstash-bridge.ts";
import { TEST_BOT_INFO, TEST_BRIDGE_TOKEN, TEST_TOKEN } from "../../test/support/constants.ts";

const redis = await startRedis({});
const bridge = await startBridge({ redisUrl: redis.url, token: TEST_BRIDGE_TOKEN });
const emulator = await startEmulator({ token: TEST_TOKEN, botInfo: TEST_BOT_INFO, maxCalls: 100_000 });
console.log(JSON.stringify({ bridgeUrl: bridge.url, emulatorUrl: emulator.url }));

const stop = async () => {
  await emulator.close();
  await bridge.close();
  await redis.stop();
  process.exit(0);
};
process.stdin.on("end", stop);
process.stdin.on("close", stop);
process.stdin.resume();
process.on("SIGTERM", stop);
