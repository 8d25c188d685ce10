/** /newfair and editing: a guided form in the `fair` session slice, ending in the preview. */
import { InlineKeyboard } from "grammy";
import { type Form, fairForm, STEPS, type Step } from "../../src/fairs/form.ts";
import { announcementMessage } from "../../src/fairs/templates.ts";
import { draftSchema, type FairDraft, LIMITS, TARGETS, type Target } from "../../src/fairs/types.ts";
import { regionLabel } from "../../src/regions/index.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import { inlineKeyboard } from "../../src/telegram/keyboard.ts";
import { dateExamples } from "../../src/time/examples.ts";
import { cityKeyboard, districtKeyboard, pickerCities } from "../shared/region-picker.ts";

/** The region picker's callback prefix in the fair form. */
export const PICK = "frg";
/** The staff member's scope for the region picker. */
export const scopeOf = (ctx: BotContext) => ({ within: ctx.staff?.region ?? undefined });
/** The form's "discard" button. */
export const quitKeyboard = (ctx: BotContext) =>
  new InlineKeyboard().text(ctx.tText("fair-button-quit"), "fair:quit");

/** Target-group toggles (numbered as typed answers use them), next and discard. */
export function targetKeyboard(ctx: BotContext, selected: readonly Target[]): InlineKeyboard {
  const kb = new InlineKeyboard();
  TARGETS.forEach((t, i) => {
    kb.text(
      `${selected.includes(t) ? "✅" : "⬜"} ${i + 1} ${ctx.tText(`fair-target-${t}`)}`,
      `fair:tg:${t}`,
    );
    if (i % 2 === 1) kb.row();
  });
  return kb
    .row()
    .text(ctx.tText("fair-button-next"), "fair:tg:ok")
    .text(ctx.tText("fair-button-quit"), "fair:quit");
}

/** Asks for the form's current step (a city or district for the region step). */
export async function ask(ctx: BotContext, form: Form, note?: string): Promise<void> {
  fairForm.set(ctx.session, form);
  if (form.step === "preview") return showPreview(ctx, form);
  const scope = scopeOf(ctx);
  let text = ctx.t(`fair-ask-${form.step}`, {
    max: maxOf(form.step),
    ...dateExamples(ctx.deps.now, ctx.deps.config.TIMEZONE),
  });
  let markup = quitKeyboard(ctx);
  if (form.step === "region") {
    const cities = pickerCities(scope);
    const city = form.city ?? (cities.length === 1 ? cities[0]!.code : undefined);
    if (!city) markup = cityKeyboard(ctx, PICK, 0, scope);
    else {
      fairForm.set(ctx.session, { ...form, city });
      text = ctx.t("fair-ask-district", { city: regionLabel(city, ctx.locale) });
      markup = districtKeyboard(ctx, PICK, city, 0, scope);
    }
  } else if (form.step === "targets") markup = targetKeyboard(ctx, form.draft.targets ?? []);
  else if (form.step === "link") {
    markup = new InlineKeyboard();
    if (form.offer) markup.text(ctx.tText("fair-button-https"), "fair:https").row();
    markup.text(ctx.tText("fair-button-skip"), "fair:skip").text(ctx.tText("fair-button-quit"), "fair:quit");
  }
  await ctx.reply(note ? `${note}\n\n${text}` : text, { parse_mode: "HTML", reply_markup: markup });
}

function maxOf(step: Step): number {
  if (step === "title" || step === "venue" || step === "description" || step === "contact")
    return LIMITS[step];
  return LIMITS.count;
}

/** The next step after a field, or the preview when one field was being changed. */
export async function advance(ctx: BotContext, form: Form, draft: Partial<FairDraft>, note?: string) {
  const merged = { ...form.draft, ...draft };
  const next = STEPS[STEPS.indexOf(form.step as Step) + 1];
  const step = form.single || !next ? "preview" : next;
  await ask(
    ctx,
    { ...form, draft: merged, step, city: undefined, single: step === "preview" ? false : form.single },
    note,
  );
}

/** The preview: exactly the announcement subscribers will get, then publish / change / discard. */
export async function showPreview(ctx: BotContext, form: Form): Promise<void> {
  const draft = draftSchema.safeParse(form.draft);
  if (!draft.success) {
    const missing = STEPS.find((s) => s !== "link" && form.draft[draftKey(s)] === undefined) ?? "title";
    return ask(ctx, { ...form, step: missing, single: false });
  }
  fairForm.set(ctx.session, { ...form, step: "preview" });
  const message = announcementMessage(ctx.deps.i18n, ctx.locale, {
    fair: draft.data,
    timeZone: ctx.deps.config.TIMEZONE,
  });
  await ctx.reply(ctx.t("fair-preview-title"), { parse_mode: "HTML" });
  await ctx.reply(message.html ?? "", {
    parse_mode: "HTML",
    reply_markup: inlineKeyboard(message.buttons ?? []),
    link_preview_options: { is_disabled: true },
  });
  const kb = new InlineKeyboard()
    .text(ctx.tText(form.editing ? "fair-button-save" : "fair-button-publish"), "fair:pub")
    .row()
    .text(ctx.tText("fair-button-change"), "fair:chg")
    .text(ctx.tText("fair-button-quit"), "fair:quit");
  await ctx.reply(ctx.t(form.editing ? "fair-preview-edit" : "fair-preview-ask"), {
    parse_mode: "HTML",
    reply_markup: kb,
  });
}

function draftKey(step: Step): keyof FairDraft {
  return step === "when" ? "startsAt" : step;
}

/** The fields staff can change from the preview (region only before publishing). */
export function fieldKeyboard(ctx: BotContext, form: Form): InlineKeyboard {
  const kb = new InlineKeyboard();
  STEPS.filter((s) => !(form.editing && s === "region")).forEach((s, i) => {
    kb.text(ctx.tText(`fair-field-${s}`), `fair:f:${s}`);
    if (i % 3 === 2) kb.row();
  });
  return kb.row().text(ctx.tText("fair-button-back"), "fair:f:preview");
}
