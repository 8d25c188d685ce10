/** Mentor sign-up: draft nudges and expiry, retention of closed applications, her drafts and applications. */
import type { FeatureDomain } from "../feature.ts";
import { closingNote } from "./closing-note.ts";
import { consentShown } from "./consent-shown.ts";
import { signupDraft } from "./draft.ts";
import { signupDraftsJob, signupRetentionJob } from "./jobs.ts";
import { mentorForm } from "./mentor-form.ts";
import { signupSource } from "./privacy.ts";

export const signupDomain: FeatureDomain = {
  jobs: [signupDraftsJob, signupRetentionJob],
  privacy: [signupSource],
  slices: [signupDraft, consentShown, closingNote, mentorForm],
};
