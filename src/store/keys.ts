/**
 * The one key scheme. Every key starts with `jg:`; TTLs live next to the keys they govern.
 * The README's storage table mirrors this file.
 */
export const keys = {
  user: (id: number) => `jg:user:${id}`,
  session: (chatId: number) => `jg:session:${chatId}`,
  dedupe: (updateId: number) => `jg:dedupe:${updateId}`,
  botInfo: () => "jg:botinfo",
  audit: () => "jg:audit",
  /** Set of user ids subscribed to a topic in a region (a city's set also covers its districts). */
  sub: (topic: string, regionCode: string) => `jg:sub:${topic}:${regionCode}`,
  fair: (id: string) => `jg:fair:${id}`,
  fairsByTime: () => "jg:fairs:by-time",
  fairSeq: () => "jg:fairs:seq",
  fairRsvp: (id: string) => `jg:fair:${id}:rsvp`,
  /** Claimed (SET NX) by the reminder job, so a fair's reminder starts once. */
  fairReminded: (id: string) => `jg:fair:${id}:reminded`,
  /** The fairs a person RSVP'd to, so /mydata and /delete reach the RSVP sets. */
  userFairs: (userId: number) => `jg:user:${userId}:fairs`,
  /** A broadcast's record, and its per-recipient outcome sets (reachable from a user via bcIndex). */
  bc: (id: string) => `jg:bc:${id}`,
  bcRecipients: (id: string) => `jg:bc:${id}:rcpt`,
  bcDone: (id: string) => `jg:bc:${id}:done`,
  bcGone: (id: string) => `jg:bc:${id}:gone`,
  bcFailed: (id: string) => `jg:bc:${id}:failed`,
  bcSkipped: (id: string) => `jg:bc:${id}:skip`,
  /** Temporary union of audience sets while a count is taken. */
  bcUnion: (id: string) => `jg:bc:${id}:union`,
  /** Broadcast ids by creation time; scheduled ones by due time. */
  bcIndex: () => "jg:bcs",
  bcScheduled: () => "jg:bcs:scheduled",
  /** Admin settings (paid broadcast), the consumer's 429 pause + liveness, idempotency claims. */
  bcSettings: () => "jg:bcs:settings",
  bcConsumer: () => "jg:bcs:consumer",
  bcClaim: (key: string) => `jg:bcs:claim:${key}`,
  /** Held (SET NX PX) by the one consumer invocation allowed to send, so the rate stays global. */
  bcLease: () => "jg:bcs:lease",
  /** Mentor sign-up: application hash, per-year reference counter, status zsets (global and per county). */
  signup: (ref: string) => `jg:signup:${ref}`,
  signupSeq: (year: number) => `jg:signup:seq:${year}`,
  signups: (status: string, county?: string) =>
    county ? `jg:signups:${status}:${county}` : `jg:signups:${status}`,
  /** A person's application refs, so /mydata and /delete reach them. */
  userSignups: (userId: number) => `jg:user:${userId}:signups`,
  /** Closed applications by closing time, for the retention job; anonymous counts after it. */
  signupRetention: () => "jg:signups:retention",
  signupCounts: () => "jg:signups:counts",
  /** Drafts by (a lower bound of) last activity, for the nudge and expiry job; members are user ids. */
  signupDrafts: () => "jg:signup:drafts",
  signupNudging: (userId: number) => `jg:signup:nudging:${userId}`,
  /** Mentor roster: hash per mentor, all ids, ids per city, id counter. */
  mentor: (id: string) => `jg:mentor:${id}`,
  mentors: () => "jg:mentors",
  mentorsByCity: (city: string) => `jg:mentors:${city}`,
  mentorSeq: () => "jg:mentors:seq",
} as const;

export const ttl = {
  /** Telegram stops redelivering an update after about a day. */
  dedupe: 60 * 60 * 26,
  /** A conversation state nobody touched for a week is abandoned. */
  session: 60 * 60 * 24 * 7,
  botInfo: 60 * 60 * 24,
  /** A reminder claim outlives the fair's day, then goes. */
  fairReminded: 60 * 60 * 24 * 3,
  /** The union of audience sets lives only while an audience is counted. */
  bcUnion: 60 * 10,
  /** Recipient and outcome sets outlive the broadcast by a month (redelivery, reports, /mydata). */
  bcData: 60 * 60 * 24 * 30,
  /** Claim held while the draft job sends one nudge, so overlapping crons send it once. */
  signupNudging: 60 * 10,
} as const;
