/** A person who is gone (she blocked the bot, her account is deactivated, her chat is not found): marked stopped here, and only here. */
import { keys } from "../store/keys.ts";
import type { Redis } from "../store/redis.ts";
import type { PersonId } from "./id.ts";

// Every later send skips her; her choices (regions, topics) stay so she can resume.
const goneFields = (now: number) => ({ status: "stopped", stopped_at: now, stopped_by: "blocked" });

/** Marks her stopped as gone, at once. */
export async function markGone(redis: Redis, id: PersonId, now: number): Promise<void> {
  await redis.hset(keys.user(id), goneFields(now));
}

/** Adds marking her stopped as gone to a pipeline (the broadcast recorder's group write). */
export function markGoneIn(pipe: ReturnType<Redis["pipeline"]>, id: PersonId, now: number): void {
  pipe.hset(keys.user(id), goneFields(now));
}
