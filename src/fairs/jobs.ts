import type { JobDeps, ScheduledJob } from "../jobs/types.ts";
import { logInfo } from "../log.ts";
import { keys } from "../store/keys.ts";
import type { Redis } from "../store/redis.ts";
import { dueNotices, type NoticeBudget, queueNotice, reminderTime, sendNotice } from "./notices.ts";
import { fairsStartingBetween } from "./store.ts";

const HOUR = 3600_000;
/** After 09:00 the day before, a reminder is still worth sending until the evening of that day. */
const REMIND_WINDOW = 15 * HOUR;

/**
 * Queues the reminder of every fair whose reminder time has come. HSETNX on the fair claims it, so
 * a reminder is queued once per fair however often the cron fires (an edit of the date releases it).
 * A fair published after the evening before gets no reminder: its announcement is recent enough.
 */
export async function queueDueReminders(redis: Redis, now: number, timeZone: string): Promise<string[]> {
  const fairs = await fairsStartingBetween(redis, now + 1, now + 2 * 24 * HOUR + 1);
  const due = fairs.filter((f) => {
    const at = reminderTime(f.startsAt, timeZone);
    return at <= now && now < at + REMIND_WINDOW;
  });
  const queued: string[] = [];
  for (const fair of due) {
    if ((await redis.hsetnx(keys.fair(fair.id), "remind_queued", now)) !== 1) continue;
    await queueNotice(redis, fair.id, "reminder", now);
    queued.push(fair.id);
  }
  return queued;
}

/** What one cron run may spend on fair notices (the broadcast engine will carry larger ones). */
export const CRON_BUDGET = { ms: 25_000, sends: 800 } as const;

/** Drains due notices within one budget: reminders first queued, then the outbox oldest first. */
export async function runFairNotices(deps: JobDeps, budget: NoticeBudget): Promise<void> {
  const timeZone = deps.config.TIMEZONE;
  await queueDueReminders(deps.redis, deps.now, timeZone);
  const noticeDeps = {
    redis: deps.redis,
    channel: deps.channel,
    i18n: deps.i18n,
    timeZone,
    rate: deps.config.BROADCAST_RATE,
    now: () => deps.now,
  };
  let sends = 0;
  for (const { fairId, kind } of await dueNotices(deps.redis, deps.now)) {
    if (Date.now() >= budget.deadline || sends >= budget.maxSends) break;
    const run = await sendNotice(noticeDeps, fairId, kind, { ...budget, maxSends: budget.maxSends - sends });
    sends += run.sent + run.gone + run.failed;
    if (run.status !== "busy") logInfo("fair_notice", { fair: fairId, kind, ...run });
  }
}

/** Every minute: queue due reminders, then send what the outbox holds. Idempotent under overlap. */
export const fairNoticesJob: ScheduledJob = {
  name: "fair-notices",
  run: (deps) => runFairNotices(deps, { deadline: Date.now() + CRON_BUDGET.ms, maxSends: CRON_BUDGET.sends }),
};
