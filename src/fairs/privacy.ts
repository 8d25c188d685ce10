import type { PersonalDataSource } from "../privacy/registry.ts";
import { keys } from "../store/keys.ts";
import { getFairs } from "./store.ts";

/** `jg:user:{id}:fairs` and her place in each `jg:fair:{id}:rsvp` set. */
export const rsvpSource: PersonalDataSource = {
  section: "mydata-section-fairs",
  async collect(redis, userId) {
    const ids = (await redis.smembers(keys.userFairs(userId))).map(String);
    const fairs = await getFairs(redis, ids);
    const known = new Set(fairs.map((f) => f.id));
    return [
      ...fairs.map((f) => ({
        label: "mydata-field-rsvp",
        value: `#${f.id} ${f.title}`,
        kind: "text" as const,
      })),
      ...ids.filter((id) => !known.has(id)).map((id) => ({ label: "mydata-field-rsvp", value: `#${id}` })),
    ];
  },
  async erase(redis, userId) {
    const ids = (await redis.smembers(keys.userFairs(userId))).map(String);
    const pipe = redis.pipeline();
    for (const id of ids) pipe.srem(keys.fairRsvp(id), userId);
    pipe.del(keys.userFairs(userId));
    await pipe.exec();
  },
};
