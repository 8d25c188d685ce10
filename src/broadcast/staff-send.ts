/** A staff member's broadcast: its audience counted inside her scope, then sent, scheduled or held for an admin. */
import type { Deps } from "../deps.ts";
import type { Locale } from "../i18n.ts";
import type { PersonId } from "../people/id.ts";
import type { StaffMember } from "../staff/roles.ts";
import { actingStaff, inScope, NotAllowedError } from "../staff/scope.ts";
import { keys } from "../store/keys.ts";
import { askApprovers } from "./approval.ts";
import { audienceSize, startBroadcast } from "./create.ts";
import { type Draft, draftAudience, draftContent } from "./draft.ts";
import { needsApproval, paidEnabled } from "./settings.ts";

/** The staff member acting, refused when a region she chose lies outside her scope. */
function author(deps: Deps, by: PersonId, d: Pick<Draft, "regions">): StaffMember {
  const member = actingStaff(deps, by);
  if (d.regions.some((code) => !inScope(member, code))) throw new NotAllowedError("out-of-scope");
  return member;
}

/** How many people the draft reaches now, inside her scope. */
export async function countDraftAudience(deps: Deps, by: PersonId, d: Draft): Promise<number> {
  return audienceSize(deps, draftAudience(author(deps, by, d), d));
}

/** What sending a draft did. */
export type DraftSent =
  | { kind: "existing"; id: string }
  | { kind: "approval"; id: string; asked: number }
  | { kind: "scheduled" | "started"; id: string };

/**
 * Sends the draft now, at its time, or (above the approval threshold, unless she is an admin) holds it
 * and asks every admin. Once per draft: the same draft sent again is the same broadcast. Progress and
 * the report go to her own chat, in `locale`. Null when the draft has no content or count yet.
 */
export async function sendDraft(
  deps: Deps,
  by: PersonId,
  d: Draft,
  opts: { paid: boolean; authorName: string | undefined; locale: Locale },
): Promise<DraftSent | null> {
  const member = author(deps, by, d);
  const content = draftContent(d);
  if (!content || d.count === undefined) return null;
  const started = await startBroadcast(
    deps,
    {
      kind: "staff",
      author: member.id,
      audience: draftAudience(member, d),
      content,
      label: d.label || deps.i18n.text(opts.locale, "bc-label-untitled"),
      scheduledAt: d.at,
      progressChatId: member.id,
      paid: opts.paid && (await paidEnabled(deps.redis)),
      idempotencyKey: `staff:${member.id}:${d.nonce}`,
      scope: member.region ?? "",
      counted: d.count,
      locale: opts.locale,
    },
    { hold: needsApproval(deps.config, d.count, member.role === "admin") },
  );
  if (started.existing) return { kind: "existing", id: started.id };
  // Who asked for it and for how many, whichever channel she used (the end of it is audited in finish.ts).
  await deps.redis.xadd(keys.audit(), "*", {
    type: "broadcast-create",
    id: started.id,
    by: member.id,
    status: started.status,
    counted: d.count,
    at: deps.now,
  });
  if (started.status === "approval") {
    return {
      kind: "approval",
      id: started.id,
      asked: await askApprovers(deps, started.id, d, opts.authorName),
    };
  }
  return { kind: started.status === "scheduled" ? "scheduled" : "started", id: started.id };
}
