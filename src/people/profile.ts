/** A person's profile (`jg:user:{id}`): her language choice, status and times, read and written. */
import * as z from "zod";
import { LOCALES } from "../i18n.ts";
import { keys } from "../store/keys.ts";
import type { Redis } from "../store/redis.ts";
import type { PersonId } from "./id.ts";

// @upstash/redis JSON-parses hash values, so numbers and strings both arrive: coerce, never cast.
const profileSchema = z.object({
  locale: z.enum(LOCALES).optional().catch(undefined),
  status: z.enum(["active", "stopped"]).catch("active"),
  created: z.coerce.number().catch(0),
  seen: z.coerce.number().catch(0),
});

/** `jg:user:{id}`: the person's profile as stored; feature fields are read by their own modules. */
export type Profile = z.output<typeof profileSchema> & { raw: Record<string, unknown> };

/** Reads a stored hash into a Profile, or null when the user is new. */
export function parseProfile(raw: Record<string, unknown> | null): Profile | null {
  if (!raw || Object.keys(raw).length === 0) return null;
  return { ...profileSchema.parse(raw), raw };
}

/**
 * Whether this is her first visit: the bot had no profile of her before this update (someone who
 * arrives through a poster link learns then what else the bot does).
 */
export function isFirstVisit(profile: Profile | null): boolean {
  return profile === null;
}

/** Sets profile fields (strings or numbers), creating the profile when needed. */
export async function updateProfile(
  redis: Redis,
  userId: PersonId,
  fields: Record<string, string | number>,
): Promise<void> {
  await redis.hset(keys.user(userId), fields);
}
