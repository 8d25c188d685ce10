/** The staff console as a feature: its domain part is the Hono sub-app (src/console/index.tsx); nothing timed, no personal data. */
import type { FeatureDomain } from "../feature.ts";

export const consoleDomain: FeatureDomain = {};
