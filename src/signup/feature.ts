/** Mentor sign-up: draft nudges and expiry, retention of closed applications, her drafts and applications. */
import type { FeatureDomain } from "../feature.ts";
import { signupDraftsJob, signupRetentionJob } from "./jobs.ts";
import { signupSource } from "./privacy.ts";

export const signupDomain: FeatureDomain = {
  jobs: [signupDraftsJob, signupRetentionJob],
  privacy: [signupSource],
};
