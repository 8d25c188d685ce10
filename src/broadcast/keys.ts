/** Broadcasts' keys and their lifetimes: records, recipient and outcome sets, the engine's own state. */

export const broadcastKeys = {
  /** A broadcast's record, and its per-recipient outcome sets (reachable from a user via bcIndex). */
  record: (id: string) => `jg:bc:${id}`,
  recipients: (id: string) => `jg:bc:${id}:rcpt`,
  done: (id: string) => `jg:bc:${id}:done`,
  gone: (id: string) => `jg:bc:${id}:gone`,
  failed: (id: string) => `jg:bc:${id}:failed`,
  skipped: (id: string) => `jg:bc:${id}:skip`,
  /**
   * The WeChat part of each set above (its recipients, delivered, delivered as a template message,
   * gone, failed, skipped), so reports count each channel; Telegram's part is the whole less these.
   */
  wechat: (id: string, set: "rcpt" | "done" | "tpl" | "gone" | "failed" | "skip") => `jg:bc:${id}:wx:${set}`,
  /** Temporary union of audience sets while a count is taken. */
  union: (id: string) => `jg:bc:${id}:union`,
  /** Broadcast ids by creation time; scheduled ones by due time. */
  index: () => "jg:bcs",
  scheduled: () => "jg:bcs:scheduled",
  /** Admin settings (paid broadcast), the consumer's 429 pause + liveness, idempotency claims. */
  settings: () => "jg:bcs:settings",
  consumer: () => "jg:bcs:consumer",
  claim: (key: string) => `jg:bcs:claim:${key}`,
  /** Held (SET NX PX) by the one consumer invocation allowed to send, so the rate stays global. */
  lease: () => "jg:bcs:lease",
} as const;

export const broadcastTtl = {
  /** The union of audience sets lives only while an audience is counted. */
  union: 60 * 10,
  /** Recipient and outcome sets outlive the broadcast by a month (redelivery, reports, /mydata). */
  data: 60 * 60 * 24 * 30,
} as const;
