/** The broadcasts a staff member may see and steer, newest first, with their counts. */
import type { StaffMember } from "../staff/roles.ts";
import { inScope } from "../staff/scope.ts";
import type { Redis } from "../store/redis.ts";
import { broadcastKeys } from "./keys.ts";
import { type BroadcastRecord, COUNT_READS, type Counts, parseRecord, queueCounts } from "./record.ts";

/** A broadcast as /broadcasts shows it. */
export interface BroadcastSummary {
  r: BroadcastRecord;
  counts: Counts;
}

/**
 * Whether a staff member may see and steer a broadcast: admins see all; staff see their own and
 * those whose scope lies inside theirs (a province-wide one is for admins only).
 */
export function canSteer(staff: Pick<StaffMember, "id" | "role" | "region">, r: BroadcastRecord): boolean {
  if (staff.role === "admin") return true;
  if (r.author === staff.id) return true;
  return r.scope !== "" && inScope(staff, r.scope);
}

/** The most recent broadcasts `staff` may see, newest first, with their counts (two round trips). */
export async function listBroadcasts(
  redis: Redis,
  staff: Pick<StaffMember, "id" | "role" | "region">,
  limit = 8,
): Promise<BroadcastSummary[]> {
  const ids = (await redis.zrange<string[]>(broadcastKeys.index(), 0, 99, { rev: true })).map(String);
  if (ids.length === 0) return [];
  const pipe = redis.pipeline();
  for (const id of ids) pipe.hgetall(broadcastKeys.record(id));
  const records = (await pipe.exec<(Record<string, unknown> | null)[]>())
    .map(parseRecord)
    .filter((r): r is BroadcastRecord => r !== null && canSteer(staff, r))
    .slice(0, limit);
  if (records.length === 0) return [];
  const counts = redis.pipeline();
  const parsers = records.map((r) => queueCounts(counts, r.id));
  const results = await counts.exec<unknown[]>();
  return records.map((r, i) => ({
    r,
    counts: parsers[i]!(results.slice(i * COUNT_READS, (i + 1) * COUNT_READS)),
  }));
}
