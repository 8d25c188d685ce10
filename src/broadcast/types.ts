import { z } from "zod";
import type { Button, Channel } from "../channel/types.ts";
import type { Config } from "../config.ts";
import type { I18n, Locale } from "../i18n.ts";
import { LOCALES } from "../store/profile.ts";
import type { Redis } from "../store/redis.ts";

export const TOPICS = ["fairs", "business", "training", "aid"] as const;
/** Subscription topics; `jg:sub:{topic}:{code}` holds the subscribers of one topic in one region. */
export type Topic = (typeof TOPICS)[number];

/**
 * Who receives a broadcast.
 * - `subscribers`: everyone subscribed to one of `topics` at a code inside one of `regions`, or at an
 *   ancestor of it (a fair in 370523 reaches subscribers of 370523, 370500 and 370000), optionally
 *   only those whose language is in `locales`.
 * - `sets`: the union of Redis sets of user ids, e.g. a fair's RSVP set.
 * Stopped users (`jg:user:{id}` status=stopped) and ids without a profile are always left out.
 */
export type Audience =
  | { kind: "subscribers"; topics: Topic[]; regions: string[]; locales?: Locale[] }
  | { kind: "sets"; keys: string[] };

/** What every recipient gets: HTML, a copy of an existing message, or a per-locale template. */
export type Content =
  | { kind: "html"; html: string; buttons?: Button[][] }
  | { kind: "copy"; chatId: number; messageId: number; buttons?: Button[][] }
  | { kind: "template"; template: string; params: Record<string, string> };

/** What the engine needs; `JobDeps` fits. `now` is the caller's clock (epoch ms). */
export interface BroadcastDeps {
  redis: Redis;
  channel: Channel;
  config: Config;
  i18n: I18n;
  queue?: Queue<unknown> | undefined;
  now: number;
}

export type BroadcastKind = "staff" | "fair-announce" | "fair-cancel" | "fair-reminder";

/** A broadcast to start. */
export interface BroadcastSpec {
  kind: BroadcastKind;
  /** User id of the person responsible (staff member or fair organiser). */
  author: number;
  audience: Audience;
  content: Content;
  /** Short label for lists, reports and the audit log (no personal data). */
  label: string;
  /** Epoch ms; in the future, the Cron Trigger starts it then. */
  scheduledAt?: number;
  /** Where the live progress message and final report go (usually the author's chat). */
  progressChatId?: number;
  approvedBy?: number;
  /** Telegram's paid broadcast (higher rate, billed in Stars). */
  paid?: boolean;
  /**
   * Optional idempotency key: a second start with the same key returns the first broadcast instead of
   * creating another (for jobs that may run twice, e.g. `fair-reminder:{fairId}`).
   */
  idempotencyKey?: string;
  /** Region code prefix the broadcast belongs to, for /broadcasts scope; default: everywhere. */
  scope?: string;
}

export const STATUSES = [
  "approval",
  "rejected",
  "scheduled",
  "preparing",
  "sending",
  "paused",
  "cancelled",
  "done",
] as const;
export type BroadcastStatus = (typeof STATUSES)[number];

const button = z.union([
  z.object({ text: z.string().min(1), url: z.string().url() }),
  z.object({ text: z.string().min(1), callback: z.string().min(1).max(64) }),
]);
const buttons = z.array(z.array(button)).optional();
const regionCode = z.string().regex(/^\d{6}$/);

export const audienceSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("subscribers"),
    topics: z.array(z.enum(TOPICS)).min(1),
    regions: z.array(regionCode).min(1),
    locales: z.array(z.enum(LOCALES)).optional(),
  }),
  z.object({ kind: z.literal("sets"), keys: z.array(z.string().startsWith("jg:")).min(1) }),
]);

export const contentSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("html"), html: z.string().min(1).max(4096), buttons }),
  z.object({ kind: z.literal("copy"), chatId: z.number().int(), messageId: z.number().int(), buttons }),
  z.object({
    kind: z.literal("template"),
    template: z.string().min(1),
    params: z.record(z.string(), z.string()),
  }),
]);
