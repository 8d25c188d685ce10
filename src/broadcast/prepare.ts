/** The queue step that builds a broadcast's recipient set from its audience, inside Redis. */
import { isWechatId } from "../people/id.ts";
import { localesOf, SCAN_PAGE, sourceKeys, splitPage, toIds } from "./audience.ts";
import { finishBroadcast, postProgress } from "./finish.ts";
import type { Invocation } from "./invocation.ts";
import { broadcastKeys, broadcastTtl } from "./keys.ts";
import { beginSending } from "./launch.ts";
import { enqueue, type PrepMessage } from "./messages.ts";

/**
 * Builds the recipient set `jg:bc:{id}:rcpt` of a "preparing" broadcast: SUNIONSTORE of the
 * audience's sets (server-side; the ids never pass through the Worker at once), then SSCAN pages
 * with each page's profiles read in one pipeline, removing stopped users and other languages.
 * When the invocation's budget runs low it queues its own continuation. At the end the broadcast
 * moves to "sending" and its progress message is posted.
 */
export async function prepareStep(inv: Invocation, msg: PrepMessage): Promise<void> {
  const { deps, tuning } = inv;
  const { redis } = deps;
  const r = await inv.record(msg.bc);
  if (r?.status !== "preparing" || r.epoch !== msg.epoch) return;
  const rcpt = broadcastKeys.recipients(r.id);
  const beat = () => ({ heartbeat: tuning.clock() });
  let cursor = msg.cursor;
  const sources = sourceKeys(r.audience);
  // A continuation that finds the set gone (expired while queued) starts over; SADD/SREM are idempotent.
  if (msg.fresh || (cursor !== "0" && (await redis.exists(rcpt)) === 0)) {
    const pipe = redis.pipeline();
    if (sources.length > 0) pipe.sunionstore(rcpt, sources[0]!, ...sources.slice(1));
    pipe.expire(rcpt, broadcastTtl.data);
    pipe.del(broadcastKeys.wechat(r.id, "rcpt"));
    pipe.hset(broadcastKeys.record(r.id), beat());
    inv.spend(1);
    await pipe.exec();
    cursor = "0";
  }
  do {
    if (inv.exhausted(20)) {
      inv.spend(1);
      await enqueue(deps.queue, [{ ...msg, cursor, fresh: false }]);
      return;
    }
    inv.spend(1);
    const [next, members] = await redis.sscan(rcpt, cursor, { count: SCAN_PAGE });
    cursor = String(next);
    const ids = toIds(members);
    if (ids.length === 0) continue;
    inv.spend(2);
    const { keep, drop } = await splitPage(redis, ids, localesOf(r.audience));
    const pipe = redis.pipeline();
    if (drop.length > 0) pipe.srem(rcpt, drop[0]!, ...drop.slice(1));
    // WeChat's recipients kept apart too, so each channel's part is counted (SADD/SREM: a repeat is harmless).
    const wx = broadcastKeys.wechat(r.id, "rcpt");
    const wxKeep = keep.filter(isWechatId);
    const wxDrop = drop.filter(isWechatId);
    if (wxKeep.length > 0) pipe.sadd(wx, wxKeep[0]!, ...wxKeep.slice(1));
    if (wxDrop.length > 0) pipe.srem(wx, wxDrop[0]!, ...wxDrop.slice(1));
    if (wxKeep.length > 0) pipe.expire(wx, broadcastTtl.data);
    pipe.hset(broadcastKeys.record(r.id), beat());
    await pipe.exec();
  } while (cursor !== "0");

  inv.spend(1);
  const sizes = redis.pipeline();
  sizes.scard(rcpt);
  sizes.hget(broadcastKeys.record(r.id), "erased");
  const [live, erased] = await sizes.exec<[number, unknown]>();
  // Someone who erased her data (/delete) while this ran left the set, and is counted as erased.
  const total = live + Number(erased ?? 0);
  inv.spend(1);
  await redis.hset(broadcastKeys.record(r.id), { total, prepared: 1 });
  if (live === 0) {
    inv.spend(8);
    await finishBroadcast(deps, r.id, "done", tuning.clock(), { from: ["preparing"] });
    return;
  }
  const launched = { ...r, total, status: "sending" as const };
  inv.spend(3);
  await postProgress(deps, launched, tuning.clock());
  inv.spend(3);
  // Paused or cancelled meanwhile: nothing moves; the set stays prepared and a resume starts sending.
  await beginSending({ ...deps, now: tuning.clock() }, r.id, ["preparing"]);
}
