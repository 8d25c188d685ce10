import { broadcastJob } from "../broadcast/job.ts";
import { fairRemindersJob } from "../fairs/jobs.ts";
import { logError } from "../log.ts";
import { signupDraftsJob, signupRetentionJob } from "../signup/jobs.ts";
import type { JobDeps, ScheduledJob } from "./types.ts";

/**
 * Every job the Cron Trigger runs, in order. A feature with timed work (reminders, scheduled
 * broadcasts, expiry) adds its job here.
 */
export const scheduledJobs: ScheduledJob[] = [
  broadcastJob(),
  signupDraftsJob,
  signupRetentionJob,
  fairRemindersJob,
];

/** Runs every job; one failing job is logged and does not stop the others. */
export async function runScheduledJobs(jobs: readonly ScheduledJob[], deps: JobDeps): Promise<void> {
  for (const job of jobs) {
    try {
      await job.run(deps);
    } catch (error) {
      logError("job_failed", error, { job: job.name });
    }
  }
}
