import { broadcastSource } from "../broadcast/privacy.ts";
import { rsvpSource } from "../fairs/privacy.ts";
import { faqSource } from "../faq/privacy.ts";
import { signupSource } from "../signup/privacy.ts";
import { subscriptionSource } from "../subscriptions/privacy.ts";
import { profileSource, sessionSource } from "./core-sources.ts";
import type { PersonalDataSource } from "./registry.ts";

/**
 * Every personal-data source, in dependency order. A feature that stores anything about a person
 * adds its source here, so /mydata and /delete stay complete.
 */
export const personalDataSources: readonly PersonalDataSource[] = [
  profileSource,
  sessionSource,
  subscriptionSource,
  signupSource,
  rsvpSource,
  faqSource,
  broadcastSource,
];
