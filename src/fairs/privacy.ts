import type { DataItem, PersonalDataSource } from "../privacy/registry.ts";
import { keys } from "../store/keys.ts";
import type { Redis } from "../store/redis.ts";
import { getFairs } from "./store.ts";

const NOTICES = ["announce", "cancel", "reminder", "change"] as const;

// Every fair id ever issued: the notice sets are not indexed by person, so erasure walks them all.
async function allFairIds(redis: Redis): Promise<string[]> {
  const last = Number(await redis.get(keys.fairSeq())) || 0;
  return Array.from({ length: last }, (_, i) => String(i + 1));
}

/** Which fairs' notices reached her: one SISMEMBER per fair and notice, in one round trip. */
async function noticesOf(redis: Redis, userId: number): Promise<{ id: string; kind: string }[]> {
  const ids = await allFairIds(redis);
  if (ids.length === 0) return [];
  const pipe = redis.pipeline();
  for (const id of ids) for (const kind of NOTICES) pipe.sismember(keys.fairNoticeDone(id, kind), userId);
  const flags = await pipe.exec<number[]>();
  return ids.flatMap((id, i) =>
    NOTICES.filter((_, k) => Number(flags[i * NOTICES.length + k]) === 1).map((kind) => ({ id, kind })),
  );
}

/** Her RSVPs (`jg:user:{id}:fairs`, `jg:fair:{id}:rsvp`) and the fair notices sent to her. */
export const rsvpSource: PersonalDataSource = {
  section: "mydata-section-fairs",
  async collect(redis, userId) {
    const rsvps = (await redis.smembers(keys.userFairs(userId))).map(String);
    const notices = await noticesOf(redis, userId);
    const fairs = await getFairs(redis, [...new Set([...rsvps, ...notices.map((n) => n.id)])]);
    const name = (id: string) => {
      const fair = fairs.find((f) => f.id === id);
      return fair ? `#${id} ${fair.title}` : `#${id}`;
    };
    const items: DataItem[] = rsvps.map((id) => ({ label: "mydata-field-rsvp", value: name(id) }));
    for (const { id, kind } of notices) {
      items.push({ label: `mydata-field-fair-${kind}`, value: name(id) });
    }
    return items;
  },
  async erase(redis, userId) {
    const rsvps = (await redis.smembers(keys.userFairs(userId))).map(String);
    const all = await allFairIds(redis);
    const pipe = redis.pipeline();
    for (const id of new Set([...rsvps, ...all])) {
      pipe.srem(keys.fairRsvp(id), userId);
      for (const kind of NOTICES) pipe.srem(keys.fairNoticeDone(id, kind), userId);
    }
    pipe.del(keys.userFairs(userId));
    await pipe.exec();
  },
};
