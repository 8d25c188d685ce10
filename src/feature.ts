/** What a feature's domain contributes to the running service; src/features.ts assembles them. */
import type { TemplateRenderer } from "./deps.ts";
import type { ScheduledJob } from "./jobs.ts";
import type { PersonalDataSource } from "./privacy/registry.ts";
import type { AnySlice } from "./store/session.ts";

/** The parts of a feature that know no channel: its timed work, templates, personal data and session slices. */
export interface FeatureDomain {
  /** Run by the Cron Trigger every minute, in feature order; each must be idempotent. */
  jobs?: readonly ScheduledJob[];
  /** Broadcast templates by name, for broadcasts this feature starts. */
  templates?: Readonly<Record<string, TemplateRenderer>>;
  /** Everything it stores about a person, so /mydata shows it and /delete erases it. */
  privacy?: readonly PersonalDataSource[];
  /** Its parts of the per-chat session. */
  slices?: readonly AnySlice[];
}
