/** /broadcast's last steps: count and preview, now or later, confirm. */
import { InlineKeyboard } from "grammy";
import { broadcastDraft, type Draft, draftContent } from "../../src/broadcast/draft.ts";
import { fmt } from "../../src/broadcast/progress.ts";
import { renderContent } from "../../src/broadcast/render.ts";
import { checkSchedule } from "../../src/broadcast/schedule.ts";
import { needsApproval, paidEnabled, starsEstimate } from "../../src/broadcast/settings.ts";
import { countDraftAudience, sendDraft } from "../../src/broadcast/staff-send.ts";
import { SendError, TransientSendError } from "../../src/channel/errors.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import { dateExamples } from "../../src/time/examples.ts";
import { formatDateTime } from "../../src/time/format.ts";
import { localParts, zonedTime } from "../../src/time/zoned.ts";
import { quitRow, showAudience } from "./compose.ts";

const DAY = 86_400_000;

/** Sends the announcement to the staff member exactly as recipients will get it. */
export async function sendPreview(ctx: BotContext, d: Draft, chatId = ctx.chat!.id): Promise<void> {
  const content = draftContent(d);
  if (!content) return;
  const deps = ctx.deps;
  await deps.channel.send(chatId, await renderContent(deps, content, ctx.locale));
}

/** "Count and preview": zero is refused before any preview; otherwise the preview and "when?". */
export async function countAndPreview(ctx: BotContext, d: Draft): Promise<void> {
  const count = await countDraftAudience(ctx.deps, ctx.from!.id, d);
  if (count === 0) return showAudience(ctx, d, true, ctx.t("bc-audience-zero"));
  // The audience buttons go only once every message is out: after a failed send she counts again.
  const done = async () => void (await ctx.editMessageReplyMarkup().catch(() => undefined));
  await ctx.reply(ctx.t("bc-preview-below"), { parse_mode: "HTML" });
  try {
    await sendPreview(ctx, d);
  } catch (error) {
    // Telegram refused the message itself (a protected post cannot be copied): nobody else would get it either.
    if (!(error instanceof SendError) || error instanceof TransientSendError) throw error;
    broadcastDraft.set(ctx.session, { ...d, step: "message" });
    await ctx.reply(ctx.t("bc-preview-failed", { reason: error.message.slice(0, 200) }), {
      parse_mode: "HTML",
      reply_markup: quitRow(ctx),
    });
    return done();
  }
  broadcastDraft.set(ctx.session, { ...d, step: "when", count });
  const kb = new InlineKeyboard()
    .text(ctx.tText("bc-button-now"), "bc:now")
    .text(ctx.tText("bc-button-later"), "bc:later")
    .row()
    .text(ctx.tText("bc-button-change-audience"), "bc:aud")
    .row();
  await ctx.reply(ctx.t("bc-preview-above", { count: fmt(count) }), {
    parse_mode: "HTML",
    reply_markup: quitRow(ctx, kb),
  });
  await done();
}

/** Quick choices for the time: tomorrow morning and afternoon, in the configured time zone. */
function quickTimes(ctx: BotContext): number[] {
  const tz = ctx.deps.config.TIMEZONE;
  const t = localParts(ctx.deps.now + DAY, tz);
  return [9, 15].map((hour) => zonedTime(t.year, t.month, t.day, hour, 0, tz));
}

/** The time step's keyboard: the two quick choices and cancel (on its question and on every retry). */
function timeKeyboard(ctx: BotContext): InlineKeyboard {
  const kb = new InlineKeyboard();
  for (const at of quickTimes(ctx)) {
    kb.text(formatDateTime(at, ctx.locale, ctx.deps.config.TIMEZONE), `bc:at:${Math.round(at / 60_000)}`);
  }
  return quitRow(ctx, kb.row());
}

/** "Later": asks for a date and time, with two quick choices. */
export async function askTime(ctx: BotContext, d: Draft): Promise<void> {
  broadcastDraft.set(ctx.session, { ...d, step: "time" });
  await ctx.reply(ctx.t("bc-ask-time", dateExamples(ctx.deps.now, ctx.deps.config.TIMEZONE)), {
    parse_mode: "HTML",
    reply_markup: timeKeyboard(ctx),
  });
}

/** A typed or tapped time: readable, ahead of now, within two months (the one schedule rule). */
export async function onTime(ctx: BotContext, d: Draft, input: string | number): Promise<void> {
  const now = ctx.deps.now;
  const tz = ctx.deps.config.TIMEZONE;
  const read = checkSchedule(input, now, tz);
  if (!read.ok) {
    await ctx.reply(ctx.t(`bc-time-${read.problem}`, dateExamples(now, tz)), {
      parse_mode: "HTML",
      reply_markup: timeKeyboard(ctx),
    });
    return;
  }
  await showConfirm(ctx, { ...d, at: read.at });
}

/** Step 5: the confirm buttons repeat the count; above the threshold they ask an admin instead. */
export async function showConfirm(ctx: BotContext, d: Draft): Promise<void> {
  broadcastDraft.set(ctx.session, { ...d, step: "confirm" });
  const count = d.count ?? 0;
  const when =
    d.at === undefined
      ? ctx.tText("bc-when-now")
      : formatDateTime(d.at, ctx.locale, ctx.deps.config.TIMEZONE);
  const ask = needsApproval(ctx.deps.config, count, ctx.staff?.role === "admin");
  const paid = await paidEnabled(ctx.deps.redis);
  const n = fmt(count);
  const kb = new InlineKeyboard()
    .text(ctx.tText(ask ? "bc-button-ask" : "bc-button-send", { count: n }), `bc:go:${d.nonce}`)
    .row();
  if (paid) {
    const stars = fmt(starsEstimate(count));
    kb.text(
      ctx.tText(ask ? "bc-button-ask-paid" : "bc-button-send-paid", { count: n, stars }),
      `bc:gp:${d.nonce}`,
    );
    kb.row();
  }
  const text = [
    ctx.t("bc-confirm", { count: n, when }),
    ask ? ctx.t("bc-confirm-approval", { threshold: fmt(ctx.deps.config.BROADCAST_APPROVAL_THRESHOLD) }) : "",
    paid ? ctx.t("bc-confirm-paid", { stars: fmt(starsEstimate(count)), count: n }) : "",
  ].filter(Boolean);
  await ctx.reply(text.join("\n\n"), { parse_mode: "HTML", reply_markup: quitRow(ctx, kb) });
}

/** The confirm press: starts, schedules, or holds the broadcast for an admin. Once per draft. */
export async function confirm(ctx: BotContext, d: Draft, paid: boolean): Promise<void> {
  const sent = await sendDraft(ctx.deps, ctx.from!.id, d, {
    paid,
    authorName: ctx.from?.first_name ?? String(ctx.from?.id),
    locale: ctx.locale,
  });
  if (!sent) return;
  broadcastDraft.set(ctx.session, undefined);
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  const when = d.at === undefined ? "" : formatDateTime(d.at, ctx.locale, ctx.deps.config.TIMEZONE);
  if (sent.kind === "existing") return void (await ctx.reply(ctx.t("bc-already", { id: sent.id })));
  if (sent.kind === "approval") {
    const count = sent.asked;
    await ctx.reply(ctx.t(count > 0 ? "bc-approval-sent" : "bc-approval-nobody", { count }));
    return;
  }
  const key = sent.kind === "scheduled" ? "bc-scheduled" : "bc-started";
  const keep =
    sent.kind === "scheduled" && d.content?.kind === "copy" ? `\n${ctx.t("bc-keep-original")}` : "";
  await ctx.reply(ctx.t(key, { count: fmt(d.count ?? 0), when }) + keep, { parse_mode: "HTML" });
}
