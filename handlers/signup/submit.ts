/** Filing an application, /myapplication and withdrawing, with the staff of her region told. */
import { InlineKeyboard } from "grammy";
import { logInfo } from "../../src/log.ts";
import {
  alreadyOpenView,
  myApplicationView,
  submittedView,
  withdrawConfirmView,
} from "../../src/signup/app-views.ts";
import {
  changeStatus,
  createApplication,
  getApplication,
  isComplete,
  openRefOf,
} from "../../src/signup/applications.ts";
import type { Draft } from "../../src/signup/draft.ts";
import { firstOpen } from "../../src/signup/draft.ts";
import { signupKeys } from "../../src/signup/keys.ts";
import { loadApplications } from "../../src/signup/listing.ts";
import { notifyStaffOfNew, notifyStaffOfWithdrawal } from "../../src/signup/notify.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import { introAfterLink } from "../shared/main-menu.ts";
import { confirmPress } from "../shared/old-press.ts";
import { stale } from "../shared/stale.ts";
import { saveDraft, showPrompt } from "./flow.ts";
import { langOf, show } from "./render.ts";

/**
 * Files the draft: one open application at a time (checked on her profile and claimed atomically),
 * a reference number and what happens next for her, a notice for the staff of her region.
 */
export async function submit(ctx: BotContext, draft: Draft, opts: { edit?: boolean }): Promise<void> {
  const lang = langOf(ctx);
  if (!isComplete(draft.a)) return showPrompt(ctx, { ...draft, step: firstOpen(draft.a) }, opts);
  const open = openRefOf(ctx.profile?.raw);
  if (open) return show(ctx, alreadyOpenView(lang, open), opts);
  if (!ctx.storageOk) return void (await ctx.reply(ctx.t("storage-unavailable")));
  const app = await createApplication(ctx.deps.redis, {
    userId: ctx.from!.id,
    locale: ctx.locale,
    answers: draft.a,
    consentV: draft.consentV,
    consentAt: draft.consentAt,
    source: draft.src,
    now: ctx.deps.now,
    timeZone: ctx.deps.config.TIMEZONE,
  });
  saveDraft(ctx, undefined);
  // A concurrent press of "submit" (a double tap) filed it a moment ago.
  if (!app) return void (await ctx.reply(ctx.t("signup-submit-twice"), { parse_mode: "HTML" }));
  // A newcomer who came through a poster learns, after the reference number, what else the bot does.
  const view = submittedView(lang, app);
  const intro = introAfterLink(ctx, draft.intro === true);
  const html = intro ? `${view.html}\n\n${intro.line}` : view.html;
  await show(ctx, { ...view, html, buttons: [...(view.buttons ?? []), ...(intro?.rows ?? [])] }, opts);
  const sent = await notifyStaffOfNew(ctx.deps, app);
  logInfo("signup_submitted", { ref: app.ref, staff_notified: sent });
}

/** Her applications, newest first (one set read and one pipelined load). */
async function myApplications(ctx: BotContext) {
  const refs = (await ctx.deps.redis.smembers(signupKeys.userApplications(ctx.from!.id))).map(String);
  const apps = await loadApplications(ctx.deps.redis, refs);
  return apps.sort((a, b) => b.created - a.created);
}

/** /myapplication: the open application (else the latest) with its status, and withdraw while open. */
export async function showMyApplication(ctx: BotContext, opts: { edit?: boolean } = {}): Promise<void> {
  const [latest] = await myApplications(ctx);
  if (!latest) {
    const kb = new InlineKeyboard().text(ctx.tText("signup-start-button"), "su:start");
    return void (await ctx.reply(ctx.t("signup-my-none"), { parse_mode: "HTML", reply_markup: kb }));
  }
  await show(ctx, myApplicationView(langOf(ctx), latest, ctx.deps.config.TIMEZONE), opts);
}

/** The withdraw button: one confirmation first. */
export async function askWithdraw(ctx: BotContext, ref: string): Promise<void> {
  const app = await getApplication(ctx.deps.redis, ref);
  if (!app || app.user !== ctx.from?.id || app.status === "closed") return stale(ctx);
  await ctx.answerCallbackQuery();
  await show(ctx, withdrawConfirmView(langOf(ctx), ref), { edit: true });
}

/** Withdraws (closes as the applicant's choice) and tells the staff who follow it. */
export async function withdraw(ctx: BotContext, ref: string): Promise<void> {
  const app = await getApplication(ctx.deps.redis, ref);
  if (!app || app.user !== ctx.from?.id || app.status === "closed") return stale(ctx);
  await ctx.answerCallbackQuery();
  const closed = await changeStatus(ctx.deps.redis, app, "closed", { closed_by: "applicant" }, ctx.deps.now);
  await confirmPress(ctx, ctx.t("signup-withdrawn", { ref }));
  await notifyStaffOfWithdrawal(ctx.deps, closed);
}
