import { realTiming, type Timing } from "./pacer.ts";

/** The engine's knobs. Defaults suit a Worker; tests and the bench shrink the waits. */
export interface Tuning extends Timing {
  /** Recipient ids per queue message. */
  pageSize: number;
  /** Sends in flight at once: a Worker may hold 6 connections open per invocation. */
  concurrency: number;
  /** Group commit of delivered ids: written at most this late, or when `recordBatch` wait. */
  recordDelayMs: number;
  recordBatch: number;
  /** The progress message is edited at most this often. */
  progressEveryMs: number;
  /** Per consumer invocation: subrequests (Telegram + Upstash + Queue) and wall time we allow ourselves. */
  maxSubrequests: number;
  maxInvocationMs: number;
  /** A 429 longer than this is not slept through: the rest of the page goes back to the queue, delayed. */
  maxInlineWaitMs: number;
  /** Extra length of the pacer's sliding window, absorbing network jitter. */
  rateMarginMs: number;
  maxRetries: number;
  backoffMs: (attempt: number) => number;
  /** A broadcast still "sending" with no heartbeat this long while the consumer idles is re-enqueued. */
  staleMs: number;
}

export const defaultTuning: Tuning = {
  ...realTiming,
  pageSize: 100,
  concurrency: 6,
  recordDelayMs: 200,
  recordBatch: 20,
  progressEveryMs: 3000,
  // Workers Paid allows 1,000 (newer accounts 10,000); stay well inside the smaller figure.
  maxSubrequests: 900,
  maxInvocationMs: 120_000,
  maxInlineWaitMs: 60_000,
  rateMarginMs: 50,
  maxRetries: 3,
  backoffMs: (attempt) => 500 * 2 ** attempt,
  staleMs: 15 * 60_000,
};

let overrides: Partial<Tuning> = {};

/** The tuning in force: defaults, then overrides set by tests or tools. */
export function tuning(extra: Partial<Tuning> = {}): Tuning {
  return { ...defaultTuning, ...overrides, ...extra };
}

/** Overrides knobs for every later consumer run in this isolate (tests, bench); `{}` restores defaults. */
export function tuneEngine(next: Partial<Tuning>): void {
  overrides = { ...next };
}
