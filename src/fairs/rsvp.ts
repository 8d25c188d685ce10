import { keys } from "../store/keys.ts";
import type { Redis } from "../store/redis.ts";

/** Records that she will attend; false when she already had. Indexed from her id for /mydata. */
export async function addRsvp(redis: Redis, fairId: string, userId: number): Promise<boolean> {
  const pipe = redis.pipeline();
  pipe.sadd(keys.fairRsvp(fairId), userId);
  pipe.sadd(keys.userFairs(userId), fairId);
  const [added] = await pipe.exec<[number, number]>();
  return added === 1;
}

/** Takes her RSVP back; false when there was none. */
export async function removeRsvp(redis: Redis, fairId: string, userId: number): Promise<boolean> {
  const pipe = redis.pipeline();
  pipe.srem(keys.fairRsvp(fairId), userId);
  pipe.srem(keys.userFairs(userId), fairId);
  const [removed] = await pipe.exec<[number, number]>();
  return removed === 1;
}

/** Whether she RSVP'd to a fair. */
export async function hasRsvp(redis: Redis, fairId: string, userId: number): Promise<boolean> {
  return (await redis.sismember(keys.fairRsvp(fairId), userId)) === 1;
}
