import { InlineKeyboard } from "grammy";
import { approveBroadcast, rejectBroadcast } from "../../src/broadcast/control.ts";
import type { Draft } from "../../src/broadcast/draft.ts";
import { fmt } from "../../src/broadcast/progress.ts";
import { readRecord } from "../../src/broadcast/record.ts";
import type { Locale } from "../../src/i18n.ts";
import { logError } from "../../src/log.ts";
import { keys } from "../../src/store/keys.ts";
import { LOCALES } from "../../src/store/profile.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import { formatDateTime } from "../../src/time/format.ts";
import { sendPreview } from "./send.ts";
import { describeAudience } from "./view.ts";

async function localeOf(ctx: BotContext, userId: number): Promise<Locale> {
  const stored = await ctx.deps.redis.hget(keys.user(userId), "locale");
  return (LOCALES as readonly unknown[]).includes(stored) ? (stored as Locale) : "zh-CN";
}

/**
 * Asks every admin (but the author) to approve a held broadcast: each gets the preview exactly as
 * recipients will see it, then the count, audience and time with Approve / Reject. Returns how
 * many admins could be reached (one who never opened the bot cannot be).
 */
export async function notifyApprovers(ctx: BotContext, id: string, d: Draft, scope: string) {
  const admins = ctx.deps.config.STAFF.filter((m) => m.role === "admin" && m.id !== ctx.from?.id);
  let reached = 0;
  for (const admin of admins) {
    const locale = await localeOf(ctx, admin.id);
    const t = (key: string, args = {}) => ctx.deps.i18n.t(locale, key, args);
    try {
      await sendPreview(ctx, d, admin.id);
      const when =
        d.at === undefined
          ? ctx.deps.i18n.text(locale, "bc-when-now")
          : formatDateTime(d.at, locale, ctx.deps.config.TIMEZONE);
      const text = t("bc-approval-request", {
        name: ctx.from?.first_name ?? String(ctx.from?.id),
        count: fmt(d.count ?? 0),
        when,
        label: d.label,
        ...describeAudience(ctx.deps.i18n, locale, d, scope),
      });
      const kb = new InlineKeyboard()
        .text(ctx.deps.i18n.text(locale, "bc-button-approve", { count: fmt(d.count ?? 0) }), `bc:ok:${id}`)
        .text(ctx.deps.i18n.text(locale, "bc-button-reject"), `bc:no:${id}`);
      await ctx.api.sendMessage(admin.id, text, { parse_mode: "HTML", reply_markup: kb });
      reached++;
    } catch (error) {
      logError("bc_approval_notify_failed", error, { bc: id, admin: admin.id });
    }
  }
  return reached;
}

/** An admin's decision; a second admin (or a second tap) finds it decided and changes nothing. */
export async function decide(ctx: BotContext, id: string, approve: boolean): Promise<void> {
  const deps = ctx.deps;
  const result = approve
    ? await approveBroadcast(deps, id, ctx.from!.id)
    : await rejectBroadcast(deps, id, ctx.from!.id);
  if (!result.ok) {
    await ctx.answerCallbackQuery({ text: ctx.tText("bc-decided-already") });
    return;
  }
  await ctx.answerCallbackQuery();
  const r = await readRecord(ctx.deps.redis, id);
  const key = approve ? "bc-approval-approved" : "bc-approval-rejected";
  await ctx.editMessageText(ctx.t(key, { label: r?.label ?? id }), { parse_mode: "HTML" }).catch(() => {});
  if (r?.progress_chat === undefined) return;
  const when =
    r.status === "scheduled" && r.scheduled_at !== undefined
      ? formatDateTime(r.scheduled_at, r.locale, ctx.deps.config.TIMEZONE)
      : ctx.deps.i18n.text(r.locale, "bc-when-now");
  const note = ctx.deps.i18n.t(r.locale, approve ? "bc-approved" : "bc-rejected", {
    label: r.label,
    name: ctx.from?.first_name ?? "",
    when,
  });
  await ctx.api.sendMessage(r.progress_chat, note, { parse_mode: "HTML" }).catch((error: unknown) => {
    logError("bc_decision_notify_failed", error, { bc: id });
  });
}
