/** Typed answers to the sign-up form: each question's answer, back, cancel, consent in words, questions for the FAQ. */
import type { Contact } from "grammy/types";
import type { Conversation } from "../../src/channel/conversation.ts";
import { regionName } from "../../src/regions/index.ts";
import { readConsentReply } from "../../src/signup/consent-reply.ts";
import { consentShown, pendingConsent } from "../../src/signup/consent-shown.ts";
import { STEPS } from "../../src/signup/constants.ts";
import type { Draft } from "../../src/signup/draft.ts";
import { interpretText, startEdit, withoutConfirm } from "../../src/signup/machine.ts";
import { namedEdit } from "../../src/signup/review-edit.ts";
import {
  asksOutright,
  charLength,
  confirmReply,
  isBackText,
  isCancelText,
  looksLikeQuestion,
  mayBeQuestion,
  parsePhone,
} from "../../src/signup/validate.ts";
import { resumeView } from "../../src/signup/views.ts";
import { normalizeChoice } from "../../src/text/choices.ts";
import {
  acceptConsent,
  answer,
  askCancel,
  back,
  cancelDraft,
  declineConsent,
  isIdle,
  moveTo,
  saveDraft,
  showConsent,
  showPrompt,
} from "./flow.ts";
import { langIn, showView } from "./render.ts";
import { submit } from "./submit.ts";

/**
 * A message while the consent notice waits for her answer: agreeing in her own words starts the
 * form as the button does, declining ends it, a question the FAQ is sure of is answered; anything
 * else (a name, a number, a photo, a greeting) shows the notice again with how to answer it, so
 * nothing she types for the form reaches the FAQ. A notice older than half an hour no longer
 * waits: only her agreeing to it shows it again (to be agreed to afresh), the rest goes on.
 * False (nothing sent) when no notice waits.
 */
export async function onConsentMessage(c: Conversation, text: string | undefined): Promise<boolean> {
  const pending = pendingConsent(c.session, c.deps.now);
  if (!pending) return false;
  const reply = text === undefined ? null : readConsentReply(text);
  if (!pending.fresh && reply !== "agree") {
    consentShown.clear(c.session);
    return false;
  }
  if (!pending.fresh) await showConsent(c, pending.src, { again: true });
  else if (reply === "agree") await acceptConsent(c, pending.src);
  else if (reply === "decline") await declineConsent(c);
  else {
    if (text !== undefined) await asked(c, text);
    await showConsent(c, pending.src, { again: true });
  }
  return true;
}

// The review's own words count: « 确认无误请点“提交报名” », « ✅ 提交报名 », « ✅ Submit ».
const SUBMIT = /^(?:提交|确认|确认提交|确定|确定提交|提交报名|确认无误|无误|submit|confirm)$/i;
/** A question inside a business description longer than this is part of the description. */
const ABOUT_QUESTION_MAX = 60;

/** Puts a text that is no answer to the FAQ; true when it was answered there. */
function asked(c: Conversation, text: string): Promise<boolean> | false {
  return mayBeQuestion(text) && c.ask(text);
}

/** Repeats the question after an error (in her language, with the specific reason). */
async function again(c: Conversation, draft: Draft, key: string, args: Record<string, string | number>) {
  await c.say(c.t(key, args));
  await showPrompt(c, draft);
}

async function onReviewText(c: Conversation, draft: Draft, text: string): Promise<void> {
  if (SUBMIT.test(normalizeChoice(text))) return submit(c, draft, {});
  const n = Number(text.trim());
  const step = Number.isInteger(n) ? STEPS[n - 1] : undefined;
  const edit = step ?? namedEdit(c.deps.i18n, text);
  if (edit) return moveTo(c, draft, startEdit(draft, edit, c.deps.now));
  if (await asked(c, text)) return showPrompt(c, draft);
  await again(c, draft, "signup-error-review", {});
}

/**
 * A typed message while the form is open: an answer, "back", "cancel", a question for the FAQ,
 * or a mistake that gets its specific message and the same question again. After a long pause an
 * off-track message gets the "continue where you stopped?" offer instead of an error.
 */
export async function onFormText(c: Conversation, stored: Draft, text: string): Promise<void> {
  // Read whole, as sent (a message is at most 4,096 characters): a "too long" answer says how long it was.
  const draft = stored.confirm ? withoutConfirm(stored) : stored;
  if (stored.confirm) {
    // "Cancel your sign-up?" was the last question: « 是 » answers it, not the form's question.
    const reply = confirmReply(text);
    if (reply === "yes") return cancelDraft(c, draft);
    saveDraft(c, draft);
    if (reply === "no") return showPrompt(c, draft);
  }
  if (isCancelText(text)) return askCancel(c, draft);
  if (isBackText(text)) return back(c, draft);
  if (draft.step === "review") return onReviewText(c, draft, text);
  const outcome = interpretText(c.deps.i18n, draft, text);
  const now = c.deps.now;
  switch (outcome.kind) {
    case "value": {
      // Any text is a description: only a short one asked outright goes to the FAQ instead.
      const shortQuestion = charLength(text) <= ABOUT_QUESTION_MAX && asksOutright(text);
      if (draft.step === "about" && shortQuestion && (await c.ask(text))) return showPrompt(c, draft);
      return answer(c, draft, outcome.answers);
    }
    case "city":
      return moveTo(c, draft, { ...draft, city: outcome.city, updated: now });
    case "candidates": {
      const list = outcome.regions.map((r) => regionName(r, c.locale)).join(c.locale === "en" ? ", " : "、");
      return again(c, draft, "region-ambiguous", { text: text.trim().slice(0, 30), list });
    }
    case "question":
    case "error": {
      // A wrong answer that does not read like a question is her answer in her own words (« 我和老公
      // 一起种大棚蔬菜 » at the industry step): the step says again what it needs, the FAQ stays out.
      const question = outcome.kind === "question" || looksLikeQuestion(text);
      if (question && (await asked(c, text))) return showPrompt(c, draft);
      if (outcome.kind === "question") return again(c, draft, "signup-question-unknown", {});
      if (isIdle(c, draft)) {
        saveDraft(c, { ...draft, updated: now });
        return showView(c, resumeView(langIn(c), draft));
      }
      return again(c, draft, outcome.error, outcome.args ?? {});
    }
  }
}

/** A shared contact: accepted on the phone question only if it is her own number. */
export async function onFormContact(c: Conversation, draft: Draft, contact: Contact): Promise<void> {
  if (draft.step !== "phone") return again(c, draft, "signup-error-not-text", {});
  if (contact.user_id !== c.person) return again(c, draft, "signup-error-contact-other", {});
  const phone = parsePhone(contact.phone_number);
  if (!phone.ok) return again(c, draft, "signup-error-contact-foreign", {});
  await answer(c, draft, { phone: phone.value });
}
