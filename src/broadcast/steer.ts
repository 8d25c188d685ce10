/** What staff do with broadcasts once they exist: list those in scope, pause, resume, cancel; admins set paid broadcast. */
import type { Deps } from "../deps.ts";
import type { PersonId } from "../people/id.ts";
import { actingStaff } from "../staff/scope.ts";
import { type ControlResult, cancelBroadcast, pauseBroadcast, resumeBroadcast } from "./control.ts";
import { type BroadcastSummary, canSteer, listBroadcasts } from "./list.ts";
import { type BroadcastRecord, type Counts, readCounts, readRecord } from "./record.ts";
import { setPaidEnabled } from "./settings.ts";

/** What can be done to a broadcast in a status: pause, resume, cancel (the chat's buttons and the console's). */
export function controlsFor(status: string): ("pause" | "resume" | "cancel")[] {
  const controls: ("pause" | "resume" | "cancel")[] = [];
  if (status === "sending" || status === "preparing" || status === "scheduled") controls.push("pause");
  if (status === "paused") controls.push("resume");
  if (["sending", "preparing", "scheduled", "paused", "approval"].includes(status)) controls.push("cancel");
  return controls;
}

/** The most recent broadcasts she may see and steer, newest first, with their counts. */
export async function broadcastsFor(deps: Deps, by: PersonId, limit?: number): Promise<BroadcastSummary[]> {
  return listBroadcasts(deps.redis, actingStaff(deps, by), limit);
}

/** One broadcast she may steer, with its counts; null when it does not exist or lies outside her scope. */
export async function broadcastFor(
  deps: Deps,
  by: PersonId,
  id: string,
): Promise<{ r: BroadcastRecord; counts: Counts } | null> {
  const member = actingStaff(deps, by);
  const r = await readRecord(deps.redis, id);
  if (!r || !canSteer(member, r)) return null;
  return { r, counts: await readCounts(deps.redis, id) };
}

/** Pauses, resumes or cancels a broadcast she may steer; `{ ok: false }` when it is not hers to steer or cannot move. */
export async function steerBroadcast(
  deps: Deps,
  by: PersonId,
  id: string,
  action: "pause" | "resume" | "cancel",
): Promise<ControlResult> {
  const member = actingStaff(deps, by);
  const r = await readRecord(deps.redis, id);
  if (!r || !canSteer(member, r)) return { ok: false };
  if (action === "pause") return pauseBroadcast(deps, id, by);
  if (action === "resume") return resumeBroadcast(deps, id, by);
  return cancelBroadcast(deps, id, by);
}

/** An admin turns paid broadcast on or off (audited). */
export async function setPaidBroadcast(deps: Deps, by: PersonId, on: boolean): Promise<void> {
  actingStaff(deps, by, { admin: true });
  await setPaidEnabled(deps.redis, on, by, deps.now);
}
