/** The basics: start, help, language, the menu; they keep, for channels without buttons, the options she was last shown. */
import { lastChoice } from "../channel/last-choice.ts";
import { lastScreen } from "../channel/last-screen.ts";
import type { FeatureDomain } from "../feature.ts";

export const basicsDomain: FeatureDomain = { slices: [lastScreen, lastChoice] };
