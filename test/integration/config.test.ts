import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.ts";
import { callsFor, injectFault } from "../support/emulator.ts";
import { messageUpdate, redis, uniqueId } from "../support/worker.ts";

const good = env as unknown as Record<string, string>;

describe("config", () => {
  it("accepts the test env", () => {
    expect(loadConfig(good).BROADCAST_RATE).toBe(25);
  });

  it("names every bad or missing variable in one error and never prints a secret", () => {
    const bad = {
      ...good,
      TELEGRAM_BOT_TOKEN: "not-a-token-SECRETVALUE",
      UPSTASH_REDIS_REST_URL: undefined,
      BROADCAST_RATE: "fast",
      STAFF: "12:boss",
    };
    let error: unknown;
    try {
      loadConfig(bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain("TELEGRAM_BOT_TOKEN is invalid");
    expect(message).toContain("UPSTASH_REDIS_REST_URL is missing");
    expect(message).toContain("BROADCAST_RATE");
    expect(message).toContain('STAFF entry "12:boss"');
    expect(message).not.toContain("SECRETVALUE");
  });

  it("answers 500 naming the problem when the Worker's env is broken", async () => {
    const { createApp } = await import("../../src/app.ts");
    const { createRuntime } = await import("../../src/runtime.ts");
    const app = createApp((e) => createRuntime(e));
    const res = await app.fetch(new Request("http://x/telegram/webhook", { method: "POST", body: "{}" }), {
      ...good,
      TELEGRAM_WEBHOOK_SECRET: "has spaces!",
    });
    expect(res.status).toBe(500);
    expect(JSON.stringify(await res.json())).toContain("TELEGRAM_WEBHOOK_SECRET is invalid");
  });
});

describe("bot identity", () => {
  it("still answers when BOT_INFO is unset and getMe fails, and does not cache the guess", async () => {
    const { createApp } = await import("../../src/app.ts");
    const { createRuntime } = await import("../../src/runtime.ts");
    const key = `jg:botinfo:${good.TELEGRAM_BOT_TOKEN!.split(":")[0]}`;
    await redis.del(key);
    await injectFault({ kind: "5xx", count: 1, method: "getMe" });
    const app = createApp((e) => createRuntime(e));
    const person = { id: uniqueId(), first_name: "Lan", language_code: "en" };
    const update = messageUpdate(person, "/start");
    const res = await app.fetch(
      new Request("http://x/telegram/webhook", {
        method: "POST",
        headers: {
          "X-Telegram-Bot-Api-Secret-Token": good.TELEGRAM_WEBHOOK_SECRET!,
          "content-type": "application/json",
        },
        body: JSON.stringify(update),
      }),
      { ...good, BOT_INFO: undefined },
    );
    expect(res.status).toBe(200);
    expect((await callsFor(person.id, "sendMessage")).length).toBe(1);
    expect(await redis.get(key)).toBeNull();
  });
});
