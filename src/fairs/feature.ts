/** Job fairs: the day-before reminders, the `fair-notice` template, her RSVPs and the notices she got. */
import type { FeatureDomain } from "../feature.ts";
import { fairForm } from "./form.ts";
import { fairRemindersJob } from "./jobs.ts";
import { rsvpSource } from "./privacy.ts";
import { fairNoticeTemplate } from "./templates.ts";

export const fairsDomain: FeatureDomain = {
  jobs: [fairRemindersJob],
  templates: { "fair-notice": fairNoticeTemplate },
  privacy: [rsvpSource],
  slices: [fairForm],
};
