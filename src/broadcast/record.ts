/** A broadcast's record (`jg:bc:{id}`) read and written, its outcome counts, new broadcast ids. */
import * as z from "zod";
import { LOCALES } from "../i18n.ts";
import { personIdOf } from "../people/id.ts";
import type { Redis } from "../store/redis.ts";
import { broadcastKeys } from "./keys.ts";
import { audienceSchema, broadcastKind, contentSchema, STATUSES } from "./types.ts";

// @upstash/redis JSON-parses hash values on read, so JSON fields arrive as objects or strings.
const json = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" ? JSON.parse(v) : v), schema);
const num = z.coerce.number();
const optNum = z.coerce.number().optional();
// Who: a person's id (Telegram's number or a `wx:` openid); the author is 0 for the system.
const who = z.unknown().transform((v) => personIdOf(v) ?? 0);
const optWho = z
  .unknown()
  .optional()
  .transform((v) => personIdOf(v) ?? undefined);
const flag = z.preprocess((v) => v === 1 || v === "1" || v === true, z.boolean());

const recordSchema = z.object({
  id: z.coerce.string(),
  kind: broadcastKind,
  author: who,
  label: z.coerce.string(),
  scope: z.coerce.string().catch(""),
  status: z.enum(STATUSES),
  audience: json(audienceSchema),
  content: json(contentSchema),
  locale: z.enum(LOCALES).catch("zh-CN"),
  created: num,
  scheduled_at: optNum,
  started_at: optNum,
  finished_at: optNum,
  total: num.catch(0),
  counted: optNum,
  /** Epoch ms before which the outcome sets must not expire (see BroadcastSpec.keepUntil). */
  keep_until: optNum,
  /** Set once the recipient set is complete; until then a resume prepares it again. */
  prepared: flag,
  epoch: num.catch(0),
  progress_chat: optWho,
  progress_msg: optNum,
  progress_at: num.catch(0),
  heartbeat: num.catch(0),
  resumes: num.catch(0),
  approved_by: optWho,
  decided_by: optWho,
  paid: flag,
  error: z.coerce.string().optional(),
  /** Recipients who erased their data (/delete) after it was prepared (see Counts); `wx_erased` of them on WeChat. */
  erased: num.catch(0),
  /** WeChat's daily limit was reached: its part of the broadcast waits until then (epoch ms). */
  wx_wait_until: optNum,
});

/** A broadcast as stored in `jg:bc:{id}`; counts live in the outcome sets, not here. */
export type BroadcastRecord = z.output<typeof recordSchema>;

/** Parses a stored hash; null when missing or malformed (a malformed record is never sent). */
export function parseRecord(raw: Record<string, unknown> | null): BroadcastRecord | null {
  if (!raw || Object.keys(raw).length === 0) return null;
  const parsed = recordSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** Reads one broadcast record. */
export async function readRecord(redis: Redis, id: string): Promise<BroadcastRecord | null> {
  return parseRecord(await redis.hgetall(broadcastKeys.record(id)));
}

/** Drops undefined values so HSET only writes what is known. */
export function fields(values: Record<string, string | number | boolean | undefined>) {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(values)) {
    if (v !== undefined) out[k] = typeof v === "boolean" ? (v ? 1 : 0) : v;
  }
  return out;
}

/** WeChat's part of a broadcast: its recipients, and how many got it as a template message (outside their window). */
export interface WechatCounts {
  /** Its recipients now (those who erased their data since are in `erased`). */
  total: number;
  sent: number;
  template: number;
  blocked: number;
  failed: number;
  skipped: number;
  erased: number;
}

/**
 * Delivered, blocked (gone: blocked the bot, or unfollowed), failed and skipped counts of one
 * broadcast, as the outcome sets hold them, all channels together, and how many of its recipients
 * erased their data (/delete) since it was prepared: they left every set, so they are counted on the
 * record (`erased`), and a finished broadcast still adds up to its total. `wechat` is WeChat's part,
 * there when the broadcast reaches anyone on WeChat.
 */
export interface Counts {
  sent: number;
  blocked: number;
  failed: number;
  skipped: number;
  erased: number;
  wechat?: WechatCounts;
}

/** One channel's counts: its recipients (erased ones included) and their outcomes. */
export interface ChannelCounts {
  total: number;
  sent: number;
  blocked: number;
  failed: number;
  skipped: number;
  erased: number;
}

/**
 * The counts of each channel (the staff console shows them): WeChat's from its own sets, Telegram's
 * the rest of `total` (the broadcast's recipients, erased ones included) and of each outcome.
 */
export function countsByChannel(
  c: Counts,
  total: number,
): { telegram: ChannelCounts; wechat: ChannelCounts & { template: number } } {
  const wx = c.wechat ?? { total: 0, sent: 0, template: 0, blocked: 0, failed: 0, skipped: 0, erased: 0 };
  const wechat = { ...wx, total: wx.total + wx.erased };
  return {
    telegram: {
      total: Math.max(0, total - wechat.total),
      sent: c.sent - wx.sent,
      blocked: c.blocked - wx.blocked,
      failed: c.failed - wx.failed,
      skipped: c.skipped - wx.skipped,
      erased: c.erased - wx.erased,
    },
    wechat,
  };
}

/** How many results `queueCounts` adds to a pipeline (to slice several broadcasts' results apart). */
export const COUNT_READS = 12;

/** Adds the count reads to a pipeline (COUNT_READS of them); the returned function parses their results. */
export function queueCounts(pipe: ReturnType<Redis["pipeline"]>, id: string) {
  pipe.scard(broadcastKeys.done(id));
  pipe.scard(broadcastKeys.gone(id));
  pipe.hlen(broadcastKeys.failed(id));
  pipe.scard(broadcastKeys.skipped(id));
  pipe.hget(broadcastKeys.record(id), "erased");
  for (const set of ["rcpt", "done", "tpl", "gone", "failed", "skip"] as const) {
    pipe.scard(broadcastKeys.wechat(id, set));
  }
  pipe.hget(broadcastKeys.record(id), "wx_erased");
  const n = (v: unknown) => Number(v ?? 0);
  return (r: unknown[]): Counts => {
    const counts: Counts = {
      sent: n(r[0]),
      blocked: n(r[1]),
      failed: n(r[2]),
      skipped: n(r[3]),
      erased: n(r[4]),
    };
    const wechat = {
      total: n(r[5]),
      sent: n(r[6]),
      template: n(r[7]),
      blocked: n(r[8]),
      failed: n(r[9]),
      skipped: n(r[10]),
      erased: n(r[11]),
    };
    if (Object.values(wechat).some((v) => v > 0)) counts.wechat = wechat;
    return counts;
  };
}

/** Reads the counts in one round trip. */
export async function readCounts(redis: Redis, id: string): Promise<Counts> {
  const pipe = redis.pipeline();
  const parse = queueCounts(pipe, id);
  return parse(await pipe.exec());
}

/** Recipients handled so far, whatever the outcome (one who erased her data is handled). */
export const processed = (c: Counts) => c.sent + c.blocked + c.failed + c.skipped + c.erased;

/** No one is handled yet. */
export const NO_COUNTS: Counts = { sent: 0, blocked: 0, failed: 0, skipped: 0, erased: 0 };

/** A time-ordered, unguessable id: base-36 milliseconds plus random characters. */
export function newBroadcastId(now: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(4));
  const rand = [...bytes].map((b) => (b % 36).toString(36)).join("");
  return `${now.toString(36)}${rand}`;
}
