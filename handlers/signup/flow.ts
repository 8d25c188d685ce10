/** The sign-up form's moves on any channel: consent, each question shown, answers stored, back, cancel. */
import type { Conversation } from "../../src/channel/conversation.ts";
import { itemOf } from "../../src/channel/screen.ts";
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
import { introAfterLink, introScreen } from "../shared/main-menu.ts";
import { langIn, showView } from "./render.ts";

type Reader = Pick<Conversation, "session" | "deps">;

/** The draft in her session, or null (none, corrupt, or past its 7 days). */
export function currentDraft(c: Reader): Draft | null {
  return readDraft(c.session, c.deps.now);
}

/** Stores the draft in the session slice (written back with the session at the end of the update). */
export function saveDraft(c: Pick<Conversation, "session" | "locale">, draft: Draft | undefined): void {
  consentShown.clear(c.session);
  signupDraft.set(c.session, draft && { ...draft, loc: c.locale });
}

/** True when she has been away long enough that an off-track message means "I'm back". */
export function isIdle(c: Reader, draft: Draft): boolean {
  return c.deps.now - draft.updated >= RESUME_AFTER_MS;
}

/** Re-sends the current question (after an error, a side question or a resume). */
export async function showPrompt(
  c: Conversation,
  draft: Draft,
  opts: { edit?: boolean; page?: number } = {},
) {
  await showView(c, promptView(langIn(c), draft), opts);
}

/**
 * /signup, the menu entry and the deep link (a poster's scene): refuses while an application is
 * open, offers to continue a draft, else shows the consent notice. Nothing is stored before she agrees.
 */
export async function beginSignup(
  c: Conversation,
  src: string,
  opts: { edit?: boolean; link?: boolean } = {},
) {
  const lang = langIn(c);
  const open = openRefOf(c.profile?.raw);
  if (open) return showView(c, alreadyOpenView(lang, open), opts);
  // She left a subscription form for this one: it must not take what she types next.
  subscriptionForm.clear(c.session);
  const draft = currentDraft(c);
  if (draft) return showView(c, resumeView(lang, draft), opts);
  // A newcomer from a poster learns what else the bot does once she has answered (see introAfterLink).
  const intro = opts.link === true && c.storageOk && isFirstVisit(c.profile);
  await showConsent(c, SOURCE.test(src) ? src : "signup", { ...opts, intro });
}

/**
 * Shows the consent notice and remembers it is waiting, so her typed answer counts (`again`: after a
 * reply that was neither yes nor no, with a line saying how to answer; `intro`: she came new from a
 * poster link).
 */
export async function showConsent(
  c: Conversation,
  src: string,
  opts: { edit?: boolean; again?: boolean; intro?: boolean } = {},
) {
  // Shown again, it keeps what the first showing knew: whether she came new from a poster.
  const intro = opts.intro ?? consentShown.get(c.session)?.intro === true;
  consentShown.set(c.session, { at: c.deps.now, src, ...(intro ? { intro: true as const } : {}) });
  const view = consentView(langIn(c), c.deps.config.RETENTION_DAYS, src, { again: opts.again ?? false });
  await showView(c, view, opts);
}

/** She agreed: the draft starts (consent version and time in it) and the first question follows. */
export async function acceptConsent(c: Conversation, src: string): Promise<void> {
  const existing = currentDraft(c);
  if (existing) return showPrompt(c, existing, { edit: true });
  if (openRefOf(c.profile?.raw)) return beginSignup(c, src, { edit: true });
  if (!c.storageOk) return c.say(c.t("storage-unavailable"));
  const now = c.deps.now;
  const draft = newDraft(now, c.locale, src, consentShown.get(c.session)?.intro);
  saveDraft(c, draft);
  // The nudge/expiry index is written once per draft; the steps themselves add no request.
  await c.deps.redis.zadd(signupKeys.drafts(), { score: now, member: String(c.person) });
  await showPrompt(c, draft, { edit: true });
}

/**
 * Moves the form from `prev` to `next` and shows where it now stands. Leaving the phone question
 * takes its reply keyboard away first (one message cannot carry both kinds of keyboard).
 */
export async function moveTo(c: Conversation, prev: Draft, next: Draft, opts: { edit?: boolean } = {}) {
  saveDraft(c, next);
  if (prev.step === "phone" && next.step !== "phone") {
    const saved = next.a.phone !== undefined && next.a.phone !== prev.a.phone;
    const ack = saved ? c.t("signup-phone-saved", { phone: maskPhone(next.a.phone!) }) : c.t("signup-ok");
    await c.say(ack, { dropKeyboard: true });
    return showPrompt(c, next);
  }
  await showPrompt(c, next, opts);
}

/** Asks once whether to drop the draft, remembering that the question is on screen. */
export async function askCancel(c: Conversation, draft: Draft, opts: { edit?: boolean } = {}) {
  saveDraft(c, { ...draft, confirm: "cancel" });
  await showView(c, cancelView(langIn(c)), opts);
}

/** Drops the draft after her "yes" (button or typed); the phone question's keyboard goes too. */
export async function cancelDraft(c: Conversation, draft: Draft, opts: { edit?: boolean } = {}) {
  saveDraft(c, undefined);
  const intro = introAfterLink(c, draft.intro === true);
  if (draft.step === "phone" || !opts.edit) {
    // Taking the phone keyboard away takes a message of its own: the intro follows it.
    await c.say(c.t("signup-cancelled"), { dropKeyboard: true });
    if (intro) await c.show({ html: intro.line, rows: intro.rows.map((row) => row.map(itemOf)) });
    return;
  }
  await c.show(introScreen(intro, c.t("signup-cancelled")), { edit: true });
}

/** She declined the consent notice (button or typed): nothing is kept; a newcomer from a poster learns what else the bot does. */
export async function declineConsent(c: Conversation, opts: { edit?: boolean } = {}): Promise<void> {
  const intro = introAfterLink(c, consentShown.get(c.session)?.intro === true);
  saveDraft(c, undefined);
  await c.show(introScreen(intro, c.t("signup-declined")), opts);
}

/** Stores an answer and moves on (to the review when she was editing). */
export function answer(c: Conversation, draft: Draft, answers: Partial<Draft["a"]>, opts = {}) {
  return moveTo(c, draft, applyAnswer(draft, answers, c.deps.now), opts);
}

/** One question back; on the first question, back to the consent notice (where she can decline). */
export async function back(c: Conversation, draft: Draft, opts: { edit?: boolean } = {}) {
  const prev = goBack(draft, c.deps.now);
  if (prev) return moveTo(c, draft, prev, opts);
  const view = consentView(langIn(c), c.deps.config.RETENTION_DAYS, draft.src ?? "signup");
  await showView(c, view, opts);
}
