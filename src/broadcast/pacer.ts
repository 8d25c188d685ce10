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
 * Paces sends to `rate` per second: starts follow a schedule 1/rate apart, and no more than `rate`
 * start in any window of 1 s + `marginMs`, so network jitter cannot push the receiver's one-second
 * count over the limit. The schedule may fall up to `burstMs` behind the clock: slots that senders
 * missed (all busy with slow calls) are used when they come back, within the window limit. A 429
 * closes a gate that every sender waits behind (the whole broadcast pauses).
 */
export function createPacer(
  rate: number,
  timing: Timing,
  marginMs = 50,
  maxWaitMs = Number.POSITIVE_INFINITY,
  burstMs = 100,
) {
  const capacity = Math.max(1, Math.floor(rate));
  const spacing = 1000 / rate;
  let margin = marginMs;
  const starts: number[] = new Array(capacity).fill(Number.NEGATIVE_INFINITY);
  let head = 0;
  let next = 0;
  let gateUntil = 0;

  return {
    rate,
    /**
     * Waits for the next free slot, reserved at once so concurrent callers never share one. Returns
     * false without waiting when the gate stays closed longer than `maxWaitMs` (the caller gives up).
     */
    async pace(): Promise<boolean> {
      for (;;) {
        const now = timing.clock();
        if (gateUntil - now > maxWaitMs) return false;
        const slot = Math.max(next, now - burstMs);
        const at = Math.max(now, slot, gateUntil, starts[head]! + 1000 + margin);
        starts[head] = at;
        head = (head + 1) % capacity;
        // Held back by the window or a 429: the schedule restarts there, with nothing banked.
        next = (at > Math.max(now, slot) ? at : slot) + spacing;
        if (at > now) await timing.sleep(at - now);
        // A 429 that arrived while this caller slept moves the gate: queue again behind it.
        if (gateUntil <= at) return true;
      }
    },
    /**
     * Telegram said 429 although we kept to the rate: the requests arrived closer together than we
     * sent them (jitter). Widens the window margin (doubling, at most 400 ms) for the rest of the run.
     */
    widen(): void {
      margin = Math.min(400, Math.max(25, margin * 2));
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
