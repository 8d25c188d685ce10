import { keys, ttl } from "../store/keys.ts";
import { LOCALES } from "../store/profile.ts";
import { scanAudience } from "./audience.ts";
import { launchBroadcast } from "./launch.ts";
import { fields, newBroadcastId, readRecord } from "./record.ts";
import { hasTemplate } from "./templates.ts";
import {
  type Audience,
  audienceSchema,
  type BroadcastDeps,
  type BroadcastSpec,
  type BroadcastStatus,
  contentSchema,
} from "./types.ts";

/** The number of distinct recipients an audience reaches now: stopped users and other languages left out. */
export async function countAudience(deps: Pick<BroadcastDeps, "redis" | "now">, audience: Audience) {
  const tmp = keys.bcUnion(`count-${newBroadcastId(deps.now)}`);
  return scanAudience(deps.redis, audienceSchema.parse(audience), tmp);
}

/**
 * Stores a broadcast record in the given state without sending anything (the staff flow keeps one
 * "approval" until an admin decides). Returns the id, or the earlier broadcast's id when
 * `idempotencyKey` was already used.
 */
export async function createBroadcast(
  deps: Pick<BroadcastDeps, "redis" | "now">,
  spec: BroadcastSpec,
  status: BroadcastStatus,
  extra: { total?: number } = {},
): Promise<{ id: string; existing: boolean }> {
  const audience = audienceSchema.parse(spec.audience);
  const content = contentSchema.parse(spec.content);
  if (content.kind === "template" && !hasTemplate(content.template)) {
    throw new Error(`unknown broadcast template "${content.template}"`);
  }
  const { redis, now } = deps;
  const id = newBroadcastId(now);
  if (spec.idempotencyKey) {
    const claim = keys.bcClaim(spec.idempotencyKey);
    const won = await redis.set(claim, id, { nx: true, ex: ttl.bcData });
    if (won === null) return { id: String(await redis.get(claim)), existing: true };
  }
  const authorLocale = await redis.hget(keys.user(spec.author), "locale");
  const locale = (LOCALES as readonly unknown[]).includes(authorLocale) ? String(authorLocale) : "zh-CN";
  const pipe = redis.pipeline();
  pipe.hset(
    keys.bc(id),
    fields({
      id,
      kind: spec.kind,
      author: spec.author,
      label: spec.label.slice(0, 120),
      scope: spec.scope ?? "",
      status,
      audience: JSON.stringify(audience),
      content: JSON.stringify(content),
      locale,
      created: now,
      scheduled_at: spec.scheduledAt,
      progress_chat: spec.progressChatId,
      approved_by: spec.approvedBy,
      paid: spec.paid ?? false,
      total: extra.total,
      epoch: 0,
    }),
  );
  pipe.zadd(keys.bcIndex(), { score: now, member: id });
  if (status === "scheduled") pipe.zadd(keys.bcScheduled(), { score: spec.scheduledAt ?? now, member: id });
  await pipe.exec();
  return { id, existing: false };
}

/**
 * Starts a broadcast: now (the audience is taken at once, its pages go to the queue) or, with a
 * future `scheduledAt`, by the Cron Trigger then. `total` is the distinct eligible recipients
 * (for a scheduled one, the count as of now).
 */
export async function startBroadcast(
  deps: BroadcastDeps,
  spec: BroadcastSpec,
): Promise<{ id: string; total: number }> {
  const later = spec.scheduledAt !== undefined && spec.scheduledAt > deps.now;
  const total = later ? await countAudience(deps, spec.audience) : undefined;
  const { id, existing } = await createBroadcast(deps, spec, later ? "scheduled" : "preparing", { total });
  if (existing) return { id, total: (await readRecord(deps.redis, id))?.total ?? 0 };
  if (later) return { id, total: total ?? 0 };
  return { id, total: await launchBroadcast(deps, id) };
}
