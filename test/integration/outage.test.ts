import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import { createRuntime } from "../../src/runtime.ts";
import { chatLog, textsFor, userAction } from "../support/emulator.ts";
import { uniqueId } from "../support/worker.ts";

const bindings = env as unknown as Record<string, string>;

/** Sends `text` as a new user to a Worker whose Upstash URL refuses every connection. */
async function sayWithRedisDown(text: string, language_code = "en") {
  // Port 9 (discard) on loopback refuses connections: every Redis call fails fast and is retried twice.
  const broken = { ...bindings, UPSTASH_REDIS_REST_URL: "http://127.0.0.1:9" };
  const runtime = await createRuntime(broken as never);
  const app = createApp(async () => runtime);
  const person = { id: uniqueId(), first_name: "Lan", language_code };
  const { update } = await userAction("send", { from: person, text });
  const started = Date.now();
  const res = await app.fetch(
    new Request("http://jinguo.test/telegram/webhook", {
      method: "POST",
      headers: { "X-Telegram-Bot-Api-Secret-Token": bindings.TELEGRAM_WEBHOOK_SECRET! },
      body: JSON.stringify(update),
    }),
    broken,
  );
  return { res, person, ms: Date.now() - started };
}

describe("Redis outage", () => {
  it("still answers /start, within the bounded retry time, when Upstash is unreachable", async () => {
    const { res, person, ms } = await sayWithRedisDown("/start");
    expect(res.status).toBe(200);
    expect(ms).toBeLessThan(6000);
    expect((await textsFor(person.id))[0]).toContain("Hello Lan");
  });

  it("still answers questions from the bundled knowledge base, with their buttons", async () => {
    const { res, person } = await sayWithRedisDown("春蕾计划怎么申请", "zh-hans");
    expect(res.status).toBe(200);
    expect((await textsFor(person.id))[0]).toContain("春蕾计划");
    const buttons = (await chatLog(person.id)).at(-1)?.message.reply_markup?.inline_keyboard?.flat() ?? [];
    expect(buttons.map((b) => b.callback_data)).toContain("faq:up:spring-bud");
  });
});
