/** The one staff-scope rule: who acts for staff (as STAFF lists her now), and what lies inside her scope. */
import type { Config } from "../config.ts";
import type { PersonId } from "../people/id.ts";
import { isWithin } from "../regions/index.ts";
import type { StaffMember } from "./roles.ts";

/** Whether a region code lies inside a staff member's scope: admins see everything, staff their region and all inside it. */
export function inScope(member: Pick<StaffMember, "role" | "region">, code: string): boolean {
  if (member.role === "admin" || member.region === null) return true;
  return isWithin(code, member.region);
}

/** The staff whose scope contains the region (the people a notice about it goes to). */
export function staffFor(staff: readonly StaffMember[], region: string): StaffMember[] {
  return staff.filter((member) => inScope(member, region));
}

/** The staff member with this id as STAFF lists her now, or null for anyone else. */
export function staffMember(config: Pick<Config, "STAFF">, id: PersonId): StaffMember | null {
  return config.STAFF.find((member) => member.id === id) ?? null;
}

/** Why a staff action was refused: not staff at all, outside her scope, or for admins only. */
export type Refusal = "not-staff" | "out-of-scope" | "admins-only";

/**
 * Thrown by a domain function acting for staff when the actor may not do it. Channels answer it as
 * they answer a stale button (the console with a 404), so nothing reveals what lies outside a scope.
 */
export class NotAllowedError extends Error {
  override name = "NotAllowedError";
  readonly reason: Refusal;
  constructor(reason: Refusal) {
    super(`staff action refused: ${reason}`);
    this.reason = reason;
  }
}

/**
 * The staff member acting as `by`, checked against STAFF as it is now. Refuses (NotAllowedError)
 * anyone STAFF does not list, a region outside her scope, and a non-admin where `admin` is asked.
 */
export function actingStaff(
  deps: { config: Pick<Config, "STAFF"> },
  by: PersonId,
  need: { region?: string | undefined; admin?: boolean } = {},
): StaffMember {
  const member = staffMember(deps.config, by);
  if (!member) throw new NotAllowedError("not-staff");
  if (need.admin && member.role !== "admin") throw new NotAllowedError("admins-only");
  if (need.region !== undefined && !inScope(member, need.region)) throw new NotAllowedError("out-of-scope");
  return member;
}
