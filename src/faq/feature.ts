/** Loans and aid Q&A: her votes and the questions she passed to staff. */
import type { FeatureDomain } from "../feature.ts";
import { lastQuestion } from "./last-question.ts";
import { shownMisses } from "./miss-list.ts";
import { faqSource } from "./privacy.ts";
import { entryWriting } from "./writing.ts";

export const faqDomain: FeatureDomain = {
  privacy: [faqSource],
  slices: [lastQuestion, shownMisses, entryWriting],
};
