/** Job fairs in chat: /fairs, fair_ deep links, RSVP and calendar files; for staff /newfair, edits, cancels, QR posters, /stats. */
import { Composer } from "grammy";
import * as z from "zod";
import { asksAboutFairs } from "../../src/fairs/asked.ts";
import { isQuitWord } from "../../src/fairs/fields.ts";
import { fairForm, STEPS } from "../../src/fairs/form.ts";
import { getFair } from "../../src/fairs/store.ts";
import { fairId, TARGETS } from "../../src/fairs/types.ts";
import { subscriptionForm, subscribing as subscriptionOpen } from "../../src/subscriptions/form.ts";
import { isStopWord } from "../../src/subscriptions/stop-words.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import type { TelegramFeature } from "../../src/telegram/feature.ts";
import { introAfterLink } from "../shared/main-menu.ts";
import { parsePick, pickerPattern, turnPickerPage } from "../shared/region-picker.ts";
import { answerRefusals, stale } from "../shared/stale.ts";
import { onTarget, onTyped, pickRegion, takeLink } from "./answers.ts";
import { ask, fieldKeyboard, loadManaged, PICK, previewKeyboard, scopeOf } from "./form.ts";
import { askCancel, confirmCancel, publish, sendPoster, sendStats, startEdit } from "./manage.ts";
import { notice, onFairButton, showFair, showList } from "./subscriber.ts";

const composer = new Composer<BotContext>();
const pm = composer.chatType("private");

// Staff commands and buttons: anyone else gets a polite refusal and nothing happens.
const staffOnly = (ctx: BotContext) => ctx.staff !== null;
const refuse = async (ctx: BotContext) => {
  if (ctx.callbackQuery) return void (await notice(ctx, "staff-only"));
  await ctx.reply(ctx.t("staff-only"));
};

// /start fair_<id>: a poster's deep link opens that fair.
pm.command("start", async (ctx, next) => {
  const payload = ctx.match.trim();
  if (!payload.startsWith("fair_")) return next();
  const id = fairId.safeParse(payload.slice(5));
  // A newcomer learns, after the fair, what else the bot does.
  await showFair(ctx, id.success ? id.data : payload.slice(5), introAfterLink(ctx));
});

pm.command("fairs", (ctx) => showList(ctx, "m", 0, false));
pm.callbackQuery("menu:fairs", async (ctx) => {
  await ctx.answerCallbackQuery();
  await showList(ctx, "m", 0, false);
});
pm.callbackQuery(/^fair:ls:([ma]):(\d{1,3})$/, async (ctx) => {
  await ctx.answerCallbackQuery();
  await showList(ctx, ctx.match[1] === "a" ? "a" : "m", Number(ctx.match[2]), true);
});

pm.callbackQuery(/^fair:(info|go|no|ics):(.*)$/, async (ctx) => {
  const id = fairId.safeParse(ctx.match[2]);
  if (ctx.match[2] === "pv") return notice(ctx, "fair-preview-only");
  const fair = id.success ? await getFair(ctx.deps.redis, id.data) : null;
  if (!fair) return stale(ctx);
  const action = z.enum(["info", "go", "no", "ics"]).parse(ctx.match[1]);
  await onFairButton(ctx, action, fair);
});

// ---- staff ----
const staff = pm.filter(staffOnly);
// What the domain refuses (a fair outside her scope) is answered as a stale press.
staff.use(answerRefusals);
pm.command(["newfair", "stats", "editfair", "cancelfair", "fairqr"]).filter((ctx) => !staffOnly(ctx), refuse);
pm.callbackQuery(/^(?:fair:(?:pub|chg|quit|skip|https|tg|f|ed|cx|cxy|cxn|qr)\b|frg:)/).filter(
  (ctx) => !staffOnly(ctx),
  refuse,
);

staff.command("newfair", (ctx) => {
  // An abandoned subscription form would otherwise take the answers typed here.
  subscriptionForm.clear(ctx.session);
  return ask(ctx, { step: "title", draft: {}, single: false });
});
staff.command("stats", sendStats);
// A subscription form opened after /newfair (which closes one) is the newer: its answers and /cancel first.
const subscribing = (ctx: BotContext) => subscriptionOpen(ctx.session, ctx.deps.now);
staff.command("cancel", async (ctx, next) => {
  if (!fairForm.get(ctx.session) || subscribing(ctx)) return next();
  fairForm.set(ctx.session, undefined);
  await ctx.reply(ctx.t("fair-form-quit"));
});
const idArg = (ctx: BotContext & { match: string }) => fairId.safeParse(ctx.match.trim().replace(/^#/, ""));
for (const [command, run] of [
  ["editfair", startEdit],
  ["cancelfair", askCancel],
] as const) {
  staff.command(command, async (ctx) => {
    const id = idArg(ctx);
    if (!id.success)
      return void (await ctx.reply(ctx.t("fair-need-id", { command }), { parse_mode: "HTML" }));
    await run(ctx, id.data);
  });
}
staff.command("fairqr", async (ctx) => {
  const id = idArg(ctx);
  if (!id.success)
    return void (await ctx.reply(ctx.t("fair-need-id", { command: "fairqr" }), { parse_mode: "HTML" }));
  const fair = await getFair(ctx.deps.redis, id.data);
  if (!fair) return void (await ctx.reply(ctx.t("fair-unknown", { id: id.data }), { parse_mode: "HTML" }));
  await sendPoster(ctx, fair);
});

staff.callbackQuery(/^fair:(ed|cx|cxy|qr):(\d{1,12})$/, async (ctx) => {
  await ctx.answerCallbackQuery();
  const [action, id] = [ctx.match[1], ctx.match[2]!];
  if (action === "ed") return startEdit(ctx, id);
  if (action === "cx") return askCancel(ctx, id);
  if (action === "cxy") return confirmCancel(ctx, id);
  const fair = await loadManaged(ctx, id);
  if (fair) await sendPoster(ctx, fair);
});
staff.callbackQuery("fair:cxn", async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.editMessageText(ctx.t("fair-cancel-kept"), { parse_mode: "HTML" });
});

// The form's buttons only mean something while the form is open at the matching step.
const targetData = z.enum([...TARGETS, "ok"]);
const fieldData = z.enum([...STEPS, "preview"]);
staff.callbackQuery(/^fair:(pub|chg|quit|skip|https|tg|f)(?::(.+))?$/, async (ctx) => {
  const form = fairForm.get(ctx.session);
  const [op, arg] = [ctx.match[1], ctx.match[2]];
  if (op === "quit") {
    await ctx.answerCallbackQuery();
    if (form) fairForm.set(ctx.session, undefined);
    return void (await ctx.reply(ctx.t(form ? "fair-form-quit" : "fair-form-none")));
  }
  if (!form) return stale(ctx);
  if (op === "tg") {
    const pressed = targetData.safeParse(arg);
    if (form.step !== "targets" || !pressed.success) return stale(ctx);
    await ctx.answerCallbackQuery();
    return onTarget(ctx, form, pressed.data);
  }
  if (op === "skip" || op === "https") {
    if (form.step !== "link" || (op === "https" && !form.offer)) return stale(ctx);
    await ctx.answerCallbackQuery();
    return takeLink(ctx, form, op === "https" ? form.offer : undefined);
  }
  if (form.step !== "preview") return stale(ctx);
  await ctx.answerCallbackQuery();
  if (op === "pub") return publish(ctx, form);
  // The field picker and « back » replace the preview's buttons in place: no message of their own.
  if (op === "chg") return void (await ctx.editMessageReplyMarkup({ reply_markup: fieldKeyboard(ctx) }));
  const field = fieldData.safeParse(arg);
  if (!field.success) return;
  if (field.data === "preview")
    return void (await ctx.editMessageReplyMarkup({ reply_markup: previewKeyboard(ctx, form) }));
  await ask(ctx, { ...form, step: field.data, single: true, city: undefined });
});

staff.callbackQuery(pickerPattern(PICK), async (ctx) => {
  const form = fairForm.get(ctx.session);
  const action = parsePick(PICK, ctx.callbackQuery.data, scopeOf(ctx));
  if (form?.step !== "region" || !action) return stale(ctx);
  if (await turnPickerPage(ctx, PICK, action, scopeOf(ctx))) return;
  await ctx.answerCallbackQuery();
  if (action.op === "back") return ask(ctx, { ...form, city: undefined });
  if (action.op === "city" || action.op === "district") return pickRegion(ctx, form, action.code);
  await ask(ctx, form);
});

// Typed answers while the form is open; commands leave the form to their own handlers.
staff.on("message:text", async (ctx, next) => {
  const form = fairForm.get(ctx.session);
  const text = ctx.message.text;
  // « 退订 » mid-form still stops her alerts (the subscriptions feature, next); « 停止 » quits the form.
  if (!form || text.startsWith("/") || subscribing(ctx) || (isStopWord(text) && !isQuitWord(text)))
    return next();
  if (isQuitWord(text)) {
    fairForm.set(ctx.session, undefined);
    return void (await ctx.reply(ctx.t("fair-form-quit")));
  }
  // Whole, as sent: a "too long" answer says how long it was.
  await onTyped(ctx, form, text);
});

/** « 有没有招聘会 », « any job fairs? »: the upcoming fairs in her regions, as /fairs lists them. */
async function liveAnswer(ctx: BotContext, text: string): Promise<boolean> {
  if (!asksAboutFairs(text)) return false;
  await showList(ctx, "m", 0, false);
  return true;
}

/** Job fairs: /fairs, fair_ deep links, RSVP, calendar files; for staff /newfair, edits, cancels, QR, /stats. */
export const fairsTelegram: TelegramFeature = {
  composer,
  liveAnswer,
  commands: [
    { command: "fairs" },
    { command: "newfair", staff: true },
    { command: "editfair", staff: true, arg: "cmd-arg-id" },
    { command: "cancelfair", staff: true, arg: "cmd-arg-id" },
    { command: "fairqr", staff: true, arg: "cmd-arg-id" },
    { command: "stats", staff: true },
  ],
};
