/** The sign-up form's moves in chat: consent, each question shown, answers stored, back, cancel. */
import { isFirstVisit } from "../../src/people/profile.ts";
import { alreadyOpenView } from "../../src/signup/app-views.ts";
import { openRefOf } from "../../src/signup/applications.ts";
import { consentShown, SOURCE } from "../../src/signup/consent-shown.ts";
import { RESUME_AFTER_MS } from "../../src/signup/constants.ts";
import { type Draft, newDraft, readDraft, signupDraft } from "../../src/signup/draft.ts";
import { signupKeys } from "../../src/signup/keys.ts";
import { applyAnswer, goBack } from "../../src/signup/machine.ts";
import { maskPhone } from "../../src/signup/validate.ts";
import { cancelView, consentView, promptView, resumeView } from "../../src/signup/views.ts";
import { subscriptionForm } from "../../src/subscriptions/form.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import { introAfterLink, sendMenu, withIntro } from "../shared/main-menu.ts";
import { confirmPress } from "../shared/old-press.ts";
import { dropReplyKeyboard, langOf, show } from "./render.ts";

/** The draft in her session, or null (none, corrupt, or past its 7 days). */
export function currentDraft(ctx: BotContext): Draft | null {
  return readDraft(ctx.session, ctx.deps.now);
}

/** Stores the draft in the session slice (written back with the session at the end of the update). */
export function saveDraft(ctx: BotContext, draft: Draft | undefined): void {
  consentShown.clear(ctx.session);
  signupDraft.set(ctx.session, draft && { ...draft, loc: ctx.locale });
}

/** True when she has been away long enough that an off-track message means "I'm back". */
export function isIdle(ctx: BotContext, draft: Draft): boolean {
  return ctx.deps.now - draft.updated >= RESUME_AFTER_MS;
}

/** Re-sends the current question (after an error, a side question or a resume). */
export async function showPrompt(ctx: BotContext, draft: Draft, opts: { edit?: boolean } = {}) {
  await show(ctx, promptView(langOf(ctx), draft), opts);
}

/**
 * /signup, the menu entry and the deep link: refuses while an application is open, offers to
 * continue a draft, else shows the consent notice. Nothing is stored before she agrees.
 */
export async function beginSignup(
  ctx: BotContext,
  src: string,
  opts: { edit?: boolean; link?: boolean } = {},
) {
  const lang = langOf(ctx);
  const open = openRefOf(ctx.profile?.raw);
  if (open) return show(ctx, alreadyOpenView(lang, open), opts);
  // She left a subscription form for this one: it must not take what she types next.
  subscriptionForm.clear(ctx.session);
  const draft = currentDraft(ctx);
  if (draft) return show(ctx, resumeView(lang, draft), opts);
  // A newcomer from a poster learns what else the bot does once she has answered (see introAfterLink).
  const intro = opts.link === true && ctx.storageOk && isFirstVisit(ctx.profile);
  await showConsent(ctx, SOURCE.test(src) ? src : "signup", { ...opts, intro });
}

/**
 * Shows the consent notice and remembers it is waiting, so her typed answer counts (`again`: after a
 * reply that was neither yes nor no, with a line saying how to answer; `intro`: she came new from a
 * poster link).
 */
export async function showConsent(
  ctx: BotContext,
  src: string,
  opts: { edit?: boolean; again?: boolean; intro?: boolean } = {},
) {
  // Shown again, it keeps what the first showing knew: whether she came new from a poster.
  const intro = opts.intro ?? consentShown.get(ctx.session)?.intro === true;
  consentShown.set(ctx.session, { at: ctx.deps.now, src, ...(intro ? { intro: true as const } : {}) });
  const view = consentView(langOf(ctx), ctx.deps.config.RETENTION_DAYS, src, { again: opts.again ?? false });
  await show(ctx, view, opts);
}

/** She agreed: the draft starts (consent version and time in it) and the first question follows. */
export async function acceptConsent(ctx: BotContext, src: string): Promise<void> {
  const existing = currentDraft(ctx);
  if (existing) return showPrompt(ctx, existing, { edit: true });
  if (openRefOf(ctx.profile?.raw)) return beginSignup(ctx, src, { edit: true });
  if (!ctx.storageOk) return void (await ctx.reply(ctx.t("storage-unavailable")));
  const now = ctx.deps.now;
  const draft = newDraft(now, ctx.locale, src, consentShown.get(ctx.session)?.intro);
  saveDraft(ctx, draft);
  // The nudge/expiry index is written once per draft; the steps themselves add no request.
  await ctx.deps.redis.zadd(signupKeys.drafts(), { score: now, member: String(ctx.from!.id) });
  await showPrompt(ctx, draft, { edit: true });
}

/**
 * Moves the form from `prev` to `next` and shows where it now stands. Leaving the phone question
 * takes its reply keyboard away first (one message cannot carry both kinds of keyboard).
 */
export async function moveTo(ctx: BotContext, prev: Draft, next: Draft, opts: { edit?: boolean } = {}) {
  saveDraft(ctx, next);
  if (prev.step === "phone" && next.step !== "phone") {
    const saved = next.a.phone !== undefined && next.a.phone !== prev.a.phone;
    const ack = saved ? ctx.t("signup-phone-saved", { phone: maskPhone(next.a.phone!) }) : ctx.t("signup-ok");
    await dropReplyKeyboard(ctx, ack);
    return showPrompt(ctx, next);
  }
  await showPrompt(ctx, next, opts);
}

/** Asks once whether to drop the draft, remembering that the question is on screen. */
export async function askCancel(ctx: BotContext, draft: Draft, opts: { edit?: boolean } = {}) {
  saveDraft(ctx, { ...draft, confirm: "cancel" });
  await show(ctx, cancelView(langOf(ctx)), opts);
}

/** Drops the draft after her "yes" (button or typed); the phone question's keyboard goes too. */
export async function cancelDraft(ctx: BotContext, draft: Draft, opts: { edit?: boolean } = {}) {
  saveDraft(ctx, undefined);
  const intro = introAfterLink(ctx, draft.intro === true);
  if (draft.step === "phone" || !opts.edit) {
    // Taking the phone keyboard away takes a message of its own: the intro follows it.
    await dropReplyKeyboard(ctx, ctx.t("signup-cancelled"));
    if (intro) await sendMenu(ctx, intro.line);
    return;
  }
  const m = withIntro(intro, ctx.t("signup-cancelled"));
  await confirmPress(ctx, m.html, m.reply_markup);
}

/** She declined the consent notice (button or typed): nothing is kept; a newcomer from a poster learns what else the bot does. */
export async function declineConsent(ctx: BotContext): Promise<void> {
  const m = withIntro(
    introAfterLink(ctx, consentShown.get(ctx.session)?.intro === true),
    ctx.t("signup-declined"),
  );
  saveDraft(ctx, undefined);
  if (ctx.callbackQuery) await confirmPress(ctx, m.html, m.reply_markup);
  else await ctx.reply(m.html, { parse_mode: "HTML", reply_markup: m.reply_markup });
}

/** Stores an answer and moves on (to the review when she was editing). */
export function answer(ctx: BotContext, draft: Draft, answers: Partial<Draft["a"]>, opts = {}) {
  return moveTo(ctx, draft, applyAnswer(draft, answers, ctx.deps.now), opts);
}

/** One question back; on the first question, back to the consent notice (where she can decline). */
export async function back(ctx: BotContext, draft: Draft, opts: { edit?: boolean } = {}) {
  const prev = goBack(draft, ctx.deps.now);
  if (prev) return moveTo(ctx, draft, prev, opts);
  const view = consentView(langOf(ctx), ctx.deps.config.RETENTION_DAYS, draft.src ?? "signup");
  await show(ctx, view, opts);
}
