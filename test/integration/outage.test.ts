import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import { createRuntime } from "../../src/runtime.ts";
import { textsFor, userAction } from "../support/emulator.ts";
import { uniqueId } from "../support/worker.ts";

const bindings = env as unknown as Record<string, string>;

describe("Redis outage", () => {
  it("still answers /start, within the bounded retry time, when Upstash is unreachable", async () => {
    // Port 9 (discard) on loopback refuses connections: every Redis call fails fast and is retried twice.
    const broken = { ...bindings, UPSTASH_REDIS_REST_URL: "http://127.0.0.1:9" };
    const runtime = await createRuntime(broken as never);
    const app = createApp(async () => runtime);
    const person = { id: uniqueId(), first_name: "Lan", language_code: "en" };
    const { update } = await userAction("send", { from: person, text: "/start" });
    const started = Date.now();
    const res = await app.fetch(
      new Request("http://jinguo.test/telegram/webhook", {
        method: "POST",
        headers: { "X-Telegram-Bot-Api-Secret-Token": bindings.TELEGRAM_WEBHOOK_SECRET! },
        body: JSON.stringify(update),
      }),
      broken,
    );
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(6000);
    expect((await textsFor(person.id))[0]).toContain("Hello Lan");
  });
});
