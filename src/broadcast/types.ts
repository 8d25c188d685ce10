/** A broadcast's shapes: audience, content, kind, spec and status, with their zod schemas. */
import * as z from "zod";
import type { Button, Channel } from "../channel/types.ts";
import type { Config } from "../config.ts";
import type { I18n } from "../i18n.ts";
import { LOCALES } from "../i18n.ts";
import type { PersonId } from "../people/id.ts";
import type { Redis } from "../store/redis.ts";
import { TOPICS } from "../subscriptions/topics.ts";

/**
 * Who receives a broadcast, in a form that can be stored and queued.
 * - `subscribers`: people subscribed to one of `topics` at a code inside one of `regions`, or at an
 *   ancestor of it (a notice for 370523 also reaches subscribers of 370500 and 370000), optionally
 *   only those whose language is in `locales`. With `within` (a staff member's scope), only
 *   subscriptions at codes inside that scope count: a city's staff never reach the province's list.
 * - `sets`: the union of Redis sets of user ids, e.g. a fair's RSVP set.
 * - `listed`: the ids were handed over page by page when the broadcast started (see StartAudience).
 * Stopped users (`jg:user:{id}` status=stopped) and ids without a profile are always left out.
 */
export type Audience = z.output<typeof audienceSchema>;

/** An audience at start time: a stored one, or an async source of id pages (taken in at once). */
export type StartAudience = Audience | { kind: "pages"; pages: AsyncIterable<readonly PersonId[]> };

/** What every recipient gets: HTML, a copy of an existing message, or a per-locale template. */
export type Content = z.output<typeof contentSchema>;

/** What the engine needs; `Deps` fits. `now` is the caller's clock (epoch ms). */
export interface Deps {
  redis: Redis;
  channel: Channel;
  config: Config;
  i18n: I18n;
  queue?: Queue<unknown> | undefined;
  now: number;
}

/**
 * What a broadcast is, for lists, reports and the audit: "staff" and "system" here, and each feature
 * names its own (the job fairs' "fair-announce", "fair-reminder", …), so no list here names them all.
 */
export const broadcastKind = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/);
export type BroadcastKind = "staff" | "system" | (string & {});

/** A broadcast to start. */
export interface BroadcastSpec {
  kind: BroadcastKind;
  /** User id of the person responsible (staff member or fair organiser); 0 for the system. */
  author: PersonId;
  audience: StartAudience;
  content: Content;
  /** Short label for lists, reports and the audit log (no personal data). */
  label: string;
  /** Epoch ms; in the future, the Cron Trigger starts it then. */
  scheduledAt?: number | undefined;
  /** Where the live progress message and final report go (usually the author's chat). */
  progressChatId?: PersonId | undefined;
  approvedBy?: PersonId | undefined;
  /** Telegram's paid broadcast (higher rate, billed in Stars). */
  paid?: boolean | undefined;
  /**
   * Idempotency key: a second start with the same key returns the first broadcast instead of
   * creating another (for jobs that may run twice, e.g. `fair-reminder:{fairId}`).
   */
  idempotencyKey?: string | undefined;
  /** Region code the broadcast belongs to, for /broadcasts scope; "" (default): province-wide. */
  scope?: string | undefined;
  /** The audience count the author saw, kept for the approval message and the audit. */
  counted?: number | undefined;
  /** Language of the progress message and report; default: the author's stored language. */
  locale?: "zh-CN" | "en" | undefined;
  /**
   * Epoch ms: keep the recipient and outcome sets at least until then, if that is later than a month
   * after the end (who was told of a job fair is read until a month after the fair).
   */
  keepUntil?: number | undefined;
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

const https = z.url({ protocol: /^https$/ });
const button = z.union([
  z.object({ text: z.string().min(1).max(64), url: https }),
  z.object({ text: z.string().min(1).max(64), callback: z.string().min(1).max(64) }),
]);
const buttons = z.array(z.array(button).min(1).max(8)).max(10).optional();
const regionCode = z.string().regex(/^\d{6}$/);
/**
 * Markup of one announcement. 4,096 visible characters grow when escaped (`"` is six) and
 * tagged (a link adds its URL), so the bound is well above Telegram's visible limit.
 */
export const MAX_HTML = 65_536;

export const audienceSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("subscribers"),
    topics: z.array(z.enum(TOPICS)).min(1),
    regions: z.array(regionCode).min(1).max(50),
    locales: z.array(z.enum(LOCALES)).optional(),
    within: regionCode.optional(),
  }),
  z.object({ kind: z.literal("sets"), keys: z.array(z.string().startsWith("jg:")).min(1).max(200) }),
  z.object({ kind: z.literal("listed") }),
]);

export const contentSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("html"), html: z.string().min(1).max(MAX_HTML), buttons }),
  z.object({
    kind: z.literal("copy"),
    chatId: z.number().int(),
    messageId: z.number().int(),
    buttons,
    /** The post's caption as HTML, for channels that cannot copy a Telegram post (WeChat shows it as text). */
    html: z.string().max(MAX_HTML).optional(),
  }),
  z.object({
    kind: z.literal("template"),
    template: z.string().min(1).max(64),
    params: z.record(z.string(), z.json()),
  }),
]);

export type { Button };
