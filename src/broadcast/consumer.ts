/** The broadcast queue's consumer: one sending invocation at a time (a lease in Redis), within its budget. */
import type { Deps } from "../deps.ts";
import { logError } from "../log.ts";
import { CHANNELS, type ChannelName } from "../people/id.ts";
import { enumerateStep } from "./enumerate.ts";
import { createInvocation } from "./invocation.ts";
import { broadcastKeys } from "./keys.ts";
import { enqueue, type QueueMessage, queueMessage } from "./messages.ts";
import { sendPage } from "./page.ts";
import { prepareStep } from "./prepare.ts";
import { paceField } from "./settings.ts";
import { type Tuning, tuning } from "./tuning.ts";

/** A redelivery waits longer each time, up to a minute. */
const retryDelay = (attempts: number) => Math.min(60, 2 ** Math.max(0, attempts));

// Compare-and-delete: only the invocation that holds the lease gives it up.
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

/**
 * The Worker's queue handler for broadcasts. Messages run one after another, and a lease in Redis
 * makes sure only one invocation sends at a time even if the platform overlaps two (a deploy, local
 * dev): the rate is global. Each message is acked when done; one that throws is retried (its done
 * recipients are skipped when it comes back). When the invocation's subrequest or time budget runs
 * low, the messages not yet started go back to the queue as new messages.
 */
export async function consumeBroadcastBatch(
  batch: MessageBatch<unknown>,
  deps: Deps,
  overrides: Partial<Tuning> = {},
): Promise<void> {
  const budget = Math.floor(deps.config.BROADCAST_SUBREQUEST_LIMIT * 0.9);
  const t = tuning({ maxSubrequests: budget, ...overrides });
  const messages = [...batch.messages];
  const token = crypto.randomUUID();
  const leaseMs = t.maxInvocationMs + t.leaseSlackMs;
  // The lease, a liveness mark the watchdog reads before it calls a quiet broadcast stalled, and
  // the sends of the previous invocation that still count against the rate.
  const head = deps.redis.pipeline();
  head.set(broadcastKeys.lease(), token, { nx: true, px: leaseMs });
  head.hset(broadcastKeys.consumer(), { alive: t.clock() });
  head.hmget(broadcastKeys.consumer(), ...CHANNELS.map((c) => paceField("window", c)));
  const [leased, carried] = await head
    .exec<[string | null, number, Record<string, unknown> | null]>()
    .then(([won, , windows]) => [won, windows] as const)
    .catch((error) => {
      logError("bc_lease_failed", error);
      return [undefined, undefined] as const;
    });
  const windows: Partial<Record<ChannelName, string>> = {};
  for (const channel of CHANNELS) {
    const value = carried?.[paceField("window", channel)];
    if (typeof value === "string") windows[channel] = value;
  }
  const inv = createInvocation(deps, t, windows);
  inv.spend(1);
  if (leased === undefined) {
    // Redis unreachable: try the whole batch again later (the watchdog covers what the queue drops).
    batch.retryAll({ delaySeconds: 30 });
    return;
  }
  if (leased === null) {
    await handBack(deps, messages, t.leaseRetrySeconds);
    return;
  }
  try {
    for (const [i, msg] of messages.entries()) {
      if (inv.exhausted(50)) {
        await handBack(deps, messages.slice(i), 0);
        return;
      }
      const parsed = queueMessage.safeParse(msg.body);
      if (!parsed.success) {
        logError("bc_message_invalid", new Error(parsed.error.issues[0]?.message ?? "invalid"));
        msg.ack();
        continue;
      }
      try {
        const body = parsed.data;
        if (body.t === "page") await sendPage(inv, body);
        else if (body.t === "enum") await enumerateStep(inv, body);
        else await prepareStep(inv, body);
        msg.ack();
      } catch (error) {
        logError("bc_message_failed", error, { bc: parsed.data.bc, attempts: msg.attempts });
        msg.retry({ delaySeconds: retryDelay(msg.attempts) });
      }
    }
  } finally {
    const tail = deps.redis.pipeline();
    const carry = inv.carry();
    tail.hset(
      broadcastKeys.consumer(),
      Object.fromEntries(CHANNELS.map((c) => [paceField("window", c), carry[c]])),
    );
    tail.eval(RELEASE, [broadcastKeys.lease()], [token]);
    await tail.exec().catch(() => undefined);
  }
}

/** Re-sends unstarted messages as new ones (a retry would count against max_retries). */
async function handBack(deps: Deps, rest: readonly Message<unknown>[], delay: number) {
  const bodies: QueueMessage[] = [];
  for (const m of rest) {
    const parsed = queueMessage.safeParse(m.body);
    if (parsed.success) bodies.push(parsed.data);
  }
  try {
    await enqueue(deps.queue, bodies, delay);
    for (const m of rest) m.ack();
  } catch (error) {
    logError("bc_hand_back_failed", error);
    for (const m of rest) m.retry({ delaySeconds: Math.max(1, delay) });
  }
}
