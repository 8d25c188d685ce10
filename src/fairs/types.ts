/** A job fair's shapes: the staff's draft, the stored fair, target groups, bounds. */
import * as z from "zod";
import { storedPersonId } from "../people/id.ts";

/** Who a fair is for; "all" means everyone. */
export const TARGETS = ["students", "rural", "homemaking", "all"] as const;
export type Target = (typeof TARGETS)[number];

/** Bounds on what staff type, so a message always fits and nothing is unbounded. */
export const LIMITS = {
  title: 100,
  venue: 200,
  description: 1000,
  contact: 100,
  link: 300,
  count: 100_000,
} as const;

/** The fields staff fill in with /newfair (and change when editing). */
export const draftSchema = z.object({
  title: z.string().min(1).max(LIMITS.title),
  startsAt: z.number().int().positive(),
  venue: z.string().min(1).max(LIMITS.venue),
  region: z.string().regex(/^\d{6}$/),
  employers: z.number().int().min(0).max(LIMITS.count),
  positions: z.number().int().min(0).max(LIMITS.count),
  targets: z.array(z.enum(TARGETS)).min(1),
  description: z.string().min(1).max(LIMITS.description),
  contact: z.string().min(1).max(LIMITS.contact),
  link: z.string().max(LIMITS.link).optional(),
});
export type FairDraft = z.output<typeof draftSchema>;

/** A published (or cancelled) fair as stored in `jg:fair:{id}`. */
export const fairSchema = draftSchema.extend({
  id: z.string().regex(/^\d{1,12}$/),
  status: z.enum(["published", "cancelled"]),
  author: storedPersonId,
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  /** Bumped on every edit: the ICS SEQUENCE, so calendars take the newer version. */
  seq: z.number().int().min(0),
});
export type Fair = z.output<typeof fairSchema>;

/** Fair ids in deep links and callback data: digits only. */
export const fairId = z.string().regex(/^\d{1,12}$/);
