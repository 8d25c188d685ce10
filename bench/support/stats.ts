/** The value at fraction `p` (0.5: the median) of an ascending list; 0 when it is empty. */
export const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
