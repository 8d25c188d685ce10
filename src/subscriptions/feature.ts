/** Alert subscriptions: her regions, topics and consent. */
import type { FeatureDomain } from "../feature.ts";
import { subscriptionForm } from "./form.ts";
import { subscriptionSource } from "./privacy.ts";

export const subscriptionsDomain: FeatureDomain = {
  privacy: [subscriptionSource],
  slices: [subscriptionForm],
};
