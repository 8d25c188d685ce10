/** Loads and saves what one update needs from storage: the dedupe claim, the session and the profile. */
import * as z from "zod";
import type { PersonId } from "../people/id.ts";
import { type Profile, parseProfile } from "../people/profile.ts";
import { keys, ttl } from "./keys.ts";
import type { Redis } from "./redis.ts";
import type { Session } from "./session.ts";

const sessionSchema = z.record(z.string(), z.unknown());

/** What one update needs from storage before any handler runs. */
export interface UpdateState {
  duplicate: boolean;
  session: Session;
  profile: Profile | null;
}

/**
 * Claims the update and loads the session and the user profile in one pipelined round trip. The
 * claim is SET NX EX on `claim.key` (a Telegram update id's `jg:dedupe:{id}`, a WeChat push's own
 * key), so a redelivered update comes back as `duplicate`.
 */
export async function loadUpdateState(
  redis: Redis,
  ids: { claim: { key: string; ttl: number }; chatId?: PersonId | undefined; userId?: PersonId | undefined },
): Promise<UpdateState> {
  const pipe = redis.pipeline();
  pipe.set(ids.claim.key, 1, { nx: true, ex: ids.claim.ttl });
  if (ids.chatId !== undefined) pipe.get(keys.session(ids.chatId));
  if (ids.userId !== undefined) pipe.hgetall(keys.user(ids.userId));
  const [claimed, ...rest] = await pipe.exec<unknown[]>();
  const session = ids.chatId === undefined ? null : rest.shift();
  const user = ids.userId === undefined ? null : (rest.shift() as Record<string, unknown> | null);
  const parsed = sessionSchema.safeParse(session);
  return {
    duplicate: claimed === null,
    session: parsed.success ? parsed.data : {},
    profile: parseProfile(user),
  };
}

/** Writes back what changed during the update, in one round trip; nothing when nothing changed. */
export async function saveUpdateState(
  redis: Redis,
  ids: { chatId?: PersonId | undefined; userId?: PersonId | undefined },
  change: { session?: Session | undefined; profile?: Record<string, string | number> | undefined },
): Promise<void> {
  const pipe = redis.pipeline();
  let commands = 0;
  if (ids.chatId !== undefined && change.session !== undefined) {
    commands++;
    if (Object.keys(change.session).length === 0) pipe.del(keys.session(ids.chatId));
    else pipe.set(keys.session(ids.chatId), change.session, { ex: ttl.session });
  }
  if (ids.userId !== undefined && change.profile && Object.keys(change.profile).length > 0) {
    commands++;
    pipe.hset(keys.user(ids.userId), change.profile);
  }
  if (commands > 0) await pipe.exec();
}
