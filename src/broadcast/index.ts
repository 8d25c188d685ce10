/** The broadcast engine's public surface for the staff flow and other features (job-fair notices). */
/**
 * The broadcast engine's public surface, for the staff flow and for other features (job-fair
 * announcements, cancellations, reminders). Start a delivery with `startBroadcast(deps, spec)`;
 * `cancelBroadcast` stops one that has not ended. The Worker's queue handler calls
 * `consumeBroadcastBatch`, its cron runs `broadcastJob()`.
 * See docs/broadcasts.md for the guarantees (rate, 429/403/5xx, effectively once).
 */

export { consumeBroadcastBatch } from "./consumer.ts";
export { cancelBroadcast } from "./control.ts";
export { audienceSize, type StartResult, startBroadcast } from "./create.ts";
export { broadcastJob } from "./job.ts";
export { forgetRecipient } from "./privacy.ts";
export type {
  Audience,
  BroadcastKind,
  BroadcastSpec,
  Content,
  Deps,
  StartAudience,
} from "./types.ts";
