/** The applicant's presses on any channel (a Telegram button, a WeChat option chosen by typing): consent, each step, review, withdraw. */
import * as z from "zod";
import type { Conversation } from "../../src/channel/conversation.ts";
import { screen } from "../../src/channel/screen.ts";
import { parsePick } from "../../src/regions/picker.ts";
import { SOURCE } from "../../src/signup/consent-shown.ts";
import { INDUSTRIES, NEEDS, STAGES, STEPS } from "../../src/signup/constants.ts";
import { restart, startEdit, withoutConfirm, withoutHold } from "../../src/signup/machine.ts";
import { subscriptionForm } from "../../src/subscriptions/form.ts";
import {
  acceptConsent,
  answer,
  askCancel,
  back,
  beginSignup,
  cancelDraft,
  currentDraft,
  declineConsent,
  moveTo,
  saveDraft,
  showPrompt,
} from "./flow.ts";
import { onPickerPress } from "./region.ts";
import { PICKER } from "./render.ts";
import { askWithdraw, showMyApplication, submit, withdraw } from "./submit.ts";

const choice = z.union([
  z.tuple([z.literal("stage"), z.enum(STAGES)]),
  z.tuple([z.literal("industry"), z.enum(INDUSTRIES)]),
]);
const need = z.enum(NEEDS);
const step = z.enum(STEPS);
const ref = /^JG-\d{4}-\d{6}$/;

/** Whether a press is the applicant side's (the menu's « find a mentor », the form's own, its region picker's). */
export function isSignupPress(data: string): boolean {
  return data === "menu:mentor" || /^su:|^sur:/.test(data);
}

const edit = { edit: true };

/**
 * A press on the applicant's side of sign-up; false when it no longer applies (an old message,
 * another step, a form already closed), and nothing changed. Every press on the form means she is
 * back: a draft put off with "later" takes her typed answers again, a cancel question is answered
 * by any press but "yes", and a subscription form left open lets go.
 */
export async function onSignupPress(c: Conversation, data: string): Promise<boolean> {
  if (data === "menu:mentor" || data === "su:start") {
    await beginSignup(c, "menu", { edit: data === "su:start" });
    return true;
  }
  const ok = /^su:ok:(.+)$/.exec(data);
  if (ok) {
    await acceptConsent(c, SOURCE.test(ok[1]!) ? ok[1]! : "signup");
    return true;
  }
  if (data === "su:no") {
    const draft = currentDraft(c);
    // A notice far up pressed after she agreed: the form filled since is not dropped unasked.
    if (draft) await askCancel(c, withoutHold(draft), edit);
    else await declineConsent(c, edit);
    return true;
  }
  if (data === "su:my" || data === "su:wn") {
    await showMyApplication(c, edit);
    return true;
  }
  const w = /^su:(w|wy):(.+)$/.exec(data);
  if (w) {
    if (!ref.test(w[2]!)) return false;
    return w[1] === "w" ? askWithdraw(c, w[2]!) : withdraw(c, w[2]!);
  }
  return onDraftPress(c, data);
}

/** A press that acts on the draft. */
async function onDraftPress(c: Conversation, data: string): Promise<boolean> {
  const stored = currentDraft(c);
  if (!stored && data === "su:go") {
    await beginSignup(c, "signup", edit);
    return true;
  }
  if (!stored) return false;
  if (stored.hold) saveDraft(c, withoutHold(stored));
  if (stored.confirm && data !== "su:xy") saveDraft(c, withoutConfirm(currentDraft(c)!));
  subscriptionForm.clear(c.session);
  const draft = currentDraft(c)!;
  const now = c.deps.now;
  switch (data) {
    case "su:go":
    case "su:xn":
      await showPrompt(c, draft, edit);
      return true;
    case "su:new":
      await moveTo(c, draft, restart(draft, now), edit);
      return true;
    case "su:later":
      saveDraft(c, { ...draft, hold: "later" });
      await c.show(screen(c.t("signup-later")), edit);
      return true;
    case "su:x":
      await askCancel(c, draft, edit);
      return true;
    case "su:xy":
      await cancelDraft(c, draft, edit);
      return true;
    case "su:nd": {
      if (draft.step !== "needs") return false;
      const picked = draft.picked ?? [];
      if (picked.length > 0) {
        await answer(c, draft, { needs: picked }, edit);
        return true;
      }
      await c.alert(c.text("signup-error-needs-none"));
      if (!c.buttons) await showPrompt(c, draft);
      return true;
    }
    case "su:sub":
      if (draft.step !== "review") return false;
      await submit(c, draft, edit);
      return true;
  }
  const backTo = /^su:b:(.+)$/.exec(data);
  if (backTo) {
    if (draft.step !== backTo[1]) return false;
    await back(c, draft, edit);
    return true;
  }
  const chosen = /^su:c:(\w+):(\w+)$/.exec(data);
  if (chosen) {
    const parsed = choice.safeParse([chosen[1], chosen[2]]);
    if (!parsed.success || draft.step !== parsed.data[0]) return false;
    await answer(c, draft, { [parsed.data[0]]: parsed.data[1] }, edit);
    return true;
  }
  const toggled = /^su:t:(\w+)$/.exec(data);
  if (toggled) {
    const parsed = need.safeParse(toggled[1]);
    if (!parsed.success || draft.step !== "needs") return false;
    const had = draft.picked ?? [];
    const picked = NEEDS.filter((n) => (n === parsed.data ? !had.includes(n) : had.includes(n)));
    saveDraft(c, { ...draft, picked, updated: now });
    await showPrompt(c, { ...draft, picked }, edit);
    return true;
  }
  const edited = /^su:e:(\w+)$/.exec(data);
  if (edited) {
    const parsed = step.safeParse(edited[1]);
    if (!parsed.success || draft.step !== "review") return false;
    await moveTo(c, draft, startEdit(draft, parsed.data, now), edit);
    return true;
  }
  const action = parsePick(PICKER, data);
  if (action && draft.step === "region") return onPickerPress(c, draft, action);
  return false;
}

/**
 * An option typed where options are not buttons: a need is the answer with that one need, as
 * Telegram reads a typed number (several are typed at once, « 1 3 »), never a toggle she cannot see
 * change. False for any other option (the press goes on as it is).
 */
export async function onTypedOption(c: Conversation, data: string): Promise<boolean> {
  const toggled = /^su:t:(\w+)$/.exec(data);
  const draft = currentDraft(c);
  const parsed = toggled ? need.safeParse(toggled[1]) : null;
  if (!draft || draft.hold || draft.step !== "needs" || !parsed?.success) return false;
  const stored = draft.confirm ? withoutConfirm(draft) : draft;
  subscriptionForm.clear(c.session);
  await answer(c, stored, { needs: [parsed.data] });
  return true;
}
