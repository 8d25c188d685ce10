/** The one rule for a broadcast's schedule: a readable time, more than a minute ahead, at most two months ahead. */
import { parseWhen } from "../time/parse.ts";

const DAY = 86_400_000;
/** How far ahead a broadcast may be scheduled. */
export const MAX_AHEAD = 60 * DAY;

/** Why a schedule was refused; each has its message (`bc-time-{problem}`). */
export type ScheduleProblem = "unknown" | "past" | "far";

/**
 * Reads a broadcast's time, typed (as parseWhen reads it, in `timeZone`) or chosen (epoch ms), and
 * checks it: ahead of now by more than a minute, no more than two months ahead.
 */
export function checkSchedule(
  input: string | number,
  now: number,
  timeZone: string,
): { ok: true; at: number } | { ok: false; problem: ScheduleProblem } {
  const read = typeof input === "number" ? { ok: true as const, at: input } : parseWhen(input, now, timeZone);
  if (!read.ok) {
    const problem = read.reason === "past" ? "past" : read.reason === "too-far" ? "far" : "unknown";
    return { ok: false, problem };
  }
  if (read.at <= now + 60_000) return { ok: false, problem: "past" };
  if (read.at > now + MAX_AHEAD) return { ok: false, problem: "far" };
  return { ok: true, at: read.at };
}
