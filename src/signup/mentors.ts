/** The mentor roster stored (`jg:mentor:{id}`): added, changed, listed per city and scope. */
import * as z from "zod";
import { cityOf, isWithin } from "../regions/index.ts";
import type { StaffMember } from "../staff/roles.ts";
import { inScope } from "../staff/scope.ts";
import type { Redis } from "../store/redis.ts";
import { INDUSTRIES } from "./constants.ts";
import { signupKeys } from "./keys.ts";

const text = z.union([z.string(), z.number()]).transform(String);
const mentorSchema = z.object({
  id: text,
  name: text,
  industries: z.array(z.enum(INDUSTRIES)).catch([]),
  region: text,
  contact: text,
  active: z.coerce.number().transform((n) => n === 1),
  created: z.coerce.number(),
  updated: z.coerce.number(),
});

/** A mentor of the federation's mentor corps (巾帼创业导师团), kept by staff in `jg:mentor:{id}`. */
export type Mentor = z.output<typeof mentorSchema>;
/** What staff enter for a mentor. */
export type MentorInput = Pick<Mentor, "name" | "industries" | "region" | "contact">;

function fields(m: Partial<Mentor>): Record<string, string | number | string[]> {
  const out: Record<string, string | number | string[]> = {};
  for (const [key, value] of Object.entries(m)) {
    if (value === undefined) continue;
    // Strings JSON-encoded so the client's JSON parsing on read gives them back unchanged.
    out[key] =
      typeof value === "string" ? JSON.stringify(value) : typeof value === "boolean" ? Number(value) : value;
  }
  return out;
}

const cityCode = (region: string) => cityOf(region)?.code ?? region;

/** Adds a mentor; ids are m1, m2, … */
export async function addMentor(redis: Redis, input: MentorInput, now: number): Promise<Mentor> {
  const id = `m${await redis.incr(signupKeys.mentorSeq())}`;
  const mentor: Mentor = { id, ...input, active: true, created: now, updated: now };
  const tx = redis.multi();
  tx.hset(signupKeys.mentor(id), fields(mentor));
  tx.sadd(signupKeys.mentors(), id);
  tx.sadd(signupKeys.mentorsByCity(cityCode(input.region)), id);
  await tx.exec();
  return mentor;
}

/** One mentor, or null. */
export async function getMentor(redis: Redis, id: string): Promise<Mentor | null> {
  const parsed = mentorSchema.safeParse(await redis.hgetall(signupKeys.mentor(id)));
  return parsed.success ? parsed.data : null;
}

/** Changes fields (or active); a new region moves the mentor between city indexes. */
export async function updateMentor(
  redis: Redis,
  mentor: Mentor,
  change: Partial<MentorInput> & { active?: boolean },
  now: number,
): Promise<Mentor> {
  const next: Mentor = { ...mentor, ...change, updated: now };
  const tx = redis.multi();
  tx.hset(signupKeys.mentor(mentor.id), fields({ ...change, updated: now }));
  if (change.region && cityCode(change.region) !== cityCode(mentor.region)) {
    tx.srem(signupKeys.mentorsByCity(cityCode(mentor.region)), mentor.id);
    tx.sadd(signupKeys.mentorsByCity(cityCode(change.region)), mentor.id);
  }
  await tx.exec();
  return next;
}

async function load(redis: Redis, ids: readonly string[]): Promise<Mentor[]> {
  if (ids.length === 0) return [];
  const pipe = redis.pipeline();
  for (const id of ids) pipe.hgetall(signupKeys.mentor(id));
  const rows = await pipe.exec<unknown[]>();
  return rows.flatMap((row) => {
    const parsed = mentorSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Mentors of one city (active and not), by id. */
export async function mentorsOfCity(redis: Redis, city: string): Promise<Mentor[]> {
  return load(redis, (await redis.smembers(signupKeys.mentorsByCity(city))).map(String));
}

/**
 * The roster a staff member sees: mentors inside her scope, plus city-wide mentors covering it;
 * active first, then by name.
 */
export async function rosterFor(
  redis: Redis,
  member: Pick<StaffMember, "role" | "region">,
): Promise<Mentor[]> {
  const city = member.region && member.role !== "admin" ? cityOf(member.region)?.code : undefined;
  const ids = city
    ? await redis.smembers(signupKeys.mentorsByCity(city))
    : await redis.smembers(signupKeys.mentors());
  const all = await load(redis, ids.map(String));
  const visible = all.filter(
    (m) => inScope(member, m.region) || (member.region !== null && isWithin(member.region, m.region)),
  );
  return visible.sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, "zh-CN"));
}
