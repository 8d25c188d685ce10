import { spawn } from "node:child_process";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort, waitForHttp } from "../../dev/net.ts";
import { type RedisHandle, startRedis } from "../../dev/redis.ts";

const root = join(import.meta.dirname, "../..");
let redis: RedisHandle | undefined;
afterAll(() => redis?.stop());

const answers = (url: string) =>
  fetch(url, { signal: AbortSignal.timeout(2000) }).then(
    () => true,
    () => false,
  );

describe("npm start", () => {
  it("stops the Worker and the emulator when npm itself is sent SIGTERM", async () => {
    redis = await startRedis({});
    const [port, emulatorPort] = [await freePort(), await freePort()];
    const npm = spawn("npm", ["start"], {
      cwd: root,
      env: { ...process.env, PORT: String(port), EMULATOR_PORT: String(emulatorPort), REDIS_URL: redis.url },
      stdio: "ignore",
    });
    const worker = `http://127.0.0.1:${port}/healthz`;
    const emulator = `http://127.0.0.1:${emulatorPort}/`;
    try {
      await waitForHttp(worker, 90_000);
      expect(await answers(emulator)).toBe(true);
      npm.kill("SIGTERM");
      let up = true;
      for (let i = 0; i < 40 && up; i++) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        up = (await answers(worker)) || (await answers(emulator));
      }
      expect(up).toBe(false);
    } finally {
      npm.kill("SIGKILL");
    }
  }, 150_000);
});
