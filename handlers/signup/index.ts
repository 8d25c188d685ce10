/** Mentor sign-up: staff's applications and mentor roster, then the applicant's form. */
import { Composer } from "grammy";
import { asksAboutMyApplication } from "../../src/signup/asked.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import type { TelegramFeature } from "../../src/telegram/feature.ts";
import { telegramConversation } from "../shared/conversation.ts";
import { applicant } from "./applicant.ts";
import { applications } from "./applications.ts";
import { currentDraft, saveDraft, showPrompt } from "./flow.ts";
import { mentors } from "./mentors.ts";
import { showMyApplication } from "./submit.ts";

const composer = new Composer<BotContext>();
// Staff text input (a closing note, a mentor's details) comes before the applicant's form.
composer.use(applications, mentors, applicant);

/** Mid-form, the question she was on comes again in her new language (its buttons too). */
async function onLanguageChange(ctx: BotContext): Promise<void> {
  const draft = currentDraft(ctx);
  if (!draft) return;
  const c = telegramConversation(ctx);
  saveDraft(c, draft);
  await showPrompt(c, draft);
}

/** « 我的报名怎么样了 », « status of my application »: her application as /myapplication shows it. */
async function liveAnswer(ctx: BotContext, text: string): Promise<boolean> {
  if (!asksAboutMyApplication(text)) return false;
  await showMyApplication(telegramConversation(ctx));
  return true;
}

export const signupTelegram: TelegramFeature = {
  composer,
  onLanguageChange,
  liveAnswer,
  commands: [
    { command: "signup" },
    { command: "myapplication" },
    { command: "signups", staff: true },
    { command: "mentors", staff: true },
  ],
};
