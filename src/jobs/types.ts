import type { Channel } from "../channel/types.ts";
import type { Config } from "../config.ts";
import type { I18n } from "../i18n.ts";
import type { Redis } from "../store/redis.ts";

/** What a scheduled job or queue consumer gets: no grammY, just the channel and storage. */
export interface JobDeps {
  redis: Redis;
  config: Config;
  i18n: I18n;
  channel: Channel;
  queue?: Queue<unknown> | undefined;
  /** The cron's scheduled time (epoch ms), so tests control the clock. */
  now: number;
}

/** A unit of work the Cron Trigger runs every minute; it must be idempotent (cron may fire twice). */
export interface ScheduledJob {
  name: string;
  run(deps: JobDeps): Promise<void>;
}
