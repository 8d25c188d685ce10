/** Applications listed for staff: the index keys of a scope, filters, pages. */
import { childrenOf, getRegion } from "../regions/index.ts";
import type { StaffMember } from "../staff/roles.ts";
import type { Redis } from "../store/redis.ts";
import { OPEN_STATUSES, STATUSES, type Status } from "./constants.ts";
import { signupKeys } from "./keys.ts";
import { type Application, parseApplication } from "./record.ts";

/** A list filter: the open ones (received, contacted, matched), one status, or everything. */
export type ListFilter = "open" | "all" | Status;

export const PAGE_SIZE = 8;

/** The statuses a filter covers. */
export function statusesOf(filter: ListFilter): readonly Status[] {
  if (filter === "open") return OPEN_STATUSES;
  if (filter === "all") return STATUSES;
  return [filter];
}

/**
 * The index keys covering a staff member's scope: the global zsets for admins and province-wide
 * staff, else one zset per county inside the scope (a city's staff read its counties' zsets).
 */
export function scopeKeys(
  member: Pick<StaffMember, "role" | "region">,
  statuses: readonly Status[],
): string[] {
  const region = member.region;
  if (member.role === "admin" || region === null || region.endsWith("0000")) {
    return statuses.map((s) => signupKeys.byStatus(s));
  }
  const level = getRegion(region)?.level;
  const counties = level === "city" ? childrenOf(region).map((c) => c.code) : [region];
  return statuses.flatMap((s) => counties.map((c) => signupKeys.byStatus(s, c)));
}

/** Every reference in scope under a filter, newest first (one pipelined round trip). */
export async function refsInScope(
  redis: Redis,
  member: Pick<StaffMember, "role" | "region">,
  filter: ListFilter,
): Promise<string[]> {
  const zsets = scopeKeys(member, statusesOf(filter));
  const pipe = redis.pipeline();
  for (const key of zsets) pipe.zrange(key, 0, -1, { withScores: true });
  const results = zsets.length ? await pipe.exec<(string | number)[][]>() : [];
  const scored = new Map<string, number>();
  for (const flat of results) {
    for (let i = 0; i + 1 < flat.length; i += 2) scored.set(String(flat[i]), Number(flat[i + 1]));
  }
  return [...scored].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0])).map(([ref]) => ref);
}

/** Loads applications by reference in one round trip, in the given order, skipping missing ones. */
export async function loadApplications(redis: Redis, refs: readonly string[]): Promise<Application[]> {
  if (refs.length === 0) return [];
  const pipe = redis.pipeline();
  for (const ref of refs) pipe.hgetall(signupKeys.application(ref));
  const rows = await pipe.exec<(Record<string, unknown> | null)[]>();
  return rows.map(parseApplication).filter((a): a is Application => a !== null);
}

/** One page of a filtered list in scope. */
export async function listPage(
  redis: Redis,
  member: Pick<StaffMember, "role" | "region">,
  filter: ListFilter,
  page: number,
): Promise<{ items: Application[]; page: number; pages: number; total: number }> {
  const refs = await refsInScope(redis, member, filter);
  const pages = Math.max(1, Math.ceil(refs.length / PAGE_SIZE));
  const current = Math.min(Math.max(0, page), pages - 1);
  const items = await loadApplications(redis, refs.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE));
  return { items, page: current, pages, total: refs.length };
}
