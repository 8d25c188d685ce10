/**
 * A fair's notices (announcement, cancellation, reminder, change) go out through send-and-record:
 * each recipient is recorded in the notice's done set as soon as Telegram accepts, and a lease per
 * notice keeps two runs (cron twice, cron + webhook) from sending at once. A run that hits its
 * budget stops cleanly; the next run walks the audience again and skips everyone already done.
 * The broadcast engine can take over by calling `audiencePages` and `noticeRenderer` itself.
 */
import * as z from "zod";
import type { Channel, OutgoingMessage } from "../channel/types.ts";
import { type DeliveryReport, sendAndRecord } from "../delivery/send-and-record.ts";
import type { I18n, Locale } from "../i18n.ts";
import { keys, ttl } from "../store/keys.ts";
import type { Redis } from "../store/redis.ts";
import { audiencePages } from "./audience.ts";
import { getFair } from "./store.ts";
import { type FairNoticeKind, fairTemplates } from "./templates.ts";
import type { Fair } from "./types.ts";
import { addDays, localParts, zonedTime } from "./zoned.ts";

/** What sending a notice needs: storage, the channel, the texts, the time zone, the rate, the clock. */
export interface NoticeDeps {
  redis: Redis;
  channel: Channel;
  i18n: I18n;
  timeZone: string;
  /** Messages per second (BROADCAST_RATE). */
  rate: number;
  now: () => number;
}

/** How much one run may do before it stops and leaves the rest to the next run. */
export interface NoticeBudget {
  /** Wall-clock time (Date.now()) after which no new send starts. */
  deadline: number;
  /** Most sends this run may attempt (the Worker's subrequest limit). */
  maxSends: number;
}

/** What a run did: done (everyone handled), partial (budget ran out), busy (another run holds it). */
export interface NoticeRun {
  status: "done" | "partial" | "busy" | "dropped";
  sent: number;
  skipped: number;
  gone: number;
  failed: number;
}

const outboxMember = z.tuple([
  z.string().regex(/^\d{1,12}$/),
  z.enum(["announce", "cancel", "reminder", "change"]),
]);
const member = (fairId: string, kind: FairNoticeKind) => `${fairId}:${kind}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
// Deletes the lease only if it is still ours, so a run that overran never frees someone else's.
const RELEASE = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;

/** Puts a notice in the outbox, due at `due`; queuing it twice is harmless. */
export async function queueNotice(redis: Redis, fairId: string, kind: FairNoticeKind, due: number) {
  await redis.zadd(keys.fairOutbox(), { score: due, member: member(fairId, kind) });
}

/** Builds `render(userId, locale)` for one notice of one fair: the template in her language. */
export function noticeRenderer(
  i18n: I18n,
  timeZone: string,
  fair: Fair,
  kind: FairNoticeKind,
): (userId: number, locale: Locale) => OutgoingMessage {
  const template = fairTemplates[kind];
  return (_userId, locale) => template(i18n, locale, { fair, timeZone });
}

/** Spaces sends at `rate` per second across one run. */
function pacer(rate: number): () => Promise<void> {
  const gap = 1000 / rate;
  let next = 0;
  return async () => {
    const now = Date.now();
    next = Math.max(next, now);
    const wait = next - now;
    next += gap;
    if (wait > 0) await sleep(wait);
  };
}

/** 09:00 on the day before the fair, in the fair's time zone. */
export function reminderTime(startsAt: number, timeZone: string): number {
  const day = addDays(localParts(startsAt, timeZone), -1);
  return zonedTime(day.year, day.month, day.day, 9, 0, timeZone);
}

/**
 * Whether a notice no longer makes sense (fair gone, cancelled, started, or moved so that its reminder
 * is not due yet); such a notice is dropped from the outbox instead of sent.
 */
export function noticeIsStale(
  fair: Fair | null,
  kind: FairNoticeKind,
  now: number,
  timeZone: string,
): boolean {
  if (!fair) return true;
  if (kind === "cancel") return fair.status !== "cancelled";
  if (kind === "reminder" && now < reminderTime(fair.startsAt, timeZone)) return true;
  return fair.status !== "published" || fair.startsAt <= now;
}

/**
 * Sends one notice of a fair to whoever of its audience has not had it yet, within the budget.
 * Stopped people are skipped, a 403 marks the person stopped; see sendAndRecord for the rest.
 */
export async function sendNotice(
  deps: NoticeDeps,
  fairId: string,
  kind: FairNoticeKind,
  budget: NoticeBudget,
): Promise<NoticeRun> {
  const run: NoticeRun = { status: "done", sent: 0, skipped: 0, gone: 0, failed: 0 };
  const { redis } = deps;
  const lock = keys.fairNoticeLock(fairId, kind);
  const token = crypto.randomUUID();
  if ((await redis.set(lock, token, { nx: true, ex: ttl.fairNoticeLock })) === null) {
    return { ...run, status: "busy" };
  }
  try {
    const fair = await getFair(redis, fairId);
    if (noticeIsStale(fair, kind, deps.now(), deps.timeZone)) {
      await redis.zrem(keys.fairOutbox(), member(fairId, kind));
      return { ...run, status: "dropped" };
    }
    const doneKey = keys.fairNoticeDone(fairId, kind);
    const render = noticeRenderer(deps.i18n, deps.timeZone, fair!, kind);
    let sends = 0;
    const shouldStop = () => Date.now() >= budget.deadline || sends >= budget.maxSends;
    const options = {
      pace: pacer(deps.rate),
      now: deps.now,
      shouldStop,
      onRequest: (what: "redis" | "send") => void (what === "send" && sends++),
    };
    for await (const recipients of audiencePages(redis, fair!, kind)) {
      const report: DeliveryReport = await sendAndRecord(
        redis,
        deps.channel,
        { doneKey, recipients, render },
        options,
      );
      run.sent += report.sent;
      run.skipped += report.skipped;
      run.gone += report.gone;
      run.failed += report.failed.length;
      if (report.remaining.length > 0 || shouldStop()) {
        run.status = "partial";
        break;
      }
    }
    const pipe = redis.pipeline();
    // Who was told stays until a month after the fair (for a cancellation and /mydata), then goes.
    pipe.expireat(doneKey, Math.ceil(fair!.startsAt / 1000) + ttl.fairNoticeAfterStart);
    if (run.status === "done") pipe.zrem(keys.fairOutbox(), member(fairId, kind));
    await pipe.exec();
    return run;
  } finally {
    await redis.eval(RELEASE, [lock], [token]).catch(() => undefined);
  }
}

/** Outbox entries due by `now`, oldest first. */
export async function dueNotices(
  redis: Redis,
  now: number,
  limit = 20,
): Promise<{ fairId: string; kind: FairNoticeKind }[]> {
  const members = await redis.zrange<string[]>(keys.fairOutbox(), "-inf", now, {
    byScore: true,
    offset: 0,
    count: limit,
  });
  return members.flatMap((m) => {
    const parsed = outboxMember.safeParse(String(m).split(":"));
    return parsed.success ? [{ fairId: parsed.data[0], kind: parsed.data[1] }] : [];
  });
}
