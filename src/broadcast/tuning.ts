/** The broadcast engine's knobs, with defaults for a Worker. */
import { realTiming, type Timing } from "./pacer.ts";

/** The engine's knobs. Defaults suit a Worker; tests and the bench shrink the waits. */
export interface Tuning extends Timing {
  /** Recipient ids per queue message. */
  pageSize: number;
  /** Sends in flight at once: a Worker holds 6 connections open; one is left for Upstash. */
  concurrency: number;
  /** Group commit of delivered ids: written at most this late, or when `recordBatch` wait. */
  recordDelayMs: number;
  recordBatch: number;
  /** Retries of a failed record write; sending stops meanwhile (about 17 s of Redis outage at 12). */
  recordRetries: number;
  /** The progress message is edited at most this often. */
  progressEveryMs: number;
  /** Per consumer invocation: subrequests (Telegram + Upstash + Queue) and wall time we allow ourselves. */
  maxSubrequests: number;
  maxInvocationMs: number;
  /** A 429 longer than this is not slept through: the rest of the page goes back to the queue, delayed. */
  maxInlineWaitMs: number;
  /** How much longer than a second after its answer a send still counts against the rate (see pacer.ts). */
  rateMarginMs: number;
  maxRetries: number;
  backoffMs: (attempt: number) => number;
  /** When another invocation holds the sending lease, our messages come back this much later. */
  leaseRetrySeconds: number;
  /** The lease outlives the invocation's time budget by this much (a killed invocation frees it then). */
  leaseSlackMs: number;
}

export const defaultTuning: Tuning = {
  ...realTiming,
  pageSize: 100,
  concurrency: 5,
  recordDelayMs: 200,
  recordBatch: 20,
  recordRetries: 12,
  progressEveryMs: 3000,
  // Replaced by 90% of BROADCAST_SUBREQUEST_LIMIT in the consumer.
  maxSubrequests: 900,
  maxInvocationMs: 120_000,
  maxInlineWaitMs: 60_000,
  rateMarginMs: 0,
  maxRetries: 3,
  backoffMs: (attempt) => 500 * 2 ** attempt,
  leaseRetrySeconds: 5,
  leaseSlackMs: 60_000,
};

/** The defaults with some knobs replaced (tests, the bench). */
export function tuning(extra: Partial<Tuning> = {}): Tuning {
  return { ...defaultTuning, ...extra };
}
