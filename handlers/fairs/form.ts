/** /newfair and editing: a guided form in the `fair` session slice, ending in the preview. */
import { InlineKeyboard } from "grammy";
import type { OutgoingMessage } from "../../src/channel/types.ts";
import { changeLines, fieldOf, wasValues } from "../../src/fairs/changes.ts";
import { type Form, fairForm, STEPS, type Step } from "../../src/fairs/form.ts";
import { fairForStaff, previewFairEdit } from "../../src/fairs/manage.ts";
import { announcementMessage, changeMessage, fairCard } from "../../src/fairs/templates.ts";
import {
  draftSchema,
  type Fair,
  type FairDraft,
  LIMITS,
  TARGETS,
  type Target,
} from "../../src/fairs/types.ts";
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

/** Asks for the form's current step (a city or district for the region step); `note` goes above it. */
export async function ask(ctx: BotContext, form: Form, note?: string): Promise<void> {
  fairForm.set(ctx.session, form);
  if (form.step === "preview") return showPreview(ctx, form, note);
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

/** A fair this staff member may manage: it exists, is open, and lies in her scope; else says why. */
export async function loadManaged(ctx: BotContext, id: string): Promise<Fair | null> {
  const found = await fairForStaff(ctx.deps, ctx.from!.id, id);
  if (found.ok) return found.fair;
  await ctx.reply(ctx.t(`fair-${found.problem}`, { id }), { parse_mode: "HTML" });
  return null;
}

/** The preview's own buttons: publish (or save), change, discard. */
function previewRows(ctx: BotContext, form: Form): InlineKeyboard {
  return new InlineKeyboard()
    .text(ctx.tText(form.editing ? "fair-button-save" : "fair-button-publish"), "fair:pub")
    .row()
    .text(ctx.tText("fair-button-change"), "fair:chg")
    .text(ctx.tText("fair-button-quit"), "fair:quit");
}

/**
 * The preview, one message: for a new fair, exactly the announcement subscribers will get (its own
 * buttons answer "preview only"); for an edit, what changed and who will be told, then the change
 * notice exactly as they will get it (or the fair as changed, when nobody is told). Then publish
 * (or save), change, discard.
 */
export async function showPreview(ctx: BotContext, form: Form, note?: string): Promise<void> {
  const draft = draftSchema.safeParse(form.draft);
  if (!draft.success) {
    const missing = STEPS.find((s) => s !== "link" && form.draft[fieldOf(s)] === undefined) ?? "title";
    return ask(ctx, { ...form, step: missing, single: false });
  }
  fairForm.set(ctx.session, { ...form, step: "preview" });
  const params = { fair: draft.data, timeZone: ctx.deps.config.TIMEZONE };
  let body: OutgoingMessage;
  if (form.editing) {
    const fair = await loadManaged(ctx, form.editing);
    if (!fair) return;
    body = await editPreview(ctx, fair, draft.data);
  } else {
    const message = announcementMessage(ctx.deps.i18n, ctx.locale, params);
    body = {
      html: `${ctx.t("fair-preview-title")}\n\n${message.html}\n\n${ctx.t("fair-preview-ask")}`,
      buttons: message.buttons ?? [],
    };
  }
  const kb = inlineKeyboard(body.buttons ?? []);
  for (const row of previewRows(ctx, form).inline_keyboard) kb.row(...row);
  await ctx.reply(note ? `${note}\n\n${body.html}` : (body.html ?? ""), {
    parse_mode: "HTML",
    reply_markup: kb,
    link_preview_options: { is_disabled: true },
  });
}

/** An edit's preview: the changes, who will be told, and what they will get. */
async function editPreview(ctx: BotContext, fair: Fair, draft: FairDraft): Promise<OutgoingMessage> {
  const { i18n, config } = ctx.deps;
  const tz = config.TIMEZONE;
  const { changes, told, notify } = await previewFairEdit(ctx.deps, ctx.from!.id, fair, draft);
  const lines = [ctx.t("fair-edit-title", { id: fair.id, title: fair.title }), ""];
  if (changes.length === 0) {
    lines.push(ctx.t("fair-edit-none"), "", fairCard(i18n, ctx.locale, { fair: draft, timeZone: tz }));
    return { html: lines.join("\n") };
  }
  lines.push(
    ctx.t("fair-edit-changes"),
    ...changeLines(i18n, ctx.locale, changes, tz).map((l) => `· ${l}`),
    "",
  );
  let shown: OutgoingMessage;
  if (notify > 0) {
    lines.push(ctx.t("fair-edit-notify", { count: notify }));
    shown = changeMessage(i18n, ctx.locale, { fair: draft, timeZone: tz, was: wasValues(told) });
  } else {
    lines.push(ctx.t(told.length > 0 ? "fair-edit-nobody" : "fair-edit-silent"));
    shown = { html: fairCard(i18n, ctx.locale, { fair: draft, timeZone: tz }) };
  }
  lines.push("", shown.html ?? "", "", ctx.t("fair-preview-edit"));
  return { html: lines.join("\n"), buttons: shown.buttons ?? [] };
}

/** The fields staff can change from the preview: every one, the district too. */
export function fieldKeyboard(ctx: BotContext): InlineKeyboard {
  const kb = new InlineKeyboard();
  STEPS.forEach((s, i) => {
    kb.text(ctx.tText(`fair-field-${s}`), `fair:f:${s}`);
    if (i % 3 === 2) kb.row();
  });
  return kb.row().text(ctx.tText("fair-button-back"), "fair:f:preview");
}

/** The preview's keyboard again, after the field picker's « back » (edited in place). */
export function previewKeyboard(ctx: BotContext, form: Form): InlineKeyboard {
  const draft = draftSchema.safeParse(form.draft);
  const buttons =
    draft.success && !form.editing
      ? (announcementMessage(ctx.deps.i18n, ctx.locale, {
          fair: draft.data,
          timeZone: ctx.deps.config.TIMEZONE,
        }).buttons ?? [])
      : [];
  const kb = inlineKeyboard(buttons);
  for (const row of previewRows(ctx, form).inline_keyboard) kb.row(...row);
  return kb;
}
