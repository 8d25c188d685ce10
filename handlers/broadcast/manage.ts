/** /broadcasts: the recent and scheduled broadcasts in her scope, pause, resume, cancel, and paid broadcast for admins. */
import { InlineKeyboard } from "grammy";
import { fmt } from "../../src/broadcast/progress.ts";
import { processed } from "../../src/broadcast/record.ts";
import { paidEnabled } from "../../src/broadcast/settings.ts";
import {
  broadcastFor,
  broadcastsFor,
  controlsFor,
  setPaidBroadcast,
  steerBroadcast,
} from "../../src/broadcast/steer.ts";
import { summaryLine } from "../../src/broadcast/view.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import { stale } from "../shared/stale.ts";

/** The /broadcasts view: recent and scheduled broadcasts in scope, with their controls. */
async function listView(ctx: BotContext): Promise<{ text: string; kb: InlineKeyboard }> {
  const list = await broadcastsFor(ctx.deps, ctx.from!.id);
  const kb = new InlineKeyboard();
  const lines = list.map((item, i) => {
    const n = i + 1;
    const { status, id } = item.r;
    const controls = controlsFor(status);
    if (controls.includes("pause")) kb.text(ctx.tText("bc-button-pause", { n }), `bc:p:${id}`);
    if (controls.includes("resume")) kb.text(ctx.tText("bc-button-resume", { n }), `bc:r:${id}`);
    if (controls.includes("cancel")) kb.text(ctx.tText("bc-button-cancel", { n }), `bc:x:${id}`).row();
    return summaryLine(ctx.deps.i18n, ctx.locale, ctx.deps.config.TIMEZONE, n, item);
  });
  if (ctx.staff?.role === "admin") {
    const on = await paidEnabled(ctx.deps.redis);
    kb.row().text(ctx.tText(on ? "bc-button-paid-off" : "bc-button-paid-on"), `bc:paid:${on ? "off" : "on"}`);
  }
  kb.row().text(ctx.tText("bc-button-refresh"), "bc:list");
  const head = ctx.t(list.length > 0 ? "bc-list-head" : "bc-list-empty");
  return { text: [head, ...lines].join("\n\n"), kb };
}

/** Sends (or, from a button, edits in place) the /broadcasts list. */
export async function showList(ctx: BotContext, edit: boolean): Promise<void> {
  const { text, kb } = await listView(ctx);
  if (edit) await ctx.editMessageText(text, { parse_mode: "HTML", reply_markup: kb }).catch(() => {});
  else await ctx.reply(text, { parse_mode: "HTML", reply_markup: kb });
}

const STEER = { p: "pause", r: "resume", xx: "cancel" } as const;

/** Pause, resume, cancel (after a confirmation) from the list; only for broadcasts she may steer. */
export async function steer(ctx: BotContext, action: "p" | "r" | "x" | "xx", id: string): Promise<void> {
  const found = await broadcastFor(ctx.deps, ctx.from!.id, id);
  if (!found) return void (await stale(ctx));
  const { r, counts } = found;
  if (action === "x") {
    await ctx.answerCallbackQuery();
    const kb = new InlineKeyboard()
      .text(ctx.tText("bc-button-cancel-yes"), `bc:xx:${id}`)
      .text(ctx.tText("bc-button-cancel-no"), "bc:list");
    const args = { label: r.label, done: fmt(processed(counts)), total: fmt(r.total || (r.counted ?? 0)) };
    await ctx.editMessageText(ctx.t("bc-cancel-ask", args), { parse_mode: "HTML", reply_markup: kb });
    return;
  }
  const result = await steerBroadcast(ctx.deps, ctx.from!.id, id, STEER[action]);
  if (!result.ok) return void (await stale(ctx));
  await ctx.answerCallbackQuery({ text: ctx.tText(`bc-done-${result.status}`, { label: r.label }) });
  await showList(ctx, true);
}

/** An admin turns paid broadcast on or off. */
export async function setPaid(ctx: BotContext, on: boolean): Promise<void> {
  await setPaidBroadcast(ctx.deps, ctx.from!.id, on);
  await ctx.answerCallbackQuery({ text: ctx.tText(on ? "bc-paid-on" : "bc-paid-off") });
  await showList(ctx, true);
}
