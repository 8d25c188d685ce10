/** The engine's controls: pause, resume, cancel, approve and reject a broadcast, atomically and audited. */
import type { Deps } from "../deps.ts";
import type { PersonId } from "../people/id.ts";
import { keys } from "../store/keys.ts";
import { editProgress, finishBroadcast, settle } from "./finish.ts";
import { broadcastKeys } from "./keys.ts";
import { beginPreparing, beginSending } from "./launch.ts";
import { readCounts, readRecord } from "./record.ts";
import { moveStatus } from "./status.ts";

/** What a pause, resume, cancel or decision did; null fields mean "nothing changed". */
export type ControlResult = { ok: true; status: string } | { ok: false };

async function audit(deps: Deps, id: string, action: string, by: PersonId) {
  await deps.redis.xadd(keys.audit(), "*", { type: `broadcast-${action}`, id, by, at: deps.now });
}

async function showState(deps: Deps, id: string): Promise<void> {
  const [r, counts] = await Promise.all([readRecord(deps.redis, id), readCounts(deps.redis, id)]);
  if (r) await editProgress(deps, r, counts);
}

/** Pauses a running, preparing or scheduled broadcast; the consumer stops within one write interval. */
export async function pauseBroadcast(deps: Deps, id: string, by: PersonId): Promise<ControlResult> {
  const from = await moveStatus(deps.redis, id, ["sending", "preparing", "scheduled"], "paused", {
    paused_by: by,
    paused_at: deps.now,
  });
  if (!from) return { ok: false };
  await deps.redis.zrem(broadcastKeys.scheduled(), id);
  await audit(deps, id, "pause", by);
  if (from === "sending") await settle(deps.redis, id);
  await showState(deps, id);
  return { ok: true, status: "paused" };
}

/**
 * Resumes a paused broadcast where it stood: back to its schedule if it never started and its time
 * is still ahead, preparing again if its recipient set was not complete, else sending the rest.
 */
export async function resumeBroadcast(deps: Deps, id: string, by: PersonId): Promise<ControlResult> {
  const r = await readRecord(deps.redis, id);
  if (r?.status !== "paused") return { ok: false };
  let status: string;
  if (r.started_at === undefined && (r.scheduled_at ?? 0) > deps.now) {
    if (!(await moveStatus(deps.redis, id, ["paused"], "scheduled"))) return { ok: false };
    await deps.redis.zadd(broadcastKeys.scheduled(), { score: r.scheduled_at ?? deps.now, member: id });
    status = "scheduled";
  } else if (!r.prepared) {
    if (!(await beginPreparing(deps, id, ["paused"]))) return { ok: false };
    status = "preparing";
  } else {
    if (!(await beginSending(deps, id, ["paused"]))) return { ok: false };
    status = "sending";
  }
  await audit(deps, id, "resume", by);
  await showState(deps, id);
  return { ok: true, status };
}

/** Cancels a broadcast that has not ended: nobody else gets it; the report and audit say who. */
export async function cancelBroadcast(deps: Deps, id: string, by: PersonId): Promise<ControlResult> {
  const won = await finishBroadcast(deps, id, "cancelled", deps.now, { by });
  return won ? { ok: true, status: "cancelled" } : { ok: false };
}

/** An admin approves a held broadcast: it starts now, or at its time if that is still ahead. */
export async function approveBroadcast(deps: Deps, id: string, by: PersonId): Promise<ControlResult> {
  const r = await readRecord(deps.redis, id);
  const moved = await moveStatus(deps.redis, id, ["approval"], "scheduled", {
    approved_by: by,
    decided_by: by,
  });
  if (!r || !moved) return { ok: false };
  const due = Math.max(r.scheduled_at ?? deps.now, deps.now);
  await deps.redis.zadd(broadcastKeys.scheduled(), { score: due, member: id });
  await audit(deps, id, "approve", by);
  if (due > deps.now) return { ok: true, status: "scheduled" };
  await beginPreparing(deps, id, ["scheduled"]);
  return { ok: true, status: "preparing" };
}

/** An admin turns a held broadcast down; nothing is sent. */
export async function rejectBroadcast(deps: Deps, id: string, by: PersonId): Promise<ControlResult> {
  const moved = await moveStatus(deps.redis, id, ["approval"], "rejected", {
    decided_by: by,
    finished_at: deps.now,
  });
  if (!moved) return { ok: false };
  await audit(deps, id, "reject", by);
  return { ok: true, status: "rejected" };
}
