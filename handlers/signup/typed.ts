/** Typed answers to the sign-up form: each question's answer, back, cancel, consent in words, questions for the FAQ. */
import type { Contact } from "grammy/types";
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
  mayBeQuestion,
  parsePhone,
} from "../../src/signup/validate.ts";
import { resumeView } from "../../src/signup/views.ts";
import type { BotContext } from "../../src/telegram/context.ts";
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
import { answerMidFormQuestion } from "./mid-form-question.ts";
import { langOf, show } from "./render.ts";
import { submit } from "./submit.ts";

/**
 * A message while the consent notice waits for her answer: agreeing in her own words starts the
 * form as the button does, declining ends it, a question the FAQ is sure of is answered; anything
 * else (a name, a number, a photo, a greeting) shows the notice again with how to answer it, so
 * nothing she types for the form reaches the FAQ. A notice older than half an hour no longer
 * waits: only her agreeing to it shows it again (to be agreed to afresh), the rest goes on.
 * False (nothing sent) when no notice waits.
 */
export async function onConsentMessage(ctx: BotContext, text: string | undefined): Promise<boolean> {
  const pending = pendingConsent(ctx.session, ctx.deps.now);
  if (!pending) return false;
  const reply = text === undefined ? null : readConsentReply(text);
  if (!pending.fresh && reply !== "agree") {
    consentShown.clear(ctx.session);
    return false;
  }
  if (!pending.fresh) await showConsent(ctx, pending.src, { again: true });
  else if (reply === "agree") await acceptConsent(ctx, pending.src);
  else if (reply === "decline") await declineConsent(ctx);
  else {
    if (text !== undefined) await asked(ctx, text);
    await showConsent(ctx, pending.src, { again: true });
  }
  return true;
}

// The review's own words count: « 确认无误请点“提交报名” », « ✅ 提交报名 », « ✅ Submit ».
const SUBMIT = /^(?:提交|确认|确认提交|确定|确定提交|提交报名|确认无误|无误|submit|confirm)$/i;
/** A question inside a business description longer than this is part of the description. */
const ABOUT_QUESTION_MAX = 60;

/** Puts a text that is no answer to the FAQ; true when it was answered there. */
function asked(ctx: BotContext, text: string): Promise<boolean> | false {
  return mayBeQuestion(text) && answerMidFormQuestion(ctx, text);
}

/** Repeats the question after an error (in her language, with the specific reason). */
async function again(ctx: BotContext, draft: Draft, key: string, args: Record<string, string | number>) {
  await ctx.reply(ctx.t(key, args), { parse_mode: "HTML" });
  await showPrompt(ctx, draft);
}

async function onReviewText(ctx: BotContext, draft: Draft, text: string): Promise<void> {
  if (SUBMIT.test(normalizeChoice(text))) return submit(ctx, draft, {});
  const n = Number(text.trim());
  const step = Number.isInteger(n) ? STEPS[n - 1] : undefined;
  const edit = step ?? namedEdit(ctx.deps.i18n, text);
  if (edit) return moveTo(ctx, draft, startEdit(draft, edit, ctx.deps.now));
  if (await asked(ctx, text)) return showPrompt(ctx, draft);
  await again(ctx, draft, "signup-error-review", {});
}

/**
 * A typed message while the form is open: an answer, "back", "cancel", a question for the FAQ,
 * or a mistake that gets its specific message and the same question again. After a long pause an
 * off-track message gets the "continue where you stopped?" offer instead of an error.
 */
export async function onFormText(ctx: BotContext, stored: Draft, text: string): Promise<void> {
  // Read whole, as sent (a message is at most 4,096 characters): a "too long" answer says how long it was.
  const draft = stored.confirm ? withoutConfirm(stored) : stored;
  if (stored.confirm) {
    // "Cancel your sign-up?" was the last question: « 是 » answers it, not the form's question.
    const reply = confirmReply(text);
    if (reply === "yes") return cancelDraft(ctx, draft);
    saveDraft(ctx, draft);
    if (reply === "no") return showPrompt(ctx, draft);
  }
  if (isCancelText(text)) return askCancel(ctx, draft);
  if (isBackText(text)) return back(ctx, draft);
  if (draft.step === "review") return onReviewText(ctx, draft, text);
  const outcome = interpretText(ctx.deps.i18n, draft, text);
  const now = ctx.deps.now;
  switch (outcome.kind) {
    case "value": {
      // Any text is a description: only a short one asked outright goes to the FAQ instead.
      const shortQuestion = charLength(text) <= ABOUT_QUESTION_MAX && asksOutright(text);
      if (draft.step === "about" && shortQuestion && (await answerMidFormQuestion(ctx, text)))
        return showPrompt(ctx, draft);
      return answer(ctx, draft, outcome.answers);
    }
    case "city":
      return moveTo(ctx, draft, { ...draft, city: outcome.city, updated: now });
    case "candidates": {
      const list = outcome.regions
        .map((r) => regionName(r, ctx.locale))
        .join(ctx.locale === "en" ? ", " : "、");
      return again(ctx, draft, "region-ambiguous", { text: text.trim().slice(0, 30), list });
    }
    case "question":
    case "error": {
      if (await asked(ctx, text)) return showPrompt(ctx, draft);
      if (outcome.kind === "question") return again(ctx, draft, "signup-question-unknown", {});
      if (isIdle(ctx, draft)) {
        saveDraft(ctx, { ...draft, updated: now });
        return show(ctx, resumeView(langOf(ctx), draft));
      }
      return again(ctx, draft, outcome.error, outcome.args ?? {});
    }
  }
}

/** A shared contact: accepted on the phone question only if it is her own number. */
export async function onFormContact(ctx: BotContext, draft: Draft, contact: Contact): Promise<void> {
  if (draft.step !== "phone") return again(ctx, draft, "signup-error-not-text", {});
  if (contact.user_id !== ctx.from?.id) return again(ctx, draft, "signup-error-contact-other", {});
  const phone = parsePhone(contact.phone_number);
  if (!phone.ok) return again(ctx, draft, "signup-error-contact-foreign", {});
  await answer(ctx, draft, { phone: phone.value });
}
