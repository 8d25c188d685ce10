/** Broadcasts held for an admin: asking every admin in her language, and an admin's decision told to the author. */

import { sendTo } from "../delivery/send-one.ts";
import type { Deps } from "../deps.ts";
import type { Locale } from "../i18n.ts";
import type { PersonId } from "../people/id.ts";
import { localesOf } from "../people/language.ts";
import { actingStaff } from "../staff/scope.ts";
import { formatDateTime } from "../time/format.ts";
import { approveBroadcast, rejectBroadcast } from "./control.ts";
import { type Draft, scopeCode } from "./draft.ts";
import { fmt } from "./progress.ts";
import { readRecord } from "./record.ts";
import { renderContent } from "./render.ts";
import { describeAudience } from "./view.ts";

/**
 * Who did it, in the words of the message's recipient: her name as the chat knows it (Telegram's first
 * name), or, where none is known (the console keeps no names), "staff member {id}" in `locale`, never
 * in the actor's own language.
 */
function nameIn(deps: Deps, locale: Locale, name: string | undefined, id: PersonId): string {
  return name ?? deps.i18n.text(locale, "bc-author-id", { id: String(id) });
}

/**
 * Asks every admin (but the author) to approve the held broadcast `id` made from draft `d`: each gets,
 * in her own language, the preview exactly as recipients will see it, then the count, audience and
 * time with Approve / Reject. Returns how many admins were reached (one who never opened the bot
 * cannot be).
 */
export async function askApprovers(
  deps: Deps,
  id: string,
  d: Draft,
  authorName: string | undefined,
): Promise<number> {
  const r = await readRecord(deps.redis, id);
  if (r?.status !== "approval") return 0;
  const author = actingStaff(deps, r.author);
  const admins = deps.config.STAFF.filter((m) => m.role === "admin" && m.id !== r.author);
  const locales = await localesOf(
    deps.redis,
    admins.map((a) => a.id),
  );
  const count = fmt(r.counted ?? 0);
  let reached = 0;
  for (const [i, admin] of admins.entries()) {
    const locale = locales[i] ?? "zh-CN";
    const preview = await renderContent(deps, r.content, locale);
    if (!(await sendTo(deps, admin.id, preview, "bc_approval_notify_failed"))) continue;
    const when =
      d.at === undefined
        ? deps.i18n.text(locale, "bc-when-now")
        : formatDateTime(d.at, locale, deps.config.TIMEZONE);
    const html = deps.i18n.t(locale, "bc-approval-request", {
      name: nameIn(deps, locale, authorName, r.author),
      count,
      when,
      label: r.label,
      ...describeAudience(deps.i18n, locale, d, scopeCode(author)),
    });
    const buttons = [
      [
        { text: deps.i18n.text(locale, "bc-button-approve", { count }), callback: `bc:ok:${id}` },
        { text: deps.i18n.text(locale, "bc-button-reject"), callback: `bc:no:${id}` },
      ],
    ];
    if (await sendTo(deps, admin.id, { html, buttons }, "bc_approval_notify_failed")) reached++;
  }
  return reached;
}

/** What an admin's decision did: decided (with the broadcast's label), or nothing (decided already). */
export type Decision = { ok: true; label: string } | { ok: false };

/**
 * An admin approves or rejects a held broadcast; the author is told in the language she wrote it in.
 * Admins only. A second admin (or a second tap) finds it decided and changes nothing.
 */
export async function decideApproval(
  deps: Deps,
  by: PersonId,
  id: string,
  approve: boolean,
  byName: string | undefined,
): Promise<Decision> {
  actingStaff(deps, by, { admin: true });
  const result = approve ? await approveBroadcast(deps, id, by) : await rejectBroadcast(deps, id, by);
  if (!result.ok) return { ok: false };
  const r = await readRecord(deps.redis, id);
  if (r?.progress_chat !== undefined) {
    const when =
      r.status === "scheduled" && r.scheduled_at !== undefined
        ? formatDateTime(r.scheduled_at, r.locale, deps.config.TIMEZONE)
        : deps.i18n.text(r.locale, "bc-when-now");
    const html = deps.i18n.t(r.locale, approve ? "bc-approved" : "bc-rejected", {
      label: r.label,
      name: nameIn(deps, r.locale, byName, by),
      when,
    });
    await sendTo(deps, r.progress_chat, { html }, "bc_decision_notify_failed");
  }
  return { ok: true, label: r?.label ?? id };
}
