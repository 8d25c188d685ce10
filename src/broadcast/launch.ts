/** Moving a broadcast into preparing or sending, with a new epoch, and queueing its first step. */
import type { Deps } from "../deps.ts";
import { logError } from "../log.ts";
import { broadcastKeys } from "./keys.ts";
import { enqueue, type QueueMessage } from "./messages.ts";
import { moveStatus } from "./status.ts";
import type { BroadcastStatus } from "./types.ts";

/**
 * Starts a new epoch of broadcast `id` and queues its first message. Messages of older epochs still
 * in the queue are dropped when they arrive, so a resume or a recovery never runs twice side by side.
 * A Queue failure is logged, not thrown: the status already says what should run, and the watchdog
 * job queues it again once its heartbeat is stale.
 */
async function nextEpoch(deps: Deps, id: string, first: (epoch: number) => QueueMessage): Promise<void> {
  const pipe = deps.redis.pipeline();
  pipe.hincrby(broadcastKeys.record(id), "epoch", 1);
  pipe.hset(broadcastKeys.record(id), { heartbeat: deps.now });
  const [epoch] = await pipe.exec<[number, number]>();
  try {
    await enqueue(deps.queue, [first(epoch)]);
  } catch (error) {
    logError("bc_enqueue_failed", error, { bc: id });
  }
}

/**
 * Moves a broadcast from one of `from` into "preparing" and queues the step that builds its
 * recipient set from the audience. Returns false when it was not in `from` (nothing done).
 * If the queue cannot be reached, the broadcast stays "preparing" and the watchdog retries it.
 */
export async function beginPreparing(
  deps: Deps,
  id: string,
  from: readonly BroadcastStatus[],
): Promise<boolean> {
  const moved = await moveStatus(deps.redis, id, from, "preparing", { heartbeat: deps.now, prepared: 0 });
  if (!moved) return false;
  const pipe = deps.redis.pipeline();
  pipe.hsetnx(broadcastKeys.record(id), "started_at", deps.now);
  pipe.zrem(broadcastKeys.scheduled(), id);
  await pipe.exec();
  await nextEpoch(deps, id, (epoch) => ({ t: "prep", bc: id, epoch, cursor: "0", fresh: true }));
  return true;
}

/**
 * Moves a prepared broadcast from one of `from` into "sending" and queues the step that pages its
 * recipient set into the queue again. Recipients already handled are skipped by the consumer, so
 * this is how resume and recovery work.
 */
export async function beginSending(
  deps: Deps,
  id: string,
  from: readonly BroadcastStatus[],
): Promise<boolean> {
  const moved = await moveStatus(deps.redis, id, from, "sending", { heartbeat: deps.now });
  if (!moved) return false;
  await nextEpoch(deps, id, (epoch) => ({ t: "enum", bc: id, epoch, cursor: "0" }));
  return true;
}

/** Re-queues a broadcast stuck in its current phase (lost queue message, crashed step). */
export async function requeue(deps: Deps, id: string, status: "preparing" | "sending", prepared: boolean) {
  if (status === "sending" && prepared) return beginSending(deps, id, ["sending"]);
  return beginPreparing(deps, id, [status]);
}
