/** Scheduled jobs: what the Cron Trigger runs every minute, each feature's jobs in feature order. */
import type { Deps } from "./deps.ts";
import { logError } from "./log.ts";

/** A unit of work the Cron Trigger runs every minute; it must be idempotent (cron may fire twice). */
export interface ScheduledJob {
  name: string;
  run(deps: Deps): Promise<void>;
}

/** Runs every job; one failing job is logged and does not stop the others. */
export async function runScheduledJobs(jobs: readonly ScheduledJob[], deps: Deps): Promise<void> {
  for (const job of jobs) {
    try {
      await job.run(deps);
    } catch (error) {
      logError("job_failed", error, { job: job.name });
    }
  }
}
