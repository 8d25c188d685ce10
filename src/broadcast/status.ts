/** A broadcast's status changed by compare-and-set, so no two callers ever move it both. */
import type { Redis } from "../store/redis.ts";
import { broadcastKeys } from "./keys.ts";
import type { BroadcastStatus } from "./types.ts";

// Compare-and-set of the status in one atomic step, so two admins, a double tap, a cron tick and
// the consumer can never both move the same broadcast. ARGV: to, n, n × from, field/value pairs.
const CAS = `
local cur = redis.call('HGET', KEYS[1], 'status')
local n = tonumber(ARGV[2])
for i = 3, 2 + n do
  if ARGV[i] == cur then
    redis.call('HSET', KEYS[1], 'status', ARGV[1])
    for j = 3 + n, #ARGV, 2 do redis.call('HSET', KEYS[1], ARGV[j], ARGV[j + 1]) end
    return cur
  end
end
return false`;

/**
 * Moves broadcast `id` to `to` if its status is one of `from`, writing `fields` in the same step.
 * Returns the status it had, or null when it was in none of `from` (someone else moved it first).
 */
export async function moveStatus(
  redis: Redis,
  id: string,
  from: readonly BroadcastStatus[],
  to: BroadcastStatus,
  fields: Record<string, string | number> = {},
): Promise<BroadcastStatus | null> {
  const args = [to, String(from.length), ...from, ...Object.entries(fields).flat().map(String)];
  const previous = await redis.eval<string[], unknown>(CAS, [broadcastKeys.record(id)], args);
  return typeof previous === "string" ? (previous as BroadcastStatus) : null;
}
