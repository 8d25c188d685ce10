/** Broadcasts: the watchdog and scheduled starts, the `message` template, who received what. */
import type { FeatureDomain } from "../feature.ts";
import { broadcastDraft } from "./draft.ts";
import { broadcastJob } from "./job.ts";
import { broadcastSource } from "./privacy.ts";
import { messageTemplate } from "./templates.ts";

export const broadcastDomain: FeatureDomain = {
  jobs: [broadcastJob()],
  templates: { message: messageTemplate },
  privacy: [broadcastSource],
  slices: [broadcastDraft],
};
