import { cityOf } from "../regions/index.ts";
import { keys } from "../store/keys.ts";
import type { Redis } from "../store/redis.ts";
import { STATUSES, STEPS, type Status } from "./constants.ts";
import type { Answers } from "./draft.ts";
import { type Application, formatRef, parseApplication, toFields, yearIn } from "./record.ts";

/** What a submitted draft becomes; every answer is required by then. */
export type CompleteAnswers = Required<Answers>;

/** True when every question has an answer. */
export function isComplete(a: Answers): a is CompleteAnswers {
  return STEPS.every((step) => a[step] !== undefined);
}

/** Profile field holding her open application's reference (read with the profile at no extra cost). */
export const OPEN_FIELD = "signup_open";

/**
 * Files an application: a per-year counter gives the reference, then one MULTI writes the hash,
 * the status indexes (global and her county), her own index and her profile's open pointer.
 */
export async function createApplication(
  redis: Redis,
  input: {
    userId: number;
    locale: Application["locale"];
    answers: CompleteAnswers;
    consentV: string;
    consentAt: number;
    now: number;
    timeZone: string;
  },
): Promise<Application> {
  const year = yearIn(input.now, input.timeZone);
  const n = await redis.incr(keys.signupSeq(year));
  const { answers: a, now } = input;
  const app: Application = {
    ref: formatRef(year, n),
    user: input.userId,
    locale: input.locale,
    ...a,
    status: "received",
    created: now,
    updated: now,
    consent_v: input.consentV,
    consent_at: input.consentAt,
  };
  const tx = redis.multi();
  tx.hset(keys.signup(app.ref), toFields(app));
  tx.zadd(keys.signups("received"), { score: now, member: app.ref });
  tx.zadd(keys.signups("received", app.region), { score: now, member: app.ref });
  tx.sadd(keys.userSignups(input.userId), app.ref);
  tx.hset(keys.user(input.userId), { [OPEN_FIELD]: app.ref });
  tx.zrem(keys.signupDrafts(), String(input.userId));
  await tx.exec();
  return app;
}

/** One application by reference, or null. */
export async function getApplication(redis: Redis, ref: string): Promise<Application | null> {
  return parseApplication(await redis.hgetall(keys.signup(ref)));
}

/**
 * Moves an application to a status with extra fields. Removes it from every status index first,
 * so two staff acting at once never leave it listed twice. Closing drops her open pointer and
 * starts the retention clock.
 */
export async function changeStatus(
  redis: Redis,
  app: Application,
  status: Status,
  fields: Partial<Application>,
  now: number,
): Promise<Application> {
  const next: Application = { ...app, ...fields, status, updated: now };
  const tx = redis.multi();
  tx.hset(keys.signup(app.ref), toFields({ ...fields, status, updated: now }));
  for (const s of STATUSES) {
    tx.zrem(keys.signups(s), app.ref);
    tx.zrem(keys.signups(s, app.region), app.ref);
  }
  tx.zadd(keys.signups(status), { score: app.created, member: app.ref });
  tx.zadd(keys.signups(status, app.region), { score: app.created, member: app.ref });
  if (status === "closed") {
    tx.zadd(keys.signupRetention(), { score: now, member: app.ref });
    tx.hdel(keys.user(app.user), OPEN_FIELD);
  }
  await tx.exec();
  return next;
}

/** Removes an application and every index entry pointing at it (for /delete and retention). */
export function dropApplication(
  tx: ReturnType<Redis["multi"]>,
  app: Pick<Application, "ref" | "region" | "user">,
) {
  tx.del(keys.signup(app.ref));
  for (const s of STATUSES) {
    tx.zrem(keys.signups(s), app.ref);
    if (app.region) tx.zrem(keys.signups(s, app.region), app.ref);
  }
  tx.zrem(keys.signupRetention(), app.ref);
  tx.srem(keys.userSignups(app.user), app.ref);
}

/** The city an application belongs to (its county's city). */
export function cityCodeOf(app: Pick<Application, "region">): string {
  return cityOf(app.region)?.code ?? app.region;
}
