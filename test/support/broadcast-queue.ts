// The Queue as the broadcast tests drive it: messages are captured, then handed to the consumer in
// batches by the test itself, so a test controls when and how each invocation runs.
import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { consumeBroadcastBatch } from "../../src/broadcast/index.ts";
import { broadcastKeys } from "../../src/broadcast/keys.ts";
import type { Tuning } from "../../src/broadcast/tuning.ts";
import type { Deps } from "../../src/deps.ts";
import { redis } from "./worker.ts";

/** A queue that keeps what is sent, so the test hands batches to the consumer itself. */
export function captureQueue() {
  const bodies: unknown[] = [];
  const queue = {
    send: async (body: unknown) => void bodies.push(body),
    sendBatch: async (items: { body: unknown }[]) => void bodies.push(...items.map((m) => m.body)),
  } as unknown as Queue<unknown>;
  return { bodies, queue };
}

/**
 * Delivers captured messages to the consumer in batches of up to 10, as the Queue does; messages the
 * consumer retries come back in a later batch with one more attempt; `overrides` tune the consumer
 * (a small budget makes many invocations). Returns the retried count.
 */
export async function drain(
  deps: Deps,
  bodies: unknown[],
  id: string,
  overrides: Partial<Tuning> = {},
): Promise<number> {
  let retried = 0;
  const attempts = new Map<unknown, number>();
  for (let round = 0; round < 200; round++) {
    const status = await redis.hget(broadcastKeys.record(id), "status");
    if (status === "done" || status === "cancelled") return retried;
    const taken = bodies.splice(0, 10);
    if (taken.length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      continue;
    }
    const messages = taken.map((body, i) => ({
      id: `m${round}-${i}`,
      timestamp: new Date(),
      attempts: attempts.get(body) ?? 1,
      body,
    }));
    const batch = createMessageBatch("jinguo-broadcast", messages);
    await consumeBroadcastBatch(batch, deps, overrides);
    const result = await getQueueResult(batch, createExecutionContext());
    for (const again of result.retryMessages) {
      const m = messages.find((x) => x.id === again.msgId)!;
      attempts.set(m.body, m.attempts + 1);
      bodies.push(m.body);
      retried++;
    }
  }
  throw new Error(`broadcast ${id} did not finish`);
}
