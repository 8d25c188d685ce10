// An in-memory stand-in for Cloudflare Queues with the consumer settings of wrangler.toml:
// batches of up to 10, a batch waits at most 1 s to fill, one invocation at a time, retried
// messages come back with one more attempt, and a crashed invocation's unacked messages are retried.
import { asEngine, type Scope } from "./harness.ts";

interface Item {
  id: string;
  body: unknown;
  attempts: number;
  visibleAt: number;
  queuedAt: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class MemoryQueue {
  private items: Item[] = [];
  private seq = 0;
  readonly batchSize = 10;
  readonly batchTimeoutMs = 1000;

  private push(body: unknown, delaySeconds = 0, attempts = 1): void {
    const now = Date.now();
    this.items.push({
      id: `m${++this.seq}`,
      body,
      attempts,
      visibleAt: now + delaySeconds * 1000,
      queuedAt: now,
    });
  }

  /** The producer binding the engine gets. */
  readonly binding = {
    send: async (body: unknown, opts?: { delaySeconds?: number }) => this.push(body, opts?.delaySeconds),
    sendBatch: async (list: Iterable<{ body: unknown; delaySeconds?: number }>) => {
      for (const m of list) this.push(m.body, m.delaySeconds);
    },
  } as unknown as Queue<unknown>;

  /** The next batch once it is full or its oldest message waited the batch timeout. */
  private take(): Item[] | null {
    const now = Date.now();
    const visible = this.items.filter((i) => i.visibleAt <= now);
    if (visible.length === 0) return null;
    const oldest = Math.min(...visible.map((i) => Math.max(i.visibleAt, i.queuedAt)));
    if (visible.length < this.batchSize && now - oldest < this.batchTimeoutMs) return null;
    const batch = visible.slice(0, this.batchSize);
    this.items = this.items.filter((i) => !batch.includes(i));
    return batch;
  }

  /**
   * Delivers batches to `consume`, one invocation at a time, until `finished()` says so. `onInvocation`
   * may return a promise that, when it resolves, kills that invocation (its requests never complete).
   */
  async run(
    consume: (batch: MessageBatch<unknown>) => Promise<void>,
    finished: () => Promise<boolean>,
    onInvocation: (scope: Scope) => Promise<void> | undefined = () => undefined,
  ): Promise<{ invocations: number; killed: number }> {
    let invocations = 0;
    let killed = 0;
    for (;;) {
      if (await finished()) return { invocations, killed };
      const items = this.take();
      if (!items) {
        await sleep(20);
        continue;
      }
      invocations++;
      const state = new Map(
        items.map((i) => [i.id, { acked: false, retry: undefined as number | undefined }]),
      );
      const messages = items.map((i) => ({
        id: i.id,
        timestamp: new Date(i.queuedAt),
        body: i.body,
        attempts: i.attempts,
        ack: () => {
          state.get(i.id)!.acked = true;
        },
        retry: (o?: { delaySeconds?: number }) => {
          state.get(i.id)!.retry = o?.delaySeconds ?? 0;
        },
      }));
      const batch = {
        queue: "jinguo-broadcast",
        messages,
        ackAll: () => {
          for (const m of messages) m.ack();
        },
        retryAll: (o?: { delaySeconds?: number }) => {
          for (const m of messages) m.retry(o);
        },
      } as unknown as MessageBatch<unknown>;
      const scope: Scope = { dead: false };
      const kill = onInvocation(scope);
      const outcome = await Promise.race([
        asEngine(scope, () => consume(batch)).then(
          () => "ok" as const,
          () => "threw" as const,
        ),
        ...(kill ? [kill.then(() => "killed" as const)] : []),
      ]);
      if (outcome === "killed") {
        scope.dead = true;
        killed++;
      }
      for (const item of items) {
        const s = state.get(item.id)!;
        const failed = outcome !== "ok" && !s.acked;
        if (s.retry !== undefined || failed) this.push(item.body, s.retry ?? 0, item.attempts + 1);
      }
    }
  }
}
