/** The applicant's side of mentor sign-up on Telegram: /signup, the menu entry, `/start signup`, /myapplication, the form's buttons and typing. */
import { Composer } from "grammy";
import { SOURCE } from "../../src/signup/consent-shown.ts";
import { signupDraft } from "../../src/signup/draft.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import { telegramConversation } from "../shared/conversation.ts";
import { stale } from "../shared/stale.ts";
import { askCancel, beginSignup, currentDraft, showPrompt } from "./flow.ts";
import { isSignupPress, onSignupPress } from "./press.ts";
import { showMyApplication } from "./submit.ts";
import { onConsentMessage, onFormContact, onFormText } from "./typed.ts";

const composer = new Composer<BotContext>();
const pm = composer.chatType("private");

// A draft past its 7 days is dropped from the session the next time she writes.
pm.use((ctx, next) => {
  if (!currentDraft(ctx)) signupDraft.clear(ctx.session);
  return next();
});

pm.command("start", async (ctx, next) => {
  const payload = ctx.match.trim();
  if (payload !== "signup" && !payload.startsWith("signup_")) return next();
  await beginSignup(telegramConversation(ctx), SOURCE.test(payload) ? payload : "signup", { link: true });
});
pm.command("signup", (ctx) => beginSignup(telegramConversation(ctx), "signup"));
pm.command("myapplication", (ctx) => showMyApplication(telegramConversation(ctx)));
pm.command("cancel", async (ctx, next) => {
  const draft = currentDraft(ctx);
  if (!draft) return next();
  await askCancel(telegramConversation(ctx), draft);
});

// Every press of the form (src: handlers/signup/press.ts, the same for WeChat's typed options); a
// press from an old message or another step changes nothing and says so.
pm.on("callback_query:data").filter(
  (ctx) => isSignupPress(ctx.callbackQuery.data),
  async (ctx) => {
    const c = telegramConversation(ctx);
    if (!(await onSignupPress(c, ctx.callbackQuery.data))) return stale(ctx);
    if (!c.pressAnswered) await ctx.answerCallbackQuery();
  },
);

// Typed answers and a shared contact while the form is open (and not put off with "later").
pm.on("message", async (ctx, next) => {
  const draft = currentDraft(ctx);
  const text = ctx.message.text;
  const c = telegramConversation(ctx);
  if (!draft && !text?.startsWith("/") && (await onConsentMessage(c, text))) return;
  if (!draft || draft.hold || text?.startsWith("/")) return next();
  if (text !== undefined) return onFormText(c, draft, text);
  if (ctx.message.contact) return onFormContact(c, draft, ctx.message.contact);
  await c.say(ctx.t("signup-error-not-text"));
  await showPrompt(c, draft);
});

/** The applicant's side of mentor sign-up: /signup, the menu entry, `/start signup`, /myapplication. */
export const applicant = composer;
