/** Pacing sends to a rate: no second on Telegram's clock holds more than the rate, across invocations too. */
import type { Settle } from "../delivery/send-and-record.ts";

/** Clock and timer, injectable so tests and benches control time. */
export interface Timing {
  clock: () => number;
  sleep: (ms: number) => Promise<void>;
}

export const realTiming: Timing = {
  clock: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

/**
 * Paces sends to `rate` per second. Starts follow a schedule 1/rate apart, which may fall up to
 * `burstMs` behind the clock (slots missed while every sender waited on a slow call are used later).
 * On top, no more than `rate` sends are "open" at once, a send being open from its start until one
 * second (+ `marginMs`) after its answer came back. Telegram counted each of them on arrival, which
 * lies between our start and our answer, so whatever the network or either event loop stalls, no
 * second on Telegram's clock can hold more than `rate` of them. A 429 closes a gate every sender
 * waits behind (the whole broadcast pauses).
 */
export function createPacer(
  rate: number,
  timing: Timing,
  marginMs = 0,
  maxWaitMs = Number.POSITIVE_INFINITY,
  burstMs = 100,
) {
  const capacity = Math.max(1, Math.floor(rate));
  const spacing = 1000 / rate;
  let margin = marginMs;
  // When answered sends stop counting, ascending; plus sends reserved or in flight.
  const closing: number[] = [];
  let open = 0;
  const waiting: Array<() => void> = [];
  let next = 0;
  let gateUntil = 0;

  function settleOnce(): Settle {
    let done = false;
    return (sent = true) => {
      if (done) return;
      done = true;
      open--;
      if (sent) closing.push(timing.clock() + 1000 + margin);
      waiting.shift()?.();
    };
  }

  return {
    rate,
    /**
     * Waits for the next free slot, reserved at once so concurrent callers never share one, and
     * returns its Settle. Returns undefined without waiting when the gate stays closed longer
     * than `maxWaitMs` (the caller gives up).
     */
    async pace(): Promise<Settle | undefined> {
      for (;;) {
        const now = timing.clock();
        if (gateUntil - now > maxWaitMs) return undefined;
        while (closing.length > 0 && closing[0]! <= now) closing.shift();
        let free = now;
        if (open + closing.length >= capacity) {
          // Every slot is in flight: wait for an answer, then take the slot it frees.
          if (closing.length === 0) {
            await new Promise<void>((resolve) => waiting.push(resolve));
            continue;
          }
          free = closing.shift()!;
        }
        open++;
        const slot = Math.max(next, now - burstMs);
        const at = Math.max(now, slot, gateUntil, free);
        // Held back by the window or a 429: the schedule restarts there, with nothing banked.
        next = (at > Math.max(now, slot) ? at : slot) + spacing;
        if (at > now) await timing.sleep(at - now);
        // A 429 that arrived while this caller slept moves the gate: give the slot back, queue again.
        if (gateUntil <= at) return settleOnce();
        open--;
        waiting.shift()?.();
      }
    },
    /**
     * Telegram said 429 although we kept to the rate, so it counts differently from us: widens the
     * margin (doubling from 25 ms, at most 400 ms) for the rest of the run.
     */
    widen(): void {
      margin = Math.min(400, Math.max(25, margin * 2));
    },
    /**
     * The sends still counting, for the next invocation's pacer (the lease hands sending over from
     * one invocation to the next without a pause): "closes:count" pairs, rounded up to 10 ms.
     */
    carry(): string {
      const now = timing.clock();
      const buckets = new Map<number, number>();
      for (const t of closing) {
        if (t <= now) continue;
        const at = Math.ceil(t / 10) * 10;
        buckets.set(at, (buckets.get(at) ?? 0) + 1);
      }
      return [...buckets].map(([at, n]) => `${at}:${n}`).join(",");
    },
    /** Counts the previous invocation's sends (its `carry()`) against this pacer too. */
    resume(carried: string): void {
      const now = timing.clock();
      const restored: number[] = [];
      for (const pair of carried.split(",")) {
        const [at, n] = pair.split(":").map(Number);
        if (!Number.isSafeInteger(at) || !Number.isSafeInteger(n) || at! <= now) continue;
        // Never more than a second ahead, never more than the capacity: a corrupt value cannot stall us.
        const until = Math.min(at!, now + 1000 + margin);
        for (let i = 0; i < n! && restored.length < capacity; i++) restored.push(until);
      }
      closing.push(...restored);
      closing.sort((a, b) => a - b);
    },
    /** Closes the gate until `until` (epoch ms); never shortens it. */
    block(until: number): void {
      gateUntil = Math.max(gateUntil, until);
    },
    /** Waits until the gate opens. */
    async waitGate(): Promise<void> {
      const wait = gateUntil - timing.clock();
      if (wait > 0) await timing.sleep(wait);
    },
    /** When the gate opens (0 if it never closed). */
    get gateUntil(): number {
      return gateUntil;
    },
  };
}

export type Pacer = ReturnType<typeof createPacer>;
