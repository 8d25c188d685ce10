/** Applications listed for staff: the index keys of a scope, filters, pages. */
import { childrenOf, getRegion } from "../regions/index.ts";
import type { StaffMember } from "../staff/roles.ts";
import { inScope } from "../staff/scope.ts";
import type { Redis } from "../store/redis.ts";
import { type Industry, OPEN_STATUSES, STATUSES, type Status } from "./constants.ts";
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
  return refsOf(redis, scopeKeys(member, statusesOf(filter)));
}

/** The references in some index zsets, newest first, optionally only those submitted within `[from, to]` (epoch ms). */
async function refsOf(
  redis: Redis,
  zsets: readonly string[],
  range: { from?: number | undefined; to?: number | undefined } = {},
): Promise<string[]> {
  const pipe = redis.pipeline();
  const dated = range.from !== undefined || range.to !== undefined;
  for (const key of zsets) {
    if (dated)
      pipe.zrange(key, range.from ?? "-inf", range.to ?? "+inf", { byScore: true, withScores: true });
    else pipe.zrange(key, 0, -1, { withScores: true });
  }
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

/** A search of the applications in scope, as the console's table filters them. */
export interface ApplicationSearch {
  filter: ListFilter;
  /** A county inside her scope (the index is kept per county). */
  county?: string | undefined;
  industry?: Industry | undefined;
  /** Submitted at or after / at or before (epoch ms). */
  from?: number | undefined;
  to?: number | undefined;
  page: number;
  pageSize: number;
}

/**
 * One page of a search in scope, newest first. Status, county and dates are read from the indexes
 * (one round trip); the page's applications in a second. With an industry, every application the
 * indexes give is read to filter on it (still one round trip).
 */
export async function searchPage(
  redis: Redis,
  member: Pick<StaffMember, "role" | "region">,
  q: ApplicationSearch,
): Promise<{ items: Application[]; page: number; pages: number; total: number }> {
  const statuses = statusesOf(q.filter);
  const zsets = q.county
    ? inScope(member, q.county)
      ? statuses.map((s) => signupKeys.byStatus(s, q.county))
      : []
    : scopeKeys(member, statuses);
  const refs = zsets.length ? await refsOf(redis, zsets, q) : [];
  const pageOf = (total: number) => {
    const pages = Math.max(1, Math.ceil(total / q.pageSize));
    return { pages, page: Math.min(Math.max(0, q.page), pages - 1) };
  };
  if (q.industry) {
    const all = (await loadApplications(redis, refs)).filter((a) => a.industry === q.industry);
    const { page, pages } = pageOf(all.length);
    return { items: all.slice(page * q.pageSize, (page + 1) * q.pageSize), page, pages, total: all.length };
  }
  const { page, pages } = pageOf(refs.length);
  const items = await loadApplications(redis, refs.slice(page * q.pageSize, (page + 1) * q.pageSize));
  return { items, page, pages, total: refs.length };
}
