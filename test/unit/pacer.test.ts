import { describe, expect, it } from "vitest";
import { createPacer, type Timing } from "../../src/broadcast/pacer.ts";

/** Virtual time: sleeps resolve in clock order, and the clock jumps to each one. */
function virtualTime() {
  let clock = 0;
  const timers: { at: number; wake: () => void }[] = [];
  const timing: Timing = {
    clock: () => clock,
    sleep: (ms) =>
      new Promise<void>((wake) => {
        timers.push({ at: clock + Math.max(0, ms), wake });
      }),
  };
  /** Runs until `done` settles, firing timers in order and letting promises run between them. */
  async function run<T>(done: Promise<T>): Promise<T> {
    let finished = false;
    const result = done.finally(() => {
      finished = true;
    });
    while (!finished) {
      for (let i = 0; i < 20; i++) await Promise.resolve();
      if (finished) break;
      timers.sort((a, b) => a.at - b.at);
      const next = timers.shift();
      if (!next) throw new Error("deadlock: nothing left to wake");
      clock = Math.max(clock, next.at);
      next.wake();
    }
    return result;
  }
  return { timing, run, now: () => clock };
}

/** A deterministic generator, so a failing run can be replayed. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

/** The most arrivals in any one-second window (Telegram's count as the emulator keeps it). */
function busiestSecond(arrivals: number[]): number {
  const sorted = [...arrivals].sort((a, b) => a - b);
  let most = 0;
  let from = 0;
  for (let i = 0; i < sorted.length; i++) {
    while (sorted[from]! <= sorted[i]! - 1000) from++;
    most = Math.max(most, i - from + 1);
  }
  return most;
}

/**
 * `senders` concurrent senders, each send reaching Telegram after a random delay and answered after
 * another; now and then one of the two stalls (a slow network hop, a busy event loop).
 */
async function simulate(pacer: ReturnType<typeof createPacer>, t: Timing, n: number, seed: number) {
  const rnd = random(seed);
  const arrivals: number[] = [];
  let left = n;
  const delay = () => (rnd() < 0.05 ? 100 + rnd() * 400 : 1 + rnd() * 10);
  const sender = async () => {
    while (left > 0) {
      left--;
      const settle = await pacer.pace();
      const there = delay();
      await t.sleep(there);
      arrivals.push(t.clock());
      await t.sleep(delay());
      settle?.();
    }
  };
  await Promise.all(Array.from({ length: 5 }, sender));
  return arrivals;
}

describe("the broadcast pacer", () => {
  it("never lets more than the rate arrive in a second, whatever the delays, and keeps near the rate", async () => {
    for (const seed of [1, 2, 3]) {
      const v = virtualTime();
      const pacer = createPacer(30, v.timing);
      const arrivals = await v.run(simulate(pacer, v.timing, 600, seed));
      expect(arrivals).toHaveLength(600);
      expect(busiestSecond(arrivals)).toBeLessThanOrEqual(30);
      // 600 at 30/s is 20 s; the stalls and each send's answer time cost a little of it.
      expect(v.now()).toBeLessThan(20_000 / 0.9);
    }
  });

  it("hands the sends still counting to the next invocation's pacer", async () => {
    const v = virtualTime();
    const first = createPacer(10, v.timing);
    const arrivals = await v.run(simulate(first, v.timing, 30, 7));
    const next = createPacer(10, v.timing);
    next.resume(first.carry());
    arrivals.push(...(await v.run(simulate(next, v.timing, 30, 8))));
    expect(busiestSecond(arrivals)).toBeLessThanOrEqual(10);
  });

  it("ignores a carried window that is corrupt, expired or too large", async () => {
    const v = virtualTime();
    const pacer = createPacer(10, v.timing);
    pacer.resume("x:1,5:abc,-3:2,,1:999999,99999999999:50");
    const arrivals = await v.run(simulate(pacer, v.timing, 10, 3));
    expect(arrivals).toHaveLength(10);
    // The far-future pair is cut to one second; the first slots wait for it, then all go.
    expect(v.now()).toBeLessThan(2_500);
  });

  it("pauses every sender behind a 429, and gives up when the pause is too long", async () => {
    const v = virtualTime();
    const pacer = createPacer(10, v.timing, 0, 10_000);
    pacer.block(5000);
    const settle = await v.run(pacer.pace());
    expect(v.now()).toBe(5000);
    settle?.();
    pacer.block(v.now() + 60_000);
    expect(await v.run(pacer.pace())).toBeUndefined();
    expect(v.now()).toBe(5000);
  });

  it("widens its window after a 429 it did not expect", async () => {
    const v = virtualTime();
    const pacer = createPacer(10, v.timing);
    pacer.widen();
    const starts: number[] = [];
    for (let i = 0; i < 11; i++) {
      const settle = await v.run(pacer.pace());
      starts.push(v.now());
      settle?.();
    }
    expect(starts[10]! - starts[0]!).toBeGreaterThanOrEqual(1025);
  });
});
