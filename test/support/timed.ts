import { env } from "cloudflare:workers";
import { createApp } from "../../src/app.ts";
import { createRuntime, type Runtime } from "../../src/runtime.ts";
import { driver } from "./worker.ts";

const bindings = env as unknown as Record<string, string>;

/**
 * A fresh Worker instance (its own runtime, bot and caches, as after a restart) whose clock is
 * `now`, with `say` and `press` that post to it. State is shared with every other instance
 * through Redis, as in production.
 */
export async function workerAt(
  now?: () => number,
): Promise<{ runtime: Runtime } & ReturnType<typeof driver>> {
  const runtime = await createRuntime(env as never, now ? { now } : {});
  const app = createApp(async () => runtime);
  const post = async (update: unknown) =>
    await app.fetch(
      new Request("http://jinguo.test/telegram/webhook", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "X-Telegram-Bot-Api-Secret-Token": bindings.TELEGRAM_WEBHOOK_SECRET!,
        },
        body: JSON.stringify(update),
      }),
      env,
    );
  return { runtime, ...driver(post) };
}

export const HOUR = 3600_000;
export const DAY = 24 * HOUR;
