/** What staff do with the mentor roster, each checked against her scope: see it, open one, add, edit, (de)activate; changes audited. */
import type { Deps } from "../deps.ts";
import type { PersonId } from "../people/id.ts";
import { actingStaff, inScope } from "../staff/scope.ts";
import { type AuditEntry, audit } from "./applications.ts";
import { addMentor, getMentor, type Mentor, type MentorInput, rosterFor, updateMentor } from "./mentors.ts";

/** The roster she sees: mentors inside her scope and city-wide mentors covering it. */
export async function mentorsFor(deps: Deps, by: PersonId): Promise<Mentor[]> {
  return rosterFor(deps.redis, actingStaff(deps, by));
}

/** A mentor she may manage; null when there is none or it lies outside her scope. */
export async function mentorForStaff(deps: Deps, by: PersonId, id: string): Promise<Mentor | null> {
  const member = actingStaff(deps, by);
  const mentor = await getMentor(deps.redis, id);
  return mentor && inScope(member, mentor.region) ? mentor : null;
}

/** Adds a mentor in her scope (a region outside it is refused); audited (ids only). */
export async function addMentorAs(deps: Deps, by: PersonId, input: MentorInput): Promise<Mentor> {
  actingStaff(deps, by, { region: input.region });
  const mentor = await addMentor(deps.redis, input, deps.now);
  await audit(deps.redis, { type: "mentor-added", by, mentor: mentor.id }, deps.now);
  return mentor;
}

/** Changes a mentor she may manage (a new region must lie in her scope too), audited; null when not hers. */
export async function changeMentor(
  deps: Deps,
  by: PersonId,
  id: string,
  change: Partial<MentorInput> & { active?: boolean },
): Promise<Mentor | null> {
  const mentor = await mentorForStaff(deps, by, id);
  if (!mentor) return null;
  if (change.region !== undefined) actingStaff(deps, by, { region: change.region });
  const next = await updateMentor(deps.redis, mentor, change, deps.now);
  // Which fields changed, never their values (a contact is personal data).
  const what: { type: string; fields?: string } =
    change.active === undefined
      ? { type: "mentor-changed", fields: Object.keys(change).join(",") }
      : { type: change.active ? "mentor-reactivated" : "mentor-deactivated" };
  const entry: AuditEntry = { type: what.type, by, mentor: mentor.id };
  if (what.fields) entry.fields = what.fields;
  await audit(deps.redis, entry, deps.now);
  return next;
}
