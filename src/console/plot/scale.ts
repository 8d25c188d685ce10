/** Value axes for count plots: a rounded top and evenly spaced whole-number ticks (1, 2 or 5 × 10ⁿ apart). */

/** The ticks of an axis from 0 to `top`, bottom first. */
export interface CountAxis {
  top: number;
  ticks: number[];
}

/**
 * The axis for counts up to `max`: about `target` steps of 1, 2 or 5 × 10ⁿ, never less than 1 (a count
 * has no halves), and a top at or above `max`. An empty plot still gets 0 and 1.
 */
export function countAxis(max: number, target = 4): CountAxis {
  const rough = Math.max(max, 1) / target;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const ticks: number[] = [];
  for (let tick = 0; tick <= top; tick += step) ticks.push(tick);
  return { top, ticks };
}
