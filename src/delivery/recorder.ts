/** Group commit of delivery outcomes: delivered ids written in batches, the gone, failed and skipped beside them. */
import type { DeliveredVia } from "../channel/types.ts";
import { markGoneIn } from "../people/gone.ts";
import { isWechatId, type PersonId } from "../people/id.ts";
import type { Redis } from "../store/redis.ts";

export type Pipeline = ReturnType<Redis["pipeline"]>;

/** Where outcomes other than "delivered" go, so counts taken from the sets are exact under redelivery. */
export interface OutcomeKeys {
  /** Set of ids that answered 403 / chat not found during this delivery. */
  gone: string;
  /** Hash id → reason for recipients that could not be reached after retries. */
  failed: string;
  /** Set of ids left out at send time (stopped or unknown since the audience was taken). */
  skipped: string;
  /**
   * WeChat's part of each outcome, as sets beside the ones above (written in the same request), so
   * counts can be told per channel; `template` is who got a template message instead of text.
   */
  wechat?: { done: string; template: string; gone: string; failed: string; skipped: string };
}

export interface RecorderOptions {
  /** Longest a delivered id may wait before it is written (0: written at once, one request each). */
  delayMs: number;
  /** A write happens as soon as this many delivered ids are waiting. */
  batch: number;
  now: () => number;
  /** Attempts after a failed write before giving up (backoff 100 ms doubling, at most 2 s each). */
  retries?: number | undefined;
  /** Adds commands to every write and receives their results (the engine's status read). */
  piggyback?: ((pipe: Pipeline) => ((results: unknown[]) => void) | undefined) | undefined;
  onRequest?: (() => void) | undefined;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Group commit for delivery outcomes: delivered ids are written to the done set in one request per
 * `batch` ids or `delayMs`, whichever comes first; other outcomes ride along with the next write.
 * Writes never overlap and run beside the sends; a sender waits only when two batches are pending.
 * A failed write is retried before the error reaches the caller.
 */
export function createRecorder(
  redis: Redis,
  doneKey: string,
  outcome: OutcomeKeys | undefined,
  o: RecorderOptions,
) {
  let done: PersonId[] = [];
  let templated: PersonId[] = [];
  let gone: PersonId[] = [];
  let failed: [PersonId, string][] = [];
  let skipped: PersonId[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();
  let failure: unknown;
  /** A write is queued behind the one in progress and will take every id pending by then. */
  let chained = false;

  async function write(force: boolean): Promise<void> {
    chained = false;
    if (timer) clearTimeout(timer);
    timer = undefined;
    const pending = done.length + gone.length + failed.length + skipped.length;
    if (pending === 0 && !force) return;
    const batch = { done, templated, gone, failed, skipped };
    done = [];
    templated = [];
    gone = [];
    failed = [];
    skipped = [];
    const pipe = redis.pipeline();
    if (batch.done.length) pipe.sadd(doneKey, batch.done[0]!, ...batch.done.slice(1));
    for (const id of batch.gone) markGoneIn(pipe, id, o.now());
    if (outcome && batch.gone.length) pipe.sadd(outcome.gone, batch.gone[0]!, ...batch.gone.slice(1));
    if (outcome && batch.failed.length) pipe.hset(outcome.failed, Object.fromEntries(batch.failed));
    if (outcome && batch.skipped.length)
      pipe.sadd(outcome.skipped, batch.skipped[0]!, ...batch.skipped.slice(1));
    const wx = outcome?.wechat;
    if (wx) {
      const add = (key: string, ids: readonly PersonId[]) => {
        const mine = ids.filter(isWechatId);
        if (mine.length > 0) pipe.sadd(key, mine[0]!, ...mine.slice(1));
      };
      add(wx.done, batch.done);
      add(wx.template, batch.templated);
      add(wx.gone, batch.gone);
      add(
        wx.failed,
        batch.failed.map(([id]) => id),
      );
      add(wx.skipped, batch.skipped);
    }
    const base = pipe.length();
    const after = o.piggyback?.(pipe);
    if (pipe.length() === 0) return;
    for (let attempt = 0; ; attempt++) {
      try {
        o.onRequest?.();
        const results = await pipe.exec<unknown[]>();
        after?.(results.slice(base));
        return;
      } catch (error) {
        // Telegram already accepted these: losing the write would mean a duplicate on redelivery.
        if (attempt >= (o.retries ?? 3)) {
          done.push(...batch.done);
          templated.push(...batch.templated);
          throw error;
        }
        await sleep(Math.min(2000, 100 * 2 ** attempt));
      }
    }
  }

  /** Chains a write after the one in progress; remembers a failure for the next caller. */
  function flush(force = true): Promise<void> {
    writing = writing
      .then(() => write(force))
      .catch((error) => {
        failure ??= error;
      });
    return writing.then(() => {
      if (failure) throw failure;
    });
  }

  return {
    async delivered(id: PersonId, via: DeliveredVia = "message"): Promise<void> {
      // Pushed first: even when a write failed, this accepted id must reach the crash flush.
      done.push(id);
      if (via === "template") templated.push(id);
      if (failure) throw failure;
      // Senders wait only when writes fall behind (a backlog of two batches) or in write-each mode.
      if (o.delayMs <= 0 || done.length >= 2 * o.batch) return flush(false);
      if (done.length >= o.batch && !chained) {
        chained = true;
        void flush(false).catch(() => undefined);
        return;
      }
      timer ??= setTimeout(() => void flush(false).catch(() => undefined), o.delayMs);
    },
    gone: (id: PersonId) => void gone.push(id),
    failed: (id: PersonId, reason: string) => void failed.push([id, reason]),
    skipped: (id: PersonId) => void skipped.push(id),
    /** Writes everything pending (and runs the piggyback once more). */
    flush,
    /** Stops the timer without writing (after a crash the pending ids are what the crash window holds). */
    dispose: () => timer && clearTimeout(timer),
  };
}

export type Recorder = ReturnType<typeof createRecorder>;
