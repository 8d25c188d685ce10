/** The broadcasts' cron job: start due scheduled broadcasts, requeue stalled ones, forget old index entries. */
import type { Deps } from "../deps.ts";
import type { ScheduledJob } from "../jobs.ts";
import { logError } from "../log.ts";
import { broadcastKeys, broadcastTtl } from "./keys.ts";
import { beginPreparing, requeue } from "./launch.ts";

/** The watchdog's thresholds: a phase this quiet while the consumer idles has lost its message. */
export interface WatchdogOptions {
  staleMs: number;
  idleMs: number;
  /** Broadcasts started per tick, so one tick stays short. */
  maxStarts: number;
}

export const defaultWatchdog: WatchdogOptions = { staleMs: 10 * 60_000, idleMs: 2 * 60_000, maxStarts: 20 };

/** Starts scheduled broadcasts that are due; the status change is atomic, so a double tick starts each once. */
export async function startDue(deps: Deps, max: number): Promise<string[]> {
  const due = await deps.redis.zrange<string[]>(broadcastKeys.scheduled(), "-inf", deps.now, {
    byScore: true,
    offset: 0,
    count: max,
  });
  const started: string[] = [];
  for (const id of due.map(String)) {
    try {
      if (await beginPreparing(deps, id, ["scheduled"])) started.push(id);
      // Paused, cancelled or awaiting approval: its due time no longer applies.
      else await deps.redis.zrem(broadcastKeys.scheduled(), id);
    } catch (error) {
      logError("bc_scheduled_start_failed", error, { bc: id });
    }
  }
  return started;
}

/**
 * Queues again every broadcast whose phase went quiet while the consumer idled: its queue message
 * was lost (a Queue error, a message dropped after its retries, a crash between two steps).
 * Recipients already handled are skipped, so this never sends anyone a second copy. A broadcast
 * whose WeChat part waits for WeChat's daily limit is quiet by design and left alone until then.
 */
export async function recoverStale(deps: Deps, o: WatchdogOptions): Promise<string[]> {
  const ids = (await deps.redis.zrange<string[]>(broadcastKeys.index(), 0, 199, { rev: true })).map(String);
  if (ids.length === 0) return [];
  const pipe = deps.redis.pipeline();
  pipe.hget(broadcastKeys.consumer(), "alive");
  for (const id of ids)
    pipe.hmget(broadcastKeys.record(id), "status", "heartbeat", "prepared", "wx_wait_until");
  const [alive, ...states] = await pipe.exec<[unknown, ...(Record<string, unknown> | null)[]]>();
  if (deps.now - Number(alive ?? 0) < o.idleMs) return [];
  const recovered: string[] = [];
  for (const [i, id] of ids.entries()) {
    const s = states[i];
    const status = s?.status;
    if ((status !== "preparing" && status !== "sending") || deps.now - Number(s?.heartbeat ?? 0) < o.staleMs)
      continue;
    // Quiet because WeChat's part waits for its daily limit (its pages are queued for then): not lost.
    if (Number(s?.wx_wait_until ?? 0) > deps.now) continue;
    try {
      if (await requeue(deps, id, status, Number(s?.prepared ?? 0) === 1)) recovered.push(id);
    } catch (error) {
      logError("bc_recover_failed", error, { bc: id });
    }
  }
  return recovered;
}

/** Every minute: start due scheduled broadcasts, recover stalled ones, forget expired index entries. */
export function broadcastJob(o: WatchdogOptions = defaultWatchdog): ScheduledJob {
  return {
    name: "broadcasts",
    async run(deps) {
      await startDue(deps, o.maxStarts);
      await recoverStale(deps, o);
      await deps.redis.zremrangebyscore(broadcastKeys.index(), 0, deps.now - broadcastTtl.data * 1000);
    },
  };
}
