import { logError } from "../log.ts";
import { keys, ttl } from "../store/keys.ts";
import { finalReport, progressText } from "./progress.ts";
import { type BroadcastRecord, type Counts, readCounts, readRecord } from "./record.ts";
import type { BroadcastDeps } from "./types.ts";

type Deps = Pick<BroadcastDeps, "redis" | "channel" | "i18n">;

/** Edits the progress message to the record's state; a failed edit is logged, never fatal. */
export async function editProgress(deps: Deps, r: BroadcastRecord, counts: Counts): Promise<void> {
  if (r.progress_chat === undefined || r.progress_msg === undefined) return;
  try {
    await deps.channel.edit(r.progress_chat, r.progress_msg, {
      html: progressText(deps.i18n, r.locale, r, counts),
    });
  } catch (error) {
    logError("bc_progress_edit_failed", error, { bc: r.id });
  }
}

/** Posts the first progress message and remembers its id. */
export async function postProgress(deps: Deps, r: BroadcastRecord): Promise<void> {
  if (r.progress_chat === undefined || r.progress_msg !== undefined) return;
  const counts = { sent: 0, blocked: 0, failed: 0, skipped: 0 };
  try {
    const { messageId } = await deps.channel.send(r.progress_chat, {
      html: progressText(deps.i18n, r.locale, r, counts),
    });
    r.progress_msg = messageId;
    await deps.redis.hset(keys.bc(r.id), { progress_msg: messageId });
  } catch (error) {
    logError("bc_progress_post_failed", error, { bc: r.id });
  }
}

/**
 * Ends a broadcast once: the first caller to claim `finished_at` sets the final status, edits the
 * progress message, sends the report and writes the audit entry; later callers do nothing.
 * The outcome sets then expire with the record, a month later.
 */
export async function finishBroadcast(
  deps: Deps,
  id: string,
  status: "done" | "cancelled",
  now: number,
  by?: number,
): Promise<boolean> {
  const claimed = await deps.redis.hsetnx(keys.bc(id), "finished_at", now);
  if (claimed !== 1) return false;
  await deps.redis.hset(keys.bc(id), by === undefined ? { status } : { status, decided_by: by });
  const [r, counts] = await Promise.all([readRecord(deps.redis, id), readCounts(deps.redis, id)]);
  if (!r) return true;
  const audit = {
    type: "broadcast",
    id,
    kind: r.kind,
    label: r.label,
    status,
    author: r.author,
    approved_by: r.approved_by ?? "",
    cancelled_by: status === "cancelled" ? (by ?? "") : "",
    audience: JSON.stringify(r.audience),
    paid: r.paid ? 1 : 0,
    total: r.total,
    ...counts,
    created: r.created,
    started: r.started_at ?? "",
    finished: now,
  };
  const pipe = deps.redis.pipeline();
  pipe.zrem(keys.bcScheduled(), id);
  pipe.xadd(keys.audit(), "*", audit);
  for (const key of [keys.bc, keys.bcRecipients, keys.bcDone, keys.bcGone, keys.bcFailed, keys.bcSkipped]) {
    pipe.expire(key(id), ttl.bcData);
  }
  await pipe.exec();
  await editProgress(deps, r, counts);
  if (r.progress_chat !== undefined) {
    try {
      await deps.channel.send(r.progress_chat, { html: finalReport(deps.i18n, r.locale, r, counts, now) });
    } catch (error) {
      logError("bc_report_failed", error, { bc: id });
    }
  }
  return true;
}
