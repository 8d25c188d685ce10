/** A staff member from the STAFF variable: admins see every region, staff a region-code prefix. */
import type { PersonId } from "../people/id.ts";
export interface StaffMember {
  id: PersonId;
  role: "admin" | "staff";
  /** 6-digit region code of the scope; null for admins (everything). */
  region: string | null;
}

/** Parses `id:role[:region]` entries, comma separated; collects problems instead of throwing. */
export function parseStaff(raw: string): { members: StaffMember[]; problems: string[] } {
  const members: StaffMember[] = [];
  const problems: string[] = [];
  for (const entry of raw.split(",").map((s) => s.trim())) {
    if (!entry) continue;
    const [id, role, region, ...rest] = entry.split(":");
    if (!id || !/^\d{1,15}$/.test(id) || rest.length > 0) {
      problems.push(`STAFF entry "${entry}" must be id:role[:region]`);
    } else if (role === "admin") {
      if (region && !/^\d{6}$/.test(region)) problems.push(`STAFF entry "${entry}" has a bad region code`);
      members.push({ id: Number(id), role: "admin", region: null });
    } else if (role === "staff") {
      if (!region || !/^\d{6}$/.test(region)) {
        problems.push(`STAFF entry "${entry}" needs a 6-digit region code, e.g. 222:staff:370700`);
      } else members.push({ id: Number(id), role: "staff", region });
    } else {
      problems.push(`STAFF entry "${entry}" has role "${role ?? ""}"; use admin or staff`);
    }
  }
  return { members, problems };
}
