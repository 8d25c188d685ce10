/** Mentor sign-up's keys and their lifetimes: applications, their indexes, drafts, the mentor roster. */
import type { PersonId } from "../people/id.ts";

export const signupKeys = {
  /** Mentor sign-up: application hash, per-year reference counter, status zsets (global and per county). */
  application: (ref: string) => `jg:signup:${ref}`,
  seq: (year: number) => `jg:signup:seq:${year}`,
  byStatus: (status: string, county?: string) =>
    county ? `jg:signups:${status}:${county}` : `jg:signups:${status}`,
  /** A person's application refs, so /mydata and /delete reach them. */
  userApplications: (userId: PersonId) => `jg:user:${userId}:signups`,
  /** Closed applications by closing time, for the retention job; anonymous counts after it. */
  retention: () => "jg:signups:retention",
  counts: () => "jg:signups:counts",
  /** Drafts by (a lower bound of) last activity, for the nudge and expiry job; members are user ids. */
  drafts: () => "jg:signup:drafts",
  /** The start time of the draft she was nudged about (SET … GET), so each draft is nudged once. */
  nudged: (userId: PersonId) => `jg:signup:nudged:${userId}`,
  /** Mentor roster: hash per mentor, all ids, ids per city, id counter. */
  mentor: (id: string) => `jg:mentor:${id}`,
  mentors: () => "jg:mentors",
  mentorsByCity: (city: string) => `jg:mentors:${city}`,
  mentorSeq: () => "jg:mentors:seq",
} as const;

export const signupTtl = {
  /** The nudge marker outlives the draft it names (drafts expire after 7 days). */
  nudged: 60 * 60 * 24 * 8,
} as const;
