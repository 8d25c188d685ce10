/** The applicant's side of mentor sign-up: /signup, the menu entry, `/start signup`, /myapplication, the form's buttons and typing. */
import { Composer } from "grammy";
import * as z from "zod";
import { SOURCE } from "../../src/signup/consent-shown.ts";
import { INDUSTRIES, NEEDS, STAGES, STEPS } from "../../src/signup/constants.ts";
import { signupDraft } from "../../src/signup/draft.ts";
import { restart, startEdit, withoutConfirm, withoutHold } from "../../src/signup/machine.ts";
import { subscriptionForm } from "../../src/subscriptions/form.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import { confirmPress } from "../shared/old-press.ts";
import { parsePick, pickerPattern } from "../shared/region-picker.ts";
import { stale } from "../shared/stale.ts";
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
import { onConsentMessage, onFormContact, onFormText } from "./typed.ts";

const composer = new Composer<BotContext>();
const pm = composer.chatType("private");

const choice = z.union([
  z.tuple([z.literal("stage"), z.enum(STAGES)]),
  z.tuple([z.literal("industry"), z.enum(INDUSTRIES)]),
]);
const need = z.enum(NEEDS);
const step = z.enum(STEPS);
const ref = /^JG-\d{4}-\d{6}$/;

// A draft past its 7 days is dropped from the session the next time she writes.
pm.use((ctx, next) => {
  if (!currentDraft(ctx)) signupDraft.clear(ctx.session);
  return next();
});

pm.command("start", async (ctx, next) => {
  const payload = ctx.match.trim();
  if (payload !== "signup" && !payload.startsWith("signup_")) return next();
  await beginSignup(ctx, SOURCE.test(payload) ? payload : "signup", { link: true });
});
pm.command("signup", (ctx) => beginSignup(ctx, "signup"));
pm.command("myapplication", (ctx) => showMyApplication(ctx));
pm.command("cancel", async (ctx, next) => {
  const draft = currentDraft(ctx);
  if (!draft) return next();
  await askCancel(ctx, draft);
});

pm.callbackQuery(["menu:mentor", "su:start"], async (ctx) => {
  await ctx.answerCallbackQuery();
  await beginSignup(ctx, "menu", { edit: ctx.callbackQuery.data === "su:start" });
});
pm.callbackQuery(/^su:ok:(.+)$/, async (ctx) => {
  await ctx.answerCallbackQuery();
  await acceptConsent(ctx, SOURCE.test(ctx.match[1]!) ? ctx.match[1]! : "signup");
});
pm.callbackQuery("su:no", async (ctx) => {
  const draft = currentDraft(ctx);
  await ctx.answerCallbackQuery();
  // A notice far up pressed after she agreed: the form filled since is not dropped unasked.
  if (draft) return askCancel(ctx, withoutHold(draft), { edit: true });
  await declineConsent(ctx);
});
pm.callbackQuery("su:my", async (ctx) => {
  await ctx.answerCallbackQuery();
  await showMyApplication(ctx, { edit: true });
});
pm.callbackQuery(/^su:(w|wy):(.+)$/, async (ctx) => {
  const [, action, id] = ctx.match;
  if (!id || !ref.test(id)) return stale(ctx);
  await (action === "w" ? askWithdraw(ctx, id) : withdraw(ctx, id));
});
pm.callbackQuery("su:wn", async (ctx) => {
  await ctx.answerCallbackQuery();
  await showMyApplication(ctx, { edit: true });
});

// Every press below acts on the draft; a press from an old message or another step changes nothing.
const form = pm.on("callback_query:data").filter((ctx) => /^su:|^sur:/.test(ctx.callbackQuery.data));
form.use(async (ctx, next) => {
  const draft = currentDraft(ctx);
  if (!draft && ctx.callbackQuery.data === "su:go") {
    await ctx.answerCallbackQuery();
    return beginSignup(ctx, "signup", { edit: true });
  }
  if (!draft) return stale(ctx);
  // Any press on the form means she is back: her typed answers count again, not another form's.
  if (draft.hold) saveDraft(ctx, withoutHold(draft));
  // Any press but "yes, cancel" answers the cancel question, so a later typed « 是 » is an answer.
  if (draft.confirm && ctx.callbackQuery.data !== "su:xy") saveDraft(ctx, withoutConfirm(currentDraft(ctx)!));
  subscriptionForm.clear(ctx.session);
  await next();
});

form.callbackQuery(["su:go", "su:xn"], async (ctx) => {
  await ctx.answerCallbackQuery();
  await showPrompt(ctx, currentDraft(ctx)!, { edit: true });
});
form.callbackQuery("su:new", async (ctx) => {
  const draft = currentDraft(ctx)!;
  await ctx.answerCallbackQuery();
  await moveTo(ctx, draft, restart(draft, ctx.deps.now), { edit: true });
});
form.callbackQuery("su:later", async (ctx) => {
  saveDraft(ctx, { ...currentDraft(ctx)!, hold: "later" });
  await ctx.answerCallbackQuery();
  await confirmPress(ctx, ctx.t("signup-later"));
});
form.callbackQuery("su:x", async (ctx) => {
  await ctx.answerCallbackQuery();
  await askCancel(ctx, currentDraft(ctx)!, { edit: true });
});
form.callbackQuery("su:xy", async (ctx) => {
  await ctx.answerCallbackQuery();
  await cancelDraft(ctx, currentDraft(ctx)!, { edit: true });
});
form.callbackQuery(/^su:b:(.+)$/, async (ctx) => {
  const draft = currentDraft(ctx)!;
  if (draft.step !== ctx.match[1]) return stale(ctx);
  await ctx.answerCallbackQuery();
  await back(ctx, draft, { edit: true });
});
form.callbackQuery(/^su:c:(\w+):(\w+)$/, async (ctx) => {
  const draft = currentDraft(ctx)!;
  const parsed = choice.safeParse([ctx.match[1], ctx.match[2]]);
  if (!parsed.success || draft.step !== parsed.data[0]) return stale(ctx);
  await ctx.answerCallbackQuery();
  await answer(ctx, draft, { [parsed.data[0]]: parsed.data[1] }, { edit: true });
});
form.callbackQuery(/^su:t:(\w+)$/, async (ctx) => {
  const draft = currentDraft(ctx)!;
  const parsed = need.safeParse(ctx.match[1]);
  if (!parsed.success || draft.step !== "needs") return stale(ctx);
  const had = draft.picked ?? [];
  const picked = NEEDS.filter((n) => (n === parsed.data ? !had.includes(n) : had.includes(n)));
  saveDraft(ctx, { ...draft, picked, updated: ctx.deps.now });
  await ctx.answerCallbackQuery();
  await showPrompt(ctx, { ...draft, picked }, { edit: true });
});
form.callbackQuery("su:nd", async (ctx) => {
  const draft = currentDraft(ctx)!;
  if (draft.step !== "needs") return stale(ctx);
  const picked = draft.picked ?? [];
  if (picked.length === 0)
    return void (await ctx.answerCallbackQuery({
      text: ctx.tText("signup-error-needs-none"),
      show_alert: true,
    }));
  await ctx.answerCallbackQuery();
  await answer(ctx, draft, { needs: picked }, { edit: true });
});
form.callbackQuery(/^su:e:(\w+)$/, async (ctx) => {
  const draft = currentDraft(ctx)!;
  const parsed = step.safeParse(ctx.match[1]);
  if (!parsed.success || draft.step !== "review") return stale(ctx);
  await ctx.answerCallbackQuery();
  await moveTo(ctx, draft, startEdit(draft, parsed.data, ctx.deps.now), { edit: true });
});
form.callbackQuery("su:sub", async (ctx) => {
  const draft = currentDraft(ctx)!;
  if (draft.step !== "review") return stale(ctx);
  await ctx.answerCallbackQuery();
  await submit(ctx, draft, { edit: true });
});
form.callbackQuery(pickerPattern(PICKER), async (ctx) => {
  const draft = currentDraft(ctx)!;
  const action = parsePick(PICKER, ctx.callbackQuery.data);
  if (draft.step !== "region" || !action) return stale(ctx);
  await onPickerPress(ctx, draft, action);
});
form.on("callback_query", stale);

// Typed answers and a shared contact while the form is open (and not put off with "later").
pm.on("message", async (ctx, next) => {
  const draft = currentDraft(ctx);
  const text = ctx.message.text;
  if (!draft && !text?.startsWith("/") && (await onConsentMessage(ctx, text))) return;
  if (!draft || draft.hold || text?.startsWith("/")) return next();
  if (text !== undefined) return onFormText(ctx, draft, text);
  if (ctx.message.contact) return onFormContact(ctx, draft, ctx.message.contact);
  await ctx.reply(ctx.t("signup-error-not-text"), { parse_mode: "HTML" });
  await showPrompt(ctx, draft);
});

/** The applicant's side of mentor sign-up: /signup, the menu entry, `/start signup`, /myapplication. */
export const applicant = composer;
