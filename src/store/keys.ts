/**
 * The one key scheme. Every key starts with `jg:`; TTLs live next to the keys they govern.
 * The README's storage table mirrors this file.
 */
export const keys = {
  user: (id: number) => `jg:user:${id}`,
  session: (chatId: number) => `jg:session:${chatId}`,
  dedupe: (updateId: number) => `jg:dedupe:${updateId}`,
  /** Per bot: a Redis shared by two bots (or a token change) must not hand one the other's name. */
  botInfo: (botId: number) => `jg:botinfo:${botId}`,
  audit: () => "jg:audit",
  /** Set of user ids subscribed to a topic in a region (a city's set also covers its districts). */
  sub: (topic: string, regionCode: string) => `jg:sub:${topic}:${regionCode}`,
  fair: (id: string) => `jg:fair:${id}`,
  fairsByTime: () => "jg:fairs:by-time",
  fairSeq: () => "jg:fairs:seq",
  fairRsvp: (id: string) => `jg:fair:${id}:rsvp`,
  /**
   * A fair's notices and the broadcasts that carry them: hash of notice (`announce`, `cancel`,
   * `change:{seq}`, `reminder:{startsAt}`) → broadcast id, whose done set says who was told.
   */
  fairNotices: (id: string) => `jg:fair:${id}:notices`,
  /** Claims one press of a fair form's publish button, so a double tap publishes once. */
  fairPublishClaim: (press: string) => `jg:fairs:publish:${press}`,
  /** Scratch unions for /stats (deleted in the same pipeline, with a short TTL in case it fails). */
  statsTmp: (token: string, n: number) => `jg:tmp:stats:${token}:${n}`,
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
  /** The start time of the draft she was nudged about (SET … GET), so each draft is nudged once. */
  signupNudged: (userId: number) => `jg:signup:nudged:${userId}`,
  /** Mentor roster: hash per mentor, all ids, ids per city, id counter. */
  mentor: (id: string) => `jg:mentor:${id}`,
  mentors: () => "jg:mentors",
  mentorsByCity: (city: string) => `jg:mentors:${city}`,
  mentorSeq: () => "jg:mentors:seq",
  /** FAQ staff edits: hash entry id → JSON override; a token that changes on every edit; the edits, newest first. */
  faqOverride: (locale: string) => `jg:faq:override:${locale}`,
  faqRev: (locale: string) => `jg:faq:rev:${locale}`,
  faqHistory: (locale: string) => `jg:faq:history:${locale}`,
  /** Unanswered questions (normalised, masked): zset of "q:"+question → count, and a hash of details. */
  faqMiss: (locale: string) => `jg:faq:miss:${locale}`,
  faqMissInfo: (locale: string) => `jg:faq:miss:${locale}:info`,
  /** Ids of the people who asked staff to answer one missed question (hash of the question). */
  faqWaiting: (locale: string, questionHash: string) => `jg:faq:waiting:${locale}:${questionHash}`,
  /** 👍/👎 and times shown per entry: hash "{id}:up|down|shown" → count. */
  faqFeedback: (locale: string) => `jg:faq:feedback:${locale}`,
  /** A person's FAQ traces: her votes ("v:{message}") and questions passed to staff ("w:{locale}:{hash}"). */
  userFaq: (userId: number) => `jg:user:${userId}:faq`,
  /** A console sign-in link, by the SHA-256 of its token (the token itself is never stored): JSON {id, lang, exp}. */
  consoleLink: (tokenHash: string) => `jg:console:link:${tokenHash}`,
  /** Marks a console session signed out before its 8 hours ran out. */
  consoleSignedOut: (sid: string) => `jg:console:out:${sid}`,
} as const;

export const ttl = {
  /** Telegram stops redelivering an update after about a day. */
  dedupe: 60 * 60 * 26,
  /** A conversation state nobody touched for a week is abandoned. */
  session: 60 * 60 * 24 * 7,
  botInfo: 60 * 60 * 24,
  /** Who was told about a fair is kept until a month after it (cancellations, /stats, /mydata), then goes. */
  fairNoticeAfterStart: 60 * 60 * 24 * 30,
  /** A publish press is remembered long enough to outlast any double tap or redelivery. */
  fairPublishClaim: 60 * 60 * 24,
  statsTmp: 60,
  /** The union of audience sets lives only while an audience is counted. */
  bcUnion: 60 * 10,
  /** Recipient and outcome sets outlive the broadcast by a month (redelivery, reports, /mydata). */
  bcData: 60 * 60 * 24 * 30,
  /** The nudge marker outlives the draft it names (drafts expire after 7 days). */
  signupNudged: 60 * 60 * 24 * 8,
  /** Votes and questions passed to staff are forgotten after three months without a new one. */
  userFaq: 60 * 60 * 24 * 90,
  /** A console sign-in link works once, within 10 minutes. */
  consoleLink: 60 * 10,
  /** A console session lasts 8 hours from sign-in; its signed-out mark need not outlive it. */
  consoleSession: 60 * 60 * 8,
} as const;
