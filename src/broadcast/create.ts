/** Starting a broadcast (now, at a time, or held for approval), once per idempotency key; counting an audience. */
import type { Deps } from "../deps.ts";
import { DEFAULT_LOCALE } from "../i18n.ts";
import type { PersonId } from "../people/id.ts";
import { localeOf } from "../people/language.ts";
import type { Redis } from "../store/redis.ts";
import { countAudience, toIds } from "./audience.ts";
import { broadcastKeys, broadcastTtl } from "./keys.ts";
import { beginPreparing } from "./launch.ts";
import { fields, newBroadcastId } from "./record.ts";
import { templateNamed } from "./templates.ts";
import {
  type Audience,
  audienceSchema,
  type BroadcastSpec,
  broadcastKind,
  contentSchema,
  type StartAudience,
} from "./types.ts";

/** The number of distinct recipients an audience reaches now: stopped users and other languages left out. */
export async function audienceSize(deps: Pick<Deps, "redis" | "now">, audience: Audience) {
  const tmp = broadcastKeys.union(`count-${newBroadcastId(deps.now)}`);
  return countAudience(deps.redis, audienceSchema.parse(audience), tmp);
}

/** Claims the idempotency key; returns the id it already names, or null when this call won it. */
async function claim(redis: Redis, key: string | undefined, id: string): Promise<string | null> {
  if (!key) return null;
  const won = await redis.set(broadcastKeys.claim(key), id, { nx: true, ex: broadcastTtl.data });
  return won === null ? String(await redis.get(broadcastKeys.claim(key))) : null;
}

/** Takes an async page source into the recipient set, one page per request. */
async function takePages(redis: Redis, id: string, pages: AsyncIterable<readonly PersonId[]>) {
  for await (const page of pages) {
    const ids = toIds(page);
    if (ids.length > 0) await redis.sadd(broadcastKeys.recipients(id), ids[0]!, ...ids.slice(1));
  }
  await redis.expire(broadcastKeys.recipients(id), broadcastTtl.data);
}

/** What startBroadcast did: the broadcast's id, whether it existed already, and where it stands. */
export interface StartResult {
  id: string;
  existing: boolean;
  status: "approval" | "scheduled" | "preparing";
}

const stored = (audience: StartAudience): Audience =>
  audience.kind === "pages" ? { kind: "listed" } : audienceSchema.parse(audience);

/**
 * Starts a broadcast: at once (its recipient set is built and sent by the queue consumer), at
 * `scheduledAt` (the Cron Trigger starts it), or held for an admin's approval (`hold`).
 * With an `idempotencyKey` already used, returns that broadcast and starts nothing.
 * Throws on an invalid spec (unknown template, bad audience) before anything is stored.
 */
export async function startBroadcast(
  deps: Deps,
  spec: BroadcastSpec,
  opts: { hold?: boolean } = {},
): Promise<StartResult> {
  const audience = stored(spec.audience);
  const kind = broadcastKind.parse(spec.kind);
  const content = contentSchema.parse(spec.content);
  if (content.kind === "template" && !templateNamed(deps, content.template)) {
    throw new Error(`unknown broadcast template "${content.template}"`);
  }
  const { redis, now } = deps;
  const later = spec.scheduledAt !== undefined && spec.scheduledAt > now;
  const status = opts.hold ? "approval" : later ? "scheduled" : "preparing";
  let id = newBroadcastId(now);
  const earlier = await claim(redis, spec.idempotencyKey, id);
  if (earlier !== null) {
    // A claim whose record never got written (a crash in between) is finished under the same id.
    if ((await redis.exists(broadcastKeys.record(earlier))) === 1) {
      return { id: earlier, existing: true, status };
    }
    id = earlier;
  }
  if (spec.audience.kind === "pages") await takePages(redis, id, spec.audience.pages);
  // Progress and the report speak the author's language (given, or hers by the one rule).
  const locale = spec.locale ?? (spec.author ? await localeOf(redis, spec.author) : DEFAULT_LOCALE);
  const pipe = redis.pipeline();
  pipe.hset(
    broadcastKeys.record(id),
    fields({
      id,
      kind,
      author: spec.author,
      label: spec.label.slice(0, 120),
      scope: spec.scope ?? "",
      // Created as "scheduled" or "approval" first: beginPreparing moves it on atomically.
      status: status === "preparing" ? "scheduled" : status,
      audience: JSON.stringify(audience),
      content: JSON.stringify(content),
      locale,
      created: now,
      scheduled_at: spec.scheduledAt ?? now,
      progress_chat: spec.progressChatId,
      approved_by: spec.approvedBy,
      paid: spec.paid ?? false,
      counted: spec.counted,
      keep_until: spec.keepUntil,
      total: spec.counted ?? 0,
      epoch: 0,
      heartbeat: now,
    }),
  );
  pipe.zadd(broadcastKeys.index(), { score: now, member: id });
  // Due at once or later: either way the cron starts it if this call dies before beginPreparing.
  if (status !== "approval")
    pipe.zadd(broadcastKeys.scheduled(), { score: spec.scheduledAt ?? now, member: id });
  await pipe.exec();
  if (status === "preparing") await beginPreparing(deps, id, ["scheduled"]);
  return { id, existing: false, status };
}
