/** A person's job-fair data for /mydata and /delete: her RSVPs and the notices she got. */
import { forgetRecipient } from "../broadcast/index.ts";
import { broadcastKeys } from "../broadcast/keys.ts";
import type { PersonId } from "../people/id.ts";
import type { DataItem, PersonalDataSource } from "../privacy/registry.ts";
import type { Redis } from "../store/redis.ts";
import { fairKeys } from "./keys.ts";
import { noticesOf } from "./notices.ts";
import { getFairs } from "./store.ts";

// Every fair id ever issued: notices are not indexed by person, so erasure walks them all.
async function allFairIds(redis: Redis): Promise<string[]> {
  const last = Number(await redis.get(fairKeys.seq())) || 0;
  return Array.from({ length: last }, (_, i) => String(i + 1));
}

/**
 * Which fair notices reached her: every notice's broadcast (`jg:fair:{id}:notices`), then one
 * SISMEMBER on each broadcast's done set; two round trips whatever the number of fairs.
 */
async function noticesReaching(redis: Redis, userId: PersonId) {
  const notices = await noticesOf(redis, await allFairIds(redis));
  if (notices.length === 0) return [];
  const pipe = redis.pipeline();
  for (const n of notices) pipe.sismember(broadcastKeys.done(n.bc), userId);
  const flags = await pipe.exec<number[]>();
  return notices.filter((_, i) => Number(flags[i]) === 1);
}

/**
 * Her RSVPs (`jg:user:{id}:fairs`, `jg:fair:{id}:rsvp`) and the fair notices sent to her. Erasure
 * also takes her out of every fair notice's broadcast records, which outlive the month that the
 * broadcast engine's own source reaches (they are kept until a month after the fair).
 */
export const rsvpSource: PersonalDataSource = {
  section: "mydata-section-fairs",
  async collect(redis, userId) {
    const rsvps = (await redis.smembers(fairKeys.userFairs(userId))).map(String);
    const notices = await noticesReaching(redis, userId);
    const fairs = await getFairs(redis, [...new Set([...rsvps, ...notices.map((n) => n.fairId)])]);
    const name = (id: string) => {
      const fair = fairs.find((f) => f.id === id);
      return fair ? `#${id} ${fair.title}` : `#${id}`;
    };
    const items: DataItem[] = rsvps.map((id) => ({ label: "mydata-field-rsvp", value: name(id) }));
    for (const { fairId, kind } of notices) {
      items.push({ label: `mydata-field-fair-${kind}`, value: name(fairId) });
    }
    return items;
  },
  async erase(redis, userId) {
    const rsvps = (await redis.smembers(fairKeys.userFairs(userId))).map(String);
    const all = await allFairIds(redis);
    const notices = await noticesOf(redis, all);
    const pipe = redis.pipeline();
    for (const id of new Set([...rsvps, ...all])) pipe.srem(fairKeys.rsvp(id), userId);
    for (const { bc } of notices) forgetRecipient(pipe, bc, userId);
    pipe.del(fairKeys.userFairs(userId));
    await pipe.exec();
  },
};
