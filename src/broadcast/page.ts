/** The queue step that sends one page of a broadcast at its rate, stopping for pauses, budgets and long 429s. */
import { sendAndRecord } from "../delivery/send-and-record.ts";
import { logInfo } from "../log.ts";
import { channelOf } from "../people/id.ts";
import { finishIfComplete } from "./complete.ts";
import { editProgress } from "./finish.ts";
import type { Invocation } from "./invocation.ts";
import { broadcastKeys } from "./keys.ts";
import { enqueue, type PageMessage } from "./messages.ts";
import { parseRecord, queueCounts } from "./record.ts";
import { recordRenderer } from "./render.ts";
import { channelRate, paceField } from "./settings.ts";

type StopReason = "control" | "budget" | "throttle";

/**
 * Sends one page of a broadcast at its channel's rate (a page holds one channel's recipients, see
 * enumerate.ts). Pages of a broadcast that is no longer sending, or of an older epoch, are dropped
 * (a resume pages the recipients again). Every record write also reads the broadcast's status, so a
 * pause or cancel stops the page within one write interval; a page cut short by the budget or a long
 * wait (Telegram's 429, WeChat's daily limit) goes back to the queue with what is left, and only
 * that channel waits.
 */
export async function sendPage(inv: Invocation, msg: PageMessage): Promise<void> {
  const { deps, tuning } = inv;
  const { redis } = deps;
  const id = msg.bc;
  const channel = channelOf(msg.ids[0]!);
  const throttleField = paceField("throttle_until", channel);
  const head = redis.pipeline();
  head.hgetall(broadcastKeys.record(id));
  head.hget(broadcastKeys.consumer(), throttleField);
  head.hset(broadcastKeys.consumer(), { alive: tuning.clock() });
  head.smismember(broadcastKeys.recipients(id), msg.ids);
  inv.spend(1);
  const [raw, throttle, , member] =
    await head.exec<[Record<string, unknown> | null, unknown, number, number[]]>();
  const r = parseRecord(raw);
  if (r?.status !== "sending" || r.epoch !== msg.epoch) return;
  // Someone who erased her data (/delete) since the page was queued is no longer a recipient.
  const recipients = msg.ids.filter((_, i) => member[i] === 1);
  const pacer = inv.pacer(channelRate(deps.config, channel, r.paid), channel);
  pacer.block(Number(throttle ?? 0));

  let stop: StopReason | undefined;
  const edits: Promise<void>[] = [];
  const report = await sendAndRecord(
    redis,
    deps.channel,
    {
      doneKey: broadcastKeys.done(id),
      recipients,
      render: recordRenderer(deps, r),
      outcomeKeys: {
        gone: broadcastKeys.gone(id),
        failed: broadcastKeys.failed(id),
        skipped: broadcastKeys.skipped(id),
        wechat: {
          done: broadcastKeys.wechat(id, "done"),
          template: broadcastKeys.wechat(id, "tpl"),
          gone: broadcastKeys.wechat(id, "gone"),
          failed: broadcastKeys.wechat(id, "failed"),
          skipped: broadcastKeys.wechat(id, "skip"),
        },
      },
    },
    {
      pace: pacer.pace,
      async waitRetryAfter(seconds) {
        const until = tuning.clock() + seconds * 1000;
        pacer.block(until);
        pacer.widen();
        const long = until - tuning.clock() > tuning.maxInlineWaitMs;
        inv.spend(1);
        // Shared with later invocations, so this channel's part of every broadcast waits it out; a
        // long wait (WeChat's daily limit) is shown in the progress message and the report too. Both
        // in one request, so two sends refused together never leave the two values apart.
        const pipe = redis.pipeline();
        pipe.hset(broadcastKeys.consumer(), { [throttleField]: until });
        if (long && channel === "wechat") pipe.hset(broadcastKeys.record(id), { wx_wait_until: until });
        await pipe.exec();
        if (!long) return pacer.waitGate();
        if (channel === "wechat") logInfo("bc_wechat_waiting", { bc: id, until });
      },
      maxRetries: tuning.maxRetries,
      backoffMs: tuning.backoffMs,
      now: tuning.clock,
      concurrency: tuning.concurrency,
      recordDelayMs: tuning.recordDelayMs,
      recordBatch: tuning.recordBatch,
      recordRetries: tuning.recordRetries,
      shouldStop() {
        if (!stop && inv.exhausted(5)) stop = "budget";
        if (!stop && pacer.gateUntil - tuning.clock() > tuning.maxInlineWaitMs) stop = "throttle";
        return stop !== undefined;
      },
      piggyback(pipe) {
        const now = tuning.clock();
        pipe.hmget(broadcastKeys.record(id), "status", "epoch");
        pipe.hset(broadcastKeys.record(id), { heartbeat: now });
        const due = inv.progressDue(r, now);
        const counts = due ? queueCounts(pipe, id) : undefined;
        if (due) pipe.hset(broadcastKeys.record(id), { progress_at: now });
        return (results) => {
          const state = results[0] as Record<string, unknown> | null;
          if (state?.status !== "sending" || Number(state.epoch) !== msg.epoch) stop ??= "control";
          if (counts) edits.push(editProgress(deps, r, counts(results.slice(2))));
        };
      },
      onRequest: () => inv.spend(1),
    },
  );
  inv.spend(edits.length);
  await Promise.all(edits);
  if (report.remaining.length > 0 && stop !== "control") {
    const wait = stop === "throttle" ? Math.ceil((pacer.gateUntil - tuning.clock()) / 1000) : 0;
    inv.spend(1);
    await enqueue(deps.queue, [{ ...msg, ids: report.remaining }], Math.max(0, wait));
  }
  await finishIfComplete(inv, id, r);
}
