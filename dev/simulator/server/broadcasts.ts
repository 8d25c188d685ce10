import { broadcastKeys } from "../../../src/broadcast/keys.ts";
import { listBroadcasts } from "../../../src/broadcast/list.ts";
import { processed } from "../../../src/broadcast/record.ts";
import type { PersonId } from "../../../src/people/id.ts";
import type { Redis } from "../../../src/store/redis.ts";
import type { BroadcastView } from "../web/types.ts";

export type { BroadcastView };

// One stored read of every admin-visible broadcast: the simulator sees them all.
const EVERYONE = { id: 0, role: "admin" as const, region: null };

/**
 * The newest broadcasts from the engine's own records (src/broadcast), with the engine's counts and
 * what each persona got: SMISMEMBER on the outcome sets for the personas' ids only, so a broadcast to
 * ten thousand seeded ids costs the same two round trips as one to two personas.
 */
export async function readBroadcasts(
  redis: Redis,
  personaIds: readonly PersonId[],
  limit = 6,
): Promise<BroadcastView[]> {
  const list = await listBroadcasts(redis, EVERYONE, limit);
  if (list.length === 0) return [];
  const ids = personaIds.map(String);
  const outcomes =
    ids.length === 0
      ? []
      : await personaOutcomes(
          redis,
          list.map(({ r }) => r.id),
          ids,
        );
  return list.map(({ r, counts }, i) => {
    const total = r.prepared ? r.total : (r.counted ?? r.total);
    return {
      id: r.id,
      kind: r.kind,
      label: r.label,
      status: r.status,
      author: r.author,
      created: r.created,
      started_at: r.started_at,
      finished_at: r.finished_at,
      scheduled_at: r.scheduled_at,
      total,
      counts,
      pending: r.prepared ? Math.max(0, total - processed(counts)) : 0,
      personas: outcomes[i] ?? {},
    };
  });
}

async function personaOutcomes(redis: Redis, bcIds: readonly string[], ids: string[]) {
  const pipe = redis.pipeline();
  for (const bc of bcIds) {
    pipe.smismember(broadcastKeys.recipients(bc), ids);
    pipe.smismember(broadcastKeys.done(bc), ids);
    pipe.smismember(broadcastKeys.gone(bc), ids);
    pipe.smismember(broadcastKeys.skipped(bc), ids);
    pipe.hmget(broadcastKeys.failed(bc), ...ids);
  }
  const results = await pipe.exec<unknown[]>();
  return bcIds.map((_, b) => {
    const [rcpt, done, gone, skip] = results.slice(b * 5, b * 5 + 4) as number[][];
    const failed = (results[b * 5 + 4] ?? {}) as Record<string, unknown> | null;
    const mine: BroadcastView["personas"] = {};
    ids.forEach((id, i) => {
      const reason = failed?.[id];
      if (done?.[i]) mine[id] = { outcome: "delivered" };
      else if (gone?.[i]) mine[id] = { outcome: "blocked" };
      else if (reason !== null && reason !== undefined)
        mine[id] = { outcome: "failed", reason: String(reason) };
      else if (skip?.[i]) mine[id] = { outcome: "skipped" };
      else if (rcpt?.[i]) mine[id] = { outcome: "pending" };
    });
    return mine;
  });
}
