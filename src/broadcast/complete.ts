/** After a page or the last enumeration step: end the broadcast when everyone is handled, else update its progress. */
import { editProgress, finishBroadcast } from "./finish.ts";
import type { Invocation } from "./invocation.ts";
import { broadcastKeys } from "./keys.ts";
import { type BroadcastRecord, processed, queueCounts } from "./record.ts";

/**
 * After a page or the last enumeration step: ends the broadcast when every recipient is handled,
 * otherwise edits the progress message if it is due. One round trip for the check; the recipient
 * set is counted live, so an erased recipient (/delete) cannot keep a broadcast open forever.
 */
export async function finishIfComplete(inv: Invocation, id: string, known?: BroadcastRecord): Promise<void> {
  const { deps, tuning } = inv;
  const pipe = deps.redis.pipeline();
  pipe.hget(broadcastKeys.record(id), "status");
  pipe.scard(broadcastKeys.recipients(id));
  const parse = queueCounts(pipe, id);
  inv.spend(1);
  const [status, live, ...rest] = await pipe.exec<[unknown, number, ...unknown[]]>();
  if (status !== "sending") return;
  const counts = parse(rest);
  // Everyone still a recipient, and everyone who erased her data (/delete) meanwhile.
  const total = live + counts.erased;
  const now = tuning.clock();
  if (processed(counts) >= total) {
    inv.spend(8);
    await finishBroadcast(deps, id, "done", now);
    return;
  }
  const r = known ?? (await inv.record(id));
  if (r && inv.progressDue(r, now)) {
    inv.spend(2);
    await Promise.all([
      editProgress(deps, { ...r, total }, counts),
      deps.redis.hset(broadcastKeys.record(id), { progress_at: now }),
    ]);
  }
}
