/** The seven questions, in order. */
export const STEPS = ["name", "phone", "region", "stage", "industry", "needs", "about"] as const;
export type StepId = (typeof STEPS)[number];

/** Options of the choice steps; ids are stored, labels live in the locales (signup-stage-…). */
export const STAGES = ["idea", "young", "established"] as const;
export const INDUSTRIES = [
  "farming",
  "crafts",
  "ecommerce",
  "catering",
  "homemaking",
  "retail",
  "other",
] as const;
export const NEEDS = ["finance", "marketing", "skills", "management", "legal"] as const;
export type Stage = (typeof STAGES)[number];
export type Industry = (typeof INDUSTRIES)[number];
export type Need = (typeof NEEDS)[number];

/** Application statuses; every status has its own zset. */
export const STATUSES = ["received", "contacted", "matched", "closed"] as const;
export type Status = (typeof STATUSES)[number];
export const OPEN_STATUSES: readonly Status[] = ["received", "contacted", "matched"];

/** Bump when the consent notice changes materially; stored with every draft and application. */
export const CONSENT_VERSION = "2026-1";

export const NAME_MAX = 30;
export const ABOUT_MAX = 500;
export const NOTE_MAX = 300;

const HOUR = 3600_000;
const DAY = 24 * HOUR;
/** One nudge this long after she stops. */
export const NUDGE_AFTER_MS = DAY;
/** Unfinished drafts are discarded this long after her last answer. */
export const DRAFT_TTL_MS = 7 * DAY;
/** Index entries this old point at sessions Redis has already expired (session TTL is 7 days). */
export const INDEX_PRUNE_MS = 8 * DAY;
/** A draft idle this long gets a "continue?" offer instead of an error for an off-track message. */
export const RESUME_AFTER_MS = HOUR;
export const DAY_MS = DAY;
