/** RSVPs: adding, taking back and checking that she will attend, indexed from her id. */
import type { PersonId } from "../people/id.ts";
import type { Redis } from "../store/redis.ts";
import { fairKeys } from "./keys.ts";

/** Records that she will attend; false when she already had. Indexed from her id for /mydata. */
export async function addRsvp(redis: Redis, fairId: string, userId: PersonId): Promise<boolean> {
  const pipe = redis.pipeline();
  pipe.sadd(fairKeys.rsvp(fairId), userId);
  pipe.sadd(fairKeys.userFairs(userId), fairId);
  const [added] = await pipe.exec<[number, number]>();
  return added === 1;
}

/** Takes her RSVP back; false when there was none. */
export async function removeRsvp(redis: Redis, fairId: string, userId: PersonId): Promise<boolean> {
  const pipe = redis.pipeline();
  pipe.srem(fairKeys.rsvp(fairId), userId);
  pipe.srem(fairKeys.userFairs(userId), fairId);
  const [removed] = await pipe.exec<[number, number]>();
  return removed === 1;
}

/** Whether she RSVP'd to a fair. */
export async function hasRsvp(redis: Redis, fairId: string, userId: PersonId): Promise<boolean> {
  return (await redis.sismember(fairKeys.rsvp(fairId), userId)) === 1;
}
