import { keys } from "../store/keys.ts";
import { editProgress, finishBroadcast } from "./finish.ts";
import type { Invocation } from "./invocation.ts";
import { type BroadcastRecord, processed, queueCounts } from "./record.ts";

/**
 * After a page or the last enumeration step: ends the broadcast when every recipient is handled,
 * otherwise edits the progress message if it is due. One round trip for the check.
 */
export async function finishIfComplete(inv: Invocation, id: string, known?: BroadcastRecord): Promise<void> {
  const { deps, tuning } = inv;
  const pipe = deps.redis.pipeline();
  pipe.hmget(keys.bc(id), "status", "total");
  const parse = queueCounts(pipe, id);
  inv.spend(1);
  const [state, ...rest] = await pipe.exec<[Record<string, unknown> | null, ...unknown[]]>();
  const counts = parse(rest);
  const total = Number(state?.total ?? 0);
  if (state?.status !== "sending") return;
  const now = tuning.clock();
  if (processed(counts) >= total) {
    inv.spend(8);
    await finishBroadcast(deps, id, "done", now);
    return;
  }
  const r = known ?? (await inv.record(id));
  if (r && inv.progressDue(r, now)) {
    inv.spend(2);
    await Promise.all([editProgress(deps, r, counts), deps.redis.hset(keys.bc(id), { progress_at: now })]);
  }
}
