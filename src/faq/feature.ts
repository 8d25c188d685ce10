/** Loans and aid Q&A: her votes and the questions she passed to staff. */
import type { FeatureDomain } from "../feature.ts";
import { faqSource } from "./privacy.ts";

export const faqDomain: FeatureDomain = { privacy: [faqSource] };
