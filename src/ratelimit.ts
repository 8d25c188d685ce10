/** A fixed-window counter per key, bounded in size so a flood of ids cannot grow memory without limit. */
export function createRateLimiter(limit: number, windowMs: number, maxKeys = 10_000) {
  const windows = new Map<string, { start: number; count: number }>();
  /** Counts one event for `key` at `now` and returns how far over the limit it is (0: allowed). */
  const over = (key: string, now: number): number => {
    const w = windows.get(key);
    if (!w || now - w.start >= windowMs) {
      if (windows.size >= maxKeys) windows.clear();
      windows.set(key, { start: now, count: 1 });
      return 0;
    }
    w.count++;
    return Math.max(0, w.count - limit);
  };
  return {
    over,
    /** Counts one event for `key` at `now`; false when the key is over its limit in this window. */
    allow: (key: string, now: number): boolean => over(key, now) === 0,
  };
}
