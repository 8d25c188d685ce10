/** A notice in a few short fields: what a template message (WeChat outside the 48-hour window) is filled from. */

/**
 * What a message announces, for a channel that may have to send it as a template with fixed fields.
 * Every field is plain text in the recipient's language; the channel shortens each to its field's
 * limit. The rest of the message (its text) fills a template's `summary` slot.
 */
export interface Notice {
  /**
   * What kind of notice this is: a broadcast's kind (`staff`, `fair-announce`, `fair-reminder`…) or
   * another feature's (`signup-status`). Templates are configured per kind, per kind family (the
   * part before the first "-") and a default `notice`.
   */
  kind: string;
  /** A title: the fair's name, a broadcast's first line. */
  title?: string;
  /** When what it announces happens (formatted, in her language). */
  when?: string;
  /** Where it happens. */
  place?: string;
  /** A status in a word or two: 已取消, 时间变更. */
  status?: string;
  /** A page to open when she taps the notice (https). */
  url?: string;
}

/** The slots a configured template's fields can be filled from. */
export const NOTICE_SLOTS = ["title", "summary", "when", "place", "status", "sent"] as const;
export type NoticeSlot = (typeof NOTICE_SLOTS)[number];
