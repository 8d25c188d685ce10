import { keys, ttl } from "../store/keys.ts";
import { scanAudience } from "./audience.ts";
import { finishBroadcast, postProgress } from "./finish.ts";
import { enqueue } from "./messages.ts";
import { readRecord } from "./record.ts";
import type { BroadcastDeps } from "./types.ts";

/**
 * Puts a broadcast (back) into sending: a new epoch, so pages still queued from before are dropped,
 * and one message that pages the recipient set into the queue again. Recipients already handled are
 * skipped by the consumer, so this is how resume, retry after an error and recovery all work.
 */
export async function enqueueSending(deps: BroadcastDeps, id: string): Promise<void> {
  const pipe = deps.redis.pipeline();
  pipe.hincrby(keys.bc(id), "epoch", 1);
  pipe.hset(keys.bc(id), { status: "sending", heartbeat: deps.now });
  pipe.hdel(keys.bc(id), "error");
  const [epoch] = await pipe.exec<[number, number, number]>();
  await enqueue(deps.queue, [{ t: "enum", bc: id, epoch, cursor: "0" }]);
}

/**
 * Takes the audience of a created or scheduled broadcast into its recipient set (distinct,
 * eligible ids, streamed page by page) and starts sending. Safe to call twice: a lock keeps
 * launches apart, and a broadcast past "preparing" is left alone. Returns the recipient count.
 */
export async function launchBroadcast(deps: BroadcastDeps, id: string): Promise<number> {
  const { redis, now } = deps;
  const lock = keys.bcLaunchLock(id);
  if ((await redis.set(lock, now, { nx: true, ex: ttl.bcLaunchLock })) === null) {
    return (await readRecord(redis, id))?.total ?? 0;
  }
  try {
    const r = await readRecord(redis, id);
    if (!r || (r.status !== "preparing" && r.status !== "scheduled")) return r?.total ?? 0;
    const start = redis.pipeline();
    start.hset(keys.bc(id), { status: "preparing", heartbeat: now });
    start.hsetnx(keys.bc(id), "started_at", now);
    start.zrem(keys.bcScheduled(), id);
    await start.exec();
    const rcpt = keys.bcRecipients(id);
    await scanAudience(redis, r.audience, keys.bcUnion(id), async (ids) => {
      await redis.sadd(rcpt, ids[0]!, ...ids.slice(1));
    });
    const sized = redis.pipeline();
    sized.scard(rcpt);
    sized.expire(rcpt, ttl.bcData);
    const [total] = await sized.exec<[number, number]>();
    await redis.hset(keys.bc(id), { total });
    const launched = { ...r, total, status: "sending" as const, started_at: r.started_at ?? now };
    if (total === 0) {
      await finishBroadcast(deps, id, "done", now);
      return 0;
    }
    await postProgress(deps, launched);
    await enqueueSending(deps, id);
    return total;
  } finally {
    await redis.del(lock);
  }
}
