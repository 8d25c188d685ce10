/** A fair's notices (announcement, cancellation, change, reminder) as broadcasts of the engine, once each. */
/**
 * A fair's notices (announcement, cancellation, change notice, reminder) are broadcasts of the
 * engine (src/broadcast): its pacing, 429/403/5xx handling, once-only records, progress and report.
 * Each notice starts one broadcast, named by an idempotency key per fair and notice, so a double tap
 * or a cron firing twice returns the one already started. `jg:fair:{id}:notices` maps the notices to
 * their broadcasts; a broadcast's done set is who was told (cancellations, /stats, /mydata).
 */
import { type Audience, cancelBroadcast, type StartResult, startBroadcast } from "../broadcast/index.ts";
import { broadcastKeys } from "../broadcast/keys.ts";
import type { Deps } from "../deps.ts";
import { DEFAULT_LOCALE, type Locale } from "../i18n.ts";
import type { PersonId } from "../people/id.ts";
import { localeOf } from "../people/language.ts";
import type { Redis } from "../store/redis.ts";
import { addDays, localParts, zonedTime } from "../time/zoned.ts";
import type { WasValues } from "./changes.ts";
import { fairKeys, fairTtl } from "./keys.ts";
import type { FairNoticeKind } from "./templates.ts";
import type { Fair } from "./types.ts";

const BROADCAST_KIND = {
  announce: "fair-announce",
  cancel: "fair-cancel",
  reminder: "fair-reminder",
  change: "fair-change",
} as const;

/** Who starts a notice: her id, her language, and whether her chat gets progress and the report. */
export interface NoticeAuthor {
  id: PersonId;
  locale?: Locale | undefined;
  progress?: boolean | undefined;
}

/**
 * A notice's name in `jg:fair:{id}:notices`. A fair is announced and cancelled once; every change
 * (by the fair's edit count) and the reminder of every start time are notices of their own.
 */
export function noticeName(fair: Pick<Fair, "seq" | "startsAt">, kind: FairNoticeKind): string {
  if (kind === "change") return `change:${fair.seq}`;
  if (kind === "reminder") return `reminder:${fair.startsAt}`;
  return kind;
}

/** 09:00 on the day before the fair, in the fair's time zone. */
export function reminderTime(startsAt: number, timeZone: string): number {
  const day = addDays(localParts(startsAt, timeZone), -1);
  return zonedTime(day.year, day.month, day.day, 9, 0, timeZone);
}

/** True while the day-before reminder is still to come: an RSVP made now can be promised one. */
export function reminderAhead(startsAt: number, now: number, timeZone: string): boolean {
  return now < reminderTime(startsAt, timeZone);
}

/**
 * Who gets a notice; the engine leaves stopped people out. Announcement: job-fair subscribers of the
 * fair's district, its city and the province. Cancellation: whoever the announcement reached and
 * whoever RSVP'd. Change and reminder: whoever RSVP'd.
 */
export function noticeAudience(
  fair: Pick<Fair, "id" | "region">,
  kind: FairNoticeKind,
  announcement?: string,
): Audience {
  if (kind === "announce") return { kind: "subscribers", topics: ["fairs"], regions: [fair.region] };
  const sets = [fairKeys.rsvp(fair.id)];
  if (kind === "cancel" && announcement) sets.unshift(broadcastKeys.done(announcement));
  return { kind: "sets", keys: sets };
}

/** The broadcast of one notice of a fair, if it was started. */
export async function noticeBroadcast(redis: Redis, fairId: string, name: string): Promise<string | null> {
  const id = await redis.hget(fairKeys.notices(fairId), name);
  return id === null ? null : String(id);
}

/** Every notice of these fairs with its broadcast, in one round trip. */
export async function noticesOf(redis: Redis, fairIds: readonly string[]) {
  if (fairIds.length === 0) return [];
  const pipe = redis.pipeline();
  for (const id of fairIds) pipe.hgetall(fairKeys.notices(id));
  const maps = await pipe.exec<(Record<string, unknown> | null)[]>();
  return fairIds.flatMap((fairId, i) =>
    Object.entries(maps[i] ?? {}).map(([name, bc]) => ({
      fairId,
      name,
      kind: name.split(":")[0] as FairNoticeKind,
      bc: String(bc),
    })),
  );
}

/**
 * Starts one notice of a fair as a broadcast (or returns the one already started for it), rendered
 * per recipient language by the `fair-notice` template from the fair's current details (and, for a
 * change notice, what it was before: `extra.was`). Who was told is kept until a month after the fair.
 */
export async function startNotice(
  deps: Deps,
  fair: Fair,
  kind: FairNoticeKind,
  author: NoticeAuthor,
  extra: { was?: WasValues } = {},
): Promise<StartResult> {
  const name = noticeName(fair, kind);
  const announcement = kind === "cancel" ? await noticeBroadcast(deps.redis, fair.id, "announce") : null;
  const locale = author.locale ?? (author.id ? await localeOf(deps.redis, author.id) : DEFAULT_LOCALE);
  const variant = name.includes(":") ? name.slice(name.indexOf(":")) : "";
  const started = await startBroadcast(deps, {
    kind: BROADCAST_KIND[kind],
    author: author.id,
    label: deps.i18n.text(locale, `fair-bc-${kind}`, { id: fair.id, title: fair.title }),
    audience: noticeAudience(fair, kind, announcement ?? undefined),
    content: {
      kind: "template",
      template: "fair-notice",
      // A change notice carries what the fair was before the edit; it renders what it is now.
      params: { fair: fair.id, notice: kind, ...(extra.was ? { was: extra.was } : {}) },
    },
    idempotencyKey: `fair-${kind}:${fair.id}${variant}`,
    scope: fair.region,
    progressChatId: author.progress ? author.id : undefined,
    locale,
    keepUntil: fair.startsAt + fairTtl.noticeAfterStart * 1000,
  });
  // Written again by a repeated start (same id), so a crash right after the start heals itself.
  await deps.redis.hset(fairKeys.notices(fair.id), { [name]: started.id });
  return started;
}

/**
 * Cancels the fair's notices still going out whose name passes `which` (e.g. the announcement of a
 * fair being cancelled, the reminder of a time that changed). Ended ones are left as they are.
 */
export async function stopNotices(
  deps: Deps,
  fairId: string,
  by: PersonId,
  which: (name: string) => boolean,
): Promise<void> {
  for (const notice of await noticesOf(deps.redis, [fairId])) {
    if (which(notice.name)) await cancelBroadcast(deps, notice.bc, by);
  }
}
