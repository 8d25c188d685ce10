/** Job fairs' keys and their lifetimes: fairs, RSVPs, the notices sent about them. */
import type { PersonId } from "../people/id.ts";

export const fairKeys = {
  fair: (id: string) => `jg:fair:${id}`,
  byTime: () => "jg:fairs:by-time",
  seq: () => "jg:fairs:seq",
  rsvp: (id: string) => `jg:fair:${id}:rsvp`,
  /**
   * A fair's notices and the broadcasts that carry them: hash of notice (`announce`, `cancel`,
   * `change:{seq}`, `reminder:{startsAt}`) → broadcast id, whose done set says who was told.
   */
  notices: (id: string) => `jg:fair:${id}:notices`,
  /** Claims one press of a fair form's publish button, so a double tap publishes once. */
  publishClaim: (press: string) => `jg:fairs:publish:${press}`,
  /** Scratch unions for /stats (deleted in the same pipeline, with a short TTL in case it fails). */
  statsTmp: (token: string, n: number) => `jg:tmp:stats:${token}:${n}`,
  /** The fairs a person RSVP'd to, so /mydata and /delete reach the RSVP sets. */
  userFairs: (userId: PersonId) => `jg:user:${userId}:fairs`,
} as const;

export const fairTtl = {
  /** Who was told about a fair is kept until a month after it (cancellations, /stats, /mydata), then goes. */
  noticeAfterStart: 60 * 60 * 24 * 30,
  /** A publish press is remembered long enough to outlast any double tap or redelivery. */
  publishClaim: 60 * 60 * 24,
  statsTmp: 60,
} as const;
