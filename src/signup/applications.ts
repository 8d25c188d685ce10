/** Applications stored: filed once per open application, status changes with indexes, dropped, audited. */
import type { PersonId } from "../people/id.ts";
import { cityOf } from "../regions/index.ts";
import { keys } from "../store/keys.ts";
import type { Redis } from "../store/redis.ts";
import { STATUSES, STEPS, type Status } from "./constants.ts";
import type { Answers } from "./draft.ts";
import { signupKeys } from "./keys.ts";
import { type Application, formatRef, parseApplication, toFields, yearIn } from "./record.ts";

/** A staff action for the `jg:audit` stream: ids and references only, never names or phones. */
export interface AuditEntry {
  type: string;
  by: PersonId;
  [field: string]: string | number;
}

/** Appends a staff action to the audit stream, with its time. */
export async function audit(redis: Redis, entry: AuditEntry, now: number): Promise<void> {
  await redis.xadd(keys.audit(), "*", { ...entry, at: now });
}

/** What a submitted draft becomes; every answer is required by then. */
export type CompleteAnswers = Required<Answers>;

/** True when every question has an answer. */
export function isComplete(a: Answers): a is CompleteAnswers {
  return STEPS.every((step) => a[step] !== undefined);
}

/** Profile field holding her open application's reference (read with the profile at no extra cost). */
export const OPEN_FIELD = "signup_open";

/** The value of her profile's open pointer while a submission is being filed. */
const PENDING = "pending";

/**
 * Files an application. Her profile's open pointer is claimed with HSETNX in the same round trip
 * as the per-year counter, so two submits racing (a double tap) file one application; null when
 * another is open. Then one MULTI writes the hash, the status indexes (global and her county),
 * her own index, the pointer, and drops her draft's index entry.
 */
export async function createApplication(
  redis: Redis,
  input: {
    userId: PersonId;
    locale: Application["locale"];
    answers: CompleteAnswers;
    consentV: string;
    consentAt: number;
    source?: string | undefined;
    now: number;
    timeZone: string;
  },
): Promise<Application | null> {
  const year = yearIn(input.now, input.timeZone);
  const [claimed, n] = await redis
    .pipeline()
    .hsetnx(keys.user(input.userId), OPEN_FIELD, PENDING)
    .incr(signupKeys.seq(year))
    .exec<[number, number]>();
  if (claimed !== 1) return null;
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
    ...(input.source ? { source: input.source } : {}),
  };
  const tx = redis.multi();
  tx.hset(signupKeys.application(app.ref), toFields(app));
  tx.zadd(signupKeys.byStatus("received"), { score: now, member: app.ref });
  tx.zadd(signupKeys.byStatus("received", app.region), { score: now, member: app.ref });
  tx.sadd(signupKeys.userApplications(input.userId), app.ref);
  tx.hset(keys.user(input.userId), { [OPEN_FIELD]: app.ref });
  tx.zrem(signupKeys.drafts(), String(input.userId));
  try {
    await tx.exec();
  } catch (error) {
    // Without this she could never apply again: the claim would look like an open application.
    await redis.hdel(keys.user(input.userId), OPEN_FIELD).catch(() => undefined);
    throw error;
  }
  return app;
}

/** Her open application's reference from her profile, or null (a claim in flight counts as open). */
export function openRefOf(profile: Record<string, unknown> | undefined): string | null {
  const value = profile?.[OPEN_FIELD];
  return typeof value === "string" && value ? value : null;
}

/** One application by reference, or null. */
export async function getApplication(redis: Redis, ref: string): Promise<Application | null> {
  return parseApplication(await redis.hgetall(signupKeys.application(ref)));
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
  audit?: AuditEntry,
): Promise<Application> {
  const change = { ...fields, status, updated: now, ...(status === "closed" ? { closed: now } : {}) };
  const next: Application = { ...app, ...change };
  const tx = redis.multi();
  tx.hset(signupKeys.application(app.ref), toFields(change));
  for (const s of STATUSES) {
    tx.zrem(signupKeys.byStatus(s), app.ref);
    tx.zrem(signupKeys.byStatus(s, app.region), app.ref);
  }
  tx.zadd(signupKeys.byStatus(status), { score: app.created, member: app.ref });
  tx.zadd(signupKeys.byStatus(status, app.region), { score: app.created, member: app.ref });
  if (status === "closed") {
    tx.zadd(signupKeys.retention(), { score: now, member: app.ref });
    tx.hdel(keys.user(app.user), OPEN_FIELD);
  }
  if (audit) tx.xadd(keys.audit(), "*", { ...audit, ref: app.ref, at: now });
  await tx.exec();
  return next;
}

/** Removes an application and every index entry pointing at it (for /delete and retention). */
export function dropApplication(
  tx: ReturnType<Redis["multi"]>,
  app: Pick<Application, "ref" | "region" | "user">,
) {
  tx.del(signupKeys.application(app.ref));
  for (const s of STATUSES) {
    tx.zrem(signupKeys.byStatus(s), app.ref);
    if (app.region) tx.zrem(signupKeys.byStatus(s, app.region), app.ref);
  }
  tx.zrem(signupKeys.retention(), app.ref);
  tx.srem(signupKeys.userApplications(app.user), app.ref);
}

/** The city an application belongs to (its county's city). */
export function cityCodeOf(app: Pick<Application, "region">): string {
  return cityOf(app.region)?.code ?? app.region;
}
