/** The progress message and the end of a broadcast: final status once, audit entry, report, expiry of its sets. */
import type { Deps } from "../deps.ts";
import { logError } from "../log.ts";
import type { PersonId } from "../people/id.ts";
import { keys } from "../store/keys.ts";
import { broadcastKeys, broadcastTtl } from "./keys.ts";
import { finalReport, progressText } from "./progress.ts";
import { type BroadcastRecord, type Counts, parseRecord, queueCounts, readCounts } from "./record.ts";
import { moveStatus } from "./status.ts";
import type { BroadcastStatus } from "./types.ts";

/** Edits the progress message to the record's state; a failed edit is logged, never fatal. */
export async function editProgress(deps: Deps, r: BroadcastRecord, counts: Counts): Promise<void> {
  if (r.progress_chat === undefined || r.progress_msg === undefined) return;
  try {
    await deps.channel.edit(r.progress_chat, r.progress_msg, {
      html: progressText(deps.i18n, r.locale, r, counts, { now: Date.now(), timeZone: deps.config.TIMEZONE }),
    });
  } catch (error) {
    logError("bc_progress_edit_failed", error, { bc: r.id });
  }
}

/**
 * Posts the first progress message and remembers its id (once: a later call finds it set). Posting
 * counts as the latest progress update, so the next edit waits its turn instead of repeating the
 * same 0/n right away (which Telegram refuses as "message is not modified").
 */
export async function postProgress(deps: Deps, r: BroadcastRecord, now: number): Promise<void> {
  if (r.progress_chat === undefined || r.progress_msg !== undefined) return;
  // Read, not assumed zero: WeChat's part of the recipients is shown from the first message.
  const counts = await readCounts(deps.redis, r.id);
  try {
    const { messageId } = await deps.channel.send(r.progress_chat, {
      html: progressText(deps.i18n, r.locale, r, counts, { now: Date.now(), timeZone: deps.config.TIMEZONE }),
    });
    r.progress_msg = messageId;
    r.progress_at = now;
    await deps.redis.hset(broadcastKeys.record(r.id), { progress_msg: messageId, progress_at: now });
  } catch (error) {
    logError("bc_progress_post_failed", error, { bc: r.id });
  }
}

const ACTIVE: readonly BroadcastStatus[] = ["approval", "scheduled", "preparing", "sending", "paused"];

/** How long the outcome sets must stay unchanged, and at most how long to wait for that. */
export const SETTLE = { quietMs: 700, maxMs: 5000 };

/**
 * A broadcast paused or cancelled while sending: the consumer sees the new status on its next
 * record write (≤ 200 ms), then writes what it had accepted meanwhile and its sends in flight.
 * Waits until the outcome sets stop growing, so what is shown counts everyone who got the message.
 */
export async function settle(redis: Deps["redis"], id: string): Promise<void> {
  const read = async () => JSON.stringify(await readCounts(redis, id));
  const until = Date.now() + SETTLE.maxMs;
  let last = await read();
  while (Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, SETTLE.quietMs));
    const now = await read();
    if (now === last) return;
    last = now;
  }
}

/**
 * Ends a broadcast once: the caller whose status change wins sets the final status, writes the
 * audit entry (who, when, audience, counts, approver), edits the progress message and sends the
 * report; later callers do nothing. Outcome sets then expire a month later (or at `keep_until`). Returns whether it won.
 */
export async function finishBroadcast(
  deps: Deps,
  id: string,
  status: "done" | "cancelled",
  now: number,
  opts: { by?: PersonId; from?: readonly BroadcastStatus[] } = {},
): Promise<boolean> {
  const extra: Record<string, string | number> = { finished_at: now };
  if (opts.by !== undefined) extra.decided_by = opts.by;
  const from = opts.from ?? (status === "done" ? ["sending", "preparing"] : ACTIVE);
  const previous = await moveStatus(deps.redis, id, from, status, extra);
  if (!previous) return false;
  if (status === "cancelled" && previous === "sending") await settle(deps.redis, id);
  const pipe = deps.redis.pipeline();
  pipe.hgetall(broadcastKeys.record(id));
  pipe.scard(broadcastKeys.recipients(id));
  const parse = queueCounts(pipe, id);
  const [raw, total, ...rest] = await pipe.exec<[Record<string, unknown> | null, number, ...unknown[]]>();
  const r = parseRecord(raw);
  const counts = parse(rest);
  if (!r) return true;
  // Those who erased their data left the recipient set but are still part of the total.
  r.total = r.prepared ? total + counts.erased : r.total;
  const audit = {
    type: "broadcast",
    id,
    kind: r.kind,
    label: r.label,
    status,
    author: r.author,
    approved_by: r.approved_by ?? "",
    cancelled_by: status === "cancelled" ? (opts.by ?? "") : "",
    audience: JSON.stringify(r.audience),
    paid: r.paid ? 1 : 0,
    total: r.total,
    sent: counts.sent,
    blocked: counts.blocked,
    failed: counts.failed,
    skipped: counts.skipped,
    // Each channel's part once WeChat is in it (Telegram's is the rest).
    ...(counts.wechat
      ? {
          wechat_total: counts.wechat.total,
          wechat_sent: counts.wechat.sent,
          wechat_template: counts.wechat.template,
          wechat_blocked: counts.wechat.blocked,
          wechat_failed: counts.wechat.failed,
          wechat_skipped: counts.wechat.skipped,
        }
      : {}),
    created: r.created,
    started: r.started_at ?? "",
    finished: now,
  };
  const after = deps.redis.pipeline();
  after.hset(broadcastKeys.record(id), { total: r.total });
  after.zrem(broadcastKeys.scheduled(), id);
  after.xadd(keys.audit(), "*", audit);
  const expiresAt = Math.ceil(Math.max(now + broadcastTtl.data * 1000, r.keep_until ?? 0) / 1000);
  for (const key of [
    broadcastKeys.record,
    broadcastKeys.recipients,
    broadcastKeys.done,
    broadcastKeys.gone,
    broadcastKeys.failed,
    broadcastKeys.skipped,
  ]) {
    after.expireat(key(id), expiresAt);
  }
  for (const set of ["rcpt", "done", "tpl", "gone", "failed", "skip"] as const) {
    after.expireat(broadcastKeys.wechat(id, set), expiresAt);
  }
  await after.exec();
  await editProgress(deps, r, counts);
  if (r.progress_chat !== undefined && r.started_at !== undefined) {
    try {
      await deps.channel.send(r.progress_chat, { html: finalReport(deps.i18n, r.locale, r, counts, now) });
    } catch (error) {
      logError("bc_report_failed", error, { bc: id });
    }
  }
  return true;
}
