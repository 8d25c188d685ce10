/** The job fairs' cron job: start the day-before reminders that are due, once each. */
import type { Deps } from "../deps.ts";
import type { ScheduledJob } from "../jobs.ts";
import { logInfo } from "../log.ts";
import { fairKeys } from "./keys.ts";
import { noticeName, reminderTime, startNotice } from "./notices.ts";
import { fairsStartingBetween } from "./store.ts";

const HOUR = 3600_000;
/** After 09:00 the day before, a reminder is still worth sending until the evening of that day. */
const REMIND_WINDOW = 15 * HOUR;

/**
 * Starts the reminder broadcast of every fair whose reminder time has come, to those who RSVP'd.
 * Fairs already reminded for their start time, or without RSVPs yet, are passed over in one round
 * trip; the broadcast's idempotency key makes a cron that fires twice or overlaps start each
 * reminder once. A fair published after the evening before gets no reminder: its announcement is
 * recent enough.
 */
export async function startDueReminders(deps: Deps): Promise<string[]> {
  const { redis, now } = deps;
  const timeZone = deps.config.TIMEZONE;
  const fairs = (await fairsStartingBetween(redis, now + 1, now + 2 * 24 * HOUR + 1)).filter((f) => {
    const at = reminderTime(f.startsAt, timeZone);
    return at <= now && now < at + REMIND_WINDOW;
  });
  if (fairs.length === 0) return [];
  const pipe = redis.pipeline();
  for (const fair of fairs) {
    pipe.hexists(fairKeys.notices(fair.id), noticeName(fair, "reminder"));
    pipe.scard(fairKeys.rsvp(fair.id));
  }
  const found = (await pipe.exec<number[]>()).map(Number);
  const started: string[] = [];
  for (const [i, fair] of fairs.entries()) {
    if (found[i * 2] === 1 || found[i * 2 + 1] === 0) continue;
    const { id, existing } = await startNotice(deps, fair, "reminder", { id: fair.author });
    if (!existing) logInfo("fair_reminder", { fair: fair.id, bc: id });
    started.push(fair.id);
  }
  return started;
}

/** Every minute: start the day-before reminders that are due. Idempotent under overlap. */
export const fairRemindersJob: ScheduledJob = {
  name: "fair-reminders",
  run: async (deps) => void (await startDueReminders(deps)),
};
