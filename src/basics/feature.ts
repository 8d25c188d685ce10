/** The basics store nothing of their own and run no job: start, help, language, the menu. */
import type { FeatureDomain } from "../feature.ts";

export const basicsDomain: FeatureDomain = {};
