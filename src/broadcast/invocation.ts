/** One consumer invocation: its subrequest and time budget, its pacers, when progress was last edited. */
import type { Deps } from "../deps.ts";
import { CHANNELS, type ChannelName } from "../people/id.ts";
import { createPacer, type Pacer } from "./pacer.ts";
import { type BroadcastRecord, readRecord } from "./record.ts";
import type { Tuning } from "./tuning.ts";

/**
 * One consumer invocation: its dependencies, the subrequest and time budget it may use, the pacers
 * (one per rate, kept across the batch so the rate holds from message to message, and starting
 * from the sends the previous invocation `carried` over), and when each broadcast's progress
 * message was last edited.
 */
export function createInvocation(
  deps: Deps,
  tuning: Tuning,
  carried: Partial<Record<ChannelName, string>> = {},
) {
  const started = tuning.clock();
  let used = 0;
  // One pacer per channel and rate: each channel keeps to its own limit.
  const pacers = new Map<string, { channel: ChannelName; pacer: Pacer }>();
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
    pacer(rate: number, channel: ChannelName = "telegram"): Pacer {
      const key = `${channel}:${rate}`;
      let entry = pacers.get(key);
      if (!entry) {
        const pacer = createPacer(rate, tuning, tuning.rateMarginMs, tuning.maxInlineWaitMs);
        pacer.resume(carried[channel] ?? "");
        entry = { channel, pacer };
        pacers.set(key, entry);
      }
      return entry.pacer;
    },
    /** Each channel's sends still counting against its rate, for the next invocation ("" if none). */
    carry(): Record<ChannelName, string> {
      const out = {} as Record<ChannelName, string>;
      for (const channel of CHANNELS) {
        const mine = [...pacers.values()].filter((p) => p.channel === channel);
        // Nothing sent here: what the previous invocation carried still holds (expired pairs are skipped).
        out[channel] =
          mine.length === 0
            ? (carried[channel] ?? "")
            : mine
                .map((p) => p.pacer.carry())
                .filter(Boolean)
                .join(",");
      }
      return out;
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
