/** One consumer invocation: its subrequest and time budget, its pacers, when progress was last edited. */
import type { Deps } from "../deps.ts";
import { createPacer, type Pacer } from "./pacer.ts";
import { type BroadcastRecord, readRecord } from "./record.ts";
import type { Tuning } from "./tuning.ts";

/**
 * One consumer invocation: its dependencies, the subrequest and time budget it may use, the pacers
 * (one per rate, kept across the batch so the rate holds from message to message, and starting
 * from the sends the previous invocation `carried` over), and when each broadcast's progress
 * message was last edited.
 */
export function createInvocation(deps: Deps, tuning: Tuning, carried = "") {
  const started = tuning.clock();
  let used = 0;
  const pacers = new Map<number, Pacer>();
  const progressAt = new Map<string, number>();
  const inv = {
    deps,
    tuning,
    /** Counts subrequests (Telegram, Upstash, Queue calls). */
    spend(n = 1): void {
      used += n;
    },
    get used(): number {
      return used;
    },
    /** True when fewer than `reserve` subrequests, or no time, remain. */
    exhausted(reserve = 0): boolean {
      return used + reserve >= tuning.maxSubrequests || tuning.clock() - started >= tuning.maxInvocationMs;
    },
    pacer(rate: number): Pacer {
      let pacer = pacers.get(rate);
      if (!pacer) {
        pacer = createPacer(rate, tuning, tuning.rateMarginMs, tuning.maxInlineWaitMs);
        pacer.resume(carried);
        pacers.set(rate, pacer);
      }
      return pacer;
    },
    /** The sends still counting against the rate, for the next invocation; "" if none. */
    carry(): string {
      // Nothing sent here: what the previous invocation carried still holds (expired pairs are skipped).
      if (pacers.size === 0) return carried;
      return [...pacers.values()]
        .map((p) => p.carry())
        .filter(Boolean)
        .join(",");
    },
    /** Whether the progress message of `r` may be edited now (and, if so, notes the edit). */
    progressDue(r: BroadcastRecord, now: number): boolean {
      if (r.progress_msg === undefined) return false;
      const last = progressAt.get(r.id) ?? r.progress_at;
      if (now - last < tuning.progressEveryMs) return false;
      progressAt.set(r.id, now);
      return true;
    },
    async record(id: string): Promise<BroadcastRecord | null> {
      used++;
      return readRecord(deps.redis, id);
    },
  };
  return inv;
}

export type Invocation = ReturnType<typeof createInvocation>;
