import { logError } from "../log.ts";
import { enumerateStep } from "./enumerate.ts";
import { createInvocation } from "./invocation.ts";
import { enqueue, type QueueMessage, queueMessage } from "./messages.ts";
import { sendPage } from "./page.ts";
import { type Tuning, tuning } from "./tuning.ts";
import type { BroadcastDeps } from "./types.ts";

/** A redelivery waits longer each time, up to a minute. */
const retryDelay = (attempts: number) => Math.min(60, 2 ** Math.max(0, attempts));

/**
 * The Worker's queue handler for broadcasts. Messages run one after another (the queue's max
 * concurrency is 1, so the rate is global). Each message is acked when done; one that throws is
 * retried (redelivered later, its done recipients skipped). When the invocation's subrequest or time
 * budget runs low, the messages not yet started go back to the queue as new messages.
 */
export async function consumeBroadcastBatch(
  batch: MessageBatch<unknown>,
  deps: BroadcastDeps,
  overrides: Partial<Tuning> = {},
): Promise<void> {
  const inv = createInvocation(deps, tuning(overrides));
  const messages = [...batch.messages];
  for (const [i, msg] of messages.entries()) {
    if (inv.exhausted(50)) {
      await handBack(deps, messages.slice(i));
      return;
    }
    const parsed = queueMessage.safeParse(msg.body);
    if (!parsed.success) {
      logError("bc_message_invalid", new Error(parsed.error.issues[0]?.message ?? "invalid"), {
        queue: batch.queue,
      });
      msg.ack();
      continue;
    }
    try {
      if (parsed.data.t === "page") await sendPage(inv, parsed.data);
      else await enumerateStep(inv, parsed.data);
      msg.ack();
    } catch (error) {
      logError("bc_message_failed", error, { bc: parsed.data.bc, attempts: msg.attempts });
      msg.retry({ delaySeconds: retryDelay(msg.attempts) });
    }
  }
}

/** Re-sends unstarted messages as new ones (a retry would count against max_retries). */
async function handBack(deps: BroadcastDeps, rest: readonly Message<unknown>[]): Promise<void> {
  const bodies: QueueMessage[] = [];
  for (const m of rest) {
    const parsed = queueMessage.safeParse(m.body);
    if (parsed.success) bodies.push(parsed.data);
  }
  try {
    await enqueue(deps.queue, bodies);
    for (const m of rest) m.ack();
  } catch (error) {
    logError("bc_hand_back_failed", error);
    for (const m of rest) m.retry();
  }
}
