/** Privacy's own data: the profile and the session, listed first by /mydata and erased last by /delete. */
import type { FeatureDomain } from "../feature.ts";
import { profileSource, sessionSource } from "./core-sources.ts";

export const privacyDomain: FeatureDomain = { privacy: [profileSource, sessionSource] };
