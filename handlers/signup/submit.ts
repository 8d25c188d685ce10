/** Filing an application, /myapplication and withdrawing, on any channel, with the staff of her region told. */
import type { Conversation } from "../../src/channel/conversation.ts";
import { option, screen } from "../../src/channel/screen.ts";
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
import { introAfterLink } from "../shared/main-menu.ts";
import { saveDraft, showPrompt } from "./flow.ts";
import { langIn, showView } from "./render.ts";

/**
 * Files the draft: one open application at a time (checked on her profile and claimed atomically),
 * a reference number and what happens next for her, a notice for the staff of her region.
 */
export async function submit(c: Conversation, draft: Draft, opts: { edit?: boolean }): Promise<void> {
  const lang = langIn(c);
  if (!isComplete(draft.a)) return showPrompt(c, { ...draft, step: firstOpen(draft.a) }, opts);
  const open = openRefOf(c.profile?.raw);
  if (open) return showView(c, alreadyOpenView(lang, open), opts);
  if (!c.storageOk) return c.say(c.t("storage-unavailable"));
  const app = await createApplication(c.deps.redis, {
    userId: c.person,
    locale: c.locale,
    answers: draft.a,
    consentV: draft.consentV,
    consentAt: draft.consentAt,
    source: draft.src,
    now: c.deps.now,
    timeZone: c.deps.config.TIMEZONE,
  });
  saveDraft(c, undefined);
  // A concurrent press of "submit" (a double tap) filed it a moment ago.
  if (!app) return c.say(c.t("signup-submit-twice"));
  // A newcomer who came through a poster learns, after the reference number, what else the bot does.
  const view = submittedView(lang, app);
  const intro = introAfterLink(c, draft.intro === true);
  const html = intro ? `${view.html}\n\n${intro.line}` : view.html;
  await showView(c, { ...view, html, buttons: [...(view.buttons ?? []), ...(intro?.rows ?? [])] }, opts);
  const sent = await notifyStaffOfNew(c.deps, app);
  logInfo("signup_submitted", { ref: app.ref, staff_notified: sent });
}

/** Her applications, newest first (one set read and one pipelined load). */
async function myApplications(c: Conversation) {
  const refs = (await c.deps.redis.smembers(signupKeys.userApplications(c.person))).map(String);
  const apps = await loadApplications(c.deps.redis, refs);
  return apps.sort((a, b) => b.created - a.created);
}

/** /myapplication: the open application (else the latest) with its status, and withdraw while open. */
export async function showMyApplication(c: Conversation, opts: { edit?: boolean } = {}): Promise<void> {
  const [latest] = await myApplications(c);
  if (!latest)
    return c.show(screen(c.t("signup-my-none"), option(c.text("signup-start-button"), "su:start")));
  await showView(c, myApplicationView(langIn(c), latest, c.deps.config.TIMEZONE), opts);
}

/** Her own application that is still open, or null (another's, closed, unknown: the press no longer applies). */
async function ownOpen(c: Conversation, ref: string) {
  const app = await getApplication(c.deps.redis, ref);
  return app && app.user === c.person && app.status !== "closed" ? app : null;
}

/** The withdraw button: one confirmation first. False when the press no longer applies. */
export async function askWithdraw(c: Conversation, ref: string): Promise<boolean> {
  if (!(await ownOpen(c, ref))) return false;
  await showView(c, withdrawConfirmView(langIn(c), ref), { edit: true });
  return true;
}

/** Withdraws (closes as the applicant's choice) and tells the staff who follow it. False when the press no longer applies. */
export async function withdraw(c: Conversation, ref: string): Promise<boolean> {
  const app = await ownOpen(c, ref);
  if (!app) return false;
  const closed = await changeStatus(c.deps.redis, app, "closed", { closed_by: "applicant" }, c.deps.now);
  await c.show(screen(c.t("signup-withdrawn", { ref })), { edit: true });
  await notifyStaffOfWithdrawal(c.deps, closed);
  return true;
}
