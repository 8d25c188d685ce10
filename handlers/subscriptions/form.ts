/** The subscription form in chat: city, districts, topics, by button or typed, then saved with consent. */
import type { InlineKeyboard } from "grammy";
import { getRegion, regionName } from "../../src/regions/index.ts";
import { consentShown } from "../../src/signup/consent-shown.ts";
import {
  type SubscriptionForm as State,
  subscriptionForm,
  subscriptionFormSchema,
} from "../../src/subscriptions/form.ts";
import { readSubscription, saveSubscription } from "../../src/subscriptions/store.ts";
import { DEFAULT_TOPICS, TOPICS, type Topic, topicsFromText } from "../../src/subscriptions/topics.ts";
import {
  cleanTyped,
  isAllTopics,
  isConfirm,
  meansWholeCity,
  resolveInNamedCity,
} from "../../src/subscriptions/typed.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import { confirmPress } from "../shared/old-press.ts";
import {
  cityKeyboard,
  districtKeyboard,
  districtPageOf,
  type PickerAction,
  pickerCities,
  pickerDistricts,
  resolveTyped,
  type TypedRegions,
} from "../shared/region-picker.ts";
import { manageKeyboard, regionsText, topicKeyboard, topicsText } from "./view.ts";

/** The region picker's callback prefix in the subscription form. */
export const PREFIX = "sub";

/** Saves the form with the time of this step (null: closes it). */
function save(ctx: BotContext, state: State | undefined): void {
  subscriptionForm.set(ctx.session, state && { ...state, at: ctx.deps.now });
}

type Show = { edit: boolean };
/** A step of the form: on the pressed message while it is fresh, else (typed, or far up) at the bottom. */
async function show(ctx: BotContext, text: string, reply_markup: InlineKeyboard, how: Show) {
  if (how.edit) await confirmPress(ctx, text, reply_markup);
  else await ctx.reply(text, { parse_mode: "HTML", reply_markup });
}

/**
 * Starts the form at the city step, or straight at the topics when only those change. `want`: a
 * topic she asked for (« 订阅培训消息 » under a question about trainings), ticked for her to confirm.
 */
export async function startFlow(
  ctx: BotContext,
  opts: { source: string; topicsOnly?: boolean; edit?: boolean; want?: Topic },
) {
  // A sign-up notice left waiting must not take what she types once this form is done.
  consentShown.clear(ctx.session);
  const current = readSubscription(ctx.profile?.raw);
  const had = current.topics.length > 0 ? current.topics : [...DEFAULT_TOPICS];
  const topics = opts.want ? TOPICS.filter((t) => t === opts.want || had.includes(t)) : had;
  if (opts.topicsOnly && current.regions.length > 0) {
    const state = subscriptionFormSchema.parse({
      step: "topics",
      regions: current.regions,
      topics,
      source: opts.source,
    });
    return showTopics(ctx, state, { edit: opts.edit ?? false });
  }
  save(ctx, subscriptionFormSchema.parse({ step: "city", topics, source: opts.source }));
  await show(ctx, ctx.t("region-choose-city"), cityKeyboard(ctx, PREFIX), { edit: opts.edit ?? false });
}

async function showDistricts(ctx: BotContext, state: State, city: string, how: Show) {
  save(ctx, { ...state, step: "district", city, picked: [] });
  const name = regionName(getRegion(city)!, ctx.locale);
  const text = `${ctx.t("region-choose-district", { city: name })}\n${ctx.t("sub-district-hint", { city: name })}`;
  await show(ctx, text, districtKeyboard(ctx, PREFIX, city, 0, { whole: true, multi: true }), how);
}

async function showTopics(ctx: BotContext, state: State, how: Show) {
  save(ctx, { ...state, step: "topics" });
  const text = `${ctx.t("sub-choose-topics", { regions: regionsText(ctx, state.regions) })}\n\n${ctx.t("sub-consent")}`;
  await show(ctx, text, topicKeyboard(ctx, state.topics), how);
}

/** Saves the subscription with consent and source, and confirms with the manage buttons. */
async function finish(ctx: BotContext, state: State, how: Show) {
  if (state.topics.length === 0) {
    await ctx.reply(ctx.t("sub-need-topic"), { reply_markup: topicKeyboard(ctx, state.topics) });
    return;
  }
  if (!ctx.storageOk) return void (await ctx.reply(ctx.t("storage-unavailable")));
  const previous = readSubscription(ctx.profile?.raw);
  const next = {
    regions: state.regions,
    topics: state.topics,
    source: state.source,
    now: ctx.deps.now,
    timeZone: ctx.deps.config.TIMEZONE,
  };
  await saveSubscription(ctx.deps.redis, ctx.from!.id, previous, next);
  save(ctx, undefined);
  const text = ctx.t("sub-saved", {
    regions: regionsText(ctx, state.regions),
    topics: topicsText(ctx, state.topics),
  });
  await show(
    ctx,
    text,
    manageKeyboard(ctx, { ...next, status: "active", topics: [...next.topics], regions: [...next.regions] }),
    how,
  );
}

/** A press on the region picker while the form is at the city or district step. */
export async function onPick(ctx: BotContext, state: State, action: PickerAction): Promise<void> {
  const edit = { edit: true };
  if (action.op === "city") return showDistricts(ctx, state, action.code, edit);
  if (action.op === "whole") return showTopics(ctx, { ...state, regions: [action.code] }, edit);
  if (action.op === "done") {
    const regions = state.city === action.city && state.picked.length > 0 ? state.picked : [action.city];
    return showTopics(ctx, { ...state, regions }, edit);
  }
  if (action.op === "district") {
    if (state.step !== "district" || !state.city || getRegion(action.code)?.parent !== state.city) return;
    const picked = state.picked.includes(action.code)
      ? state.picked.filter((c) => c !== action.code)
      : [...state.picked, action.code];
    save(ctx, { ...state, picked });
    const page = districtPageOf(state.city, action.code);
    const reply_markup = districtKeyboard(ctx, PREFIX, state.city, page, {
      whole: true,
      multi: true,
      selected: picked,
    });
    await ctx.editMessageReplyMarkup({ reply_markup }).catch(() => undefined);
  }
}

/** A press on a topic toggle or the confirm button. */
export async function onTopic(ctx: BotContext, state: State, pressed: Topic | "ok"): Promise<void> {
  if (pressed === "ok") return finish(ctx, state, { edit: true });
  const topics = state.topics.includes(pressed)
    ? state.topics.filter((t) => t !== pressed)
    : TOPICS.filter((t) => t === pressed || state.topics.includes(t));
  save(ctx, { ...state, topics });
  await ctx.editMessageReplyMarkup({ reply_markup: topicKeyboard(ctx, topics) }).catch(() => undefined);
}

async function notFound(ctx: BotContext, typed: Exclude<TypedRegions, { kind: "found" }>) {
  if (typed.kind === "none") return ctx.t("region-not-found", { text: typed.token.slice(0, 40) });
  const list = typed.candidates.map((r) => regionName(r, ctx.locale)).join(ctx.locale === "en" ? ", " : "、");
  return ctx.t("region-ambiguous", { text: typed.token.slice(0, 40), list });
}

/** A typed answer at the current step: names or numbers, exactly as the buttons offer them. */
export async function onTyped(ctx: BotContext, state: State, text: string): Promise<void> {
  const t = cleanTyped(text);
  const reply = { edit: false };
  if (state.step === "city") {
    const typed = resolveTyped(t, pickerCities());
    if (typed.kind === "found") return showDistricts(ctx, state, typed.regions[0]!.code, reply);
    // People often name their district or county straight away ("青州", "寿光和青州"): take them when
    // each is unique. A number is a button on screen, never a position in the hidden list of every district.
    const everyDistrict = pickerCities().flatMap((c) => pickerDistricts(c.code));
    const county = /(?<!\d)\d{1,3}(?!\d)/.test(t) ? typed : resolveTyped(t, everyDistrict, { multi: true });
    const named = county.kind === "found" ? county : resolveInNamedCity(t);
    if (named) return showTopics(ctx, { ...state, regions: named.regions.map((r) => r.code) }, reply);
    return void (await ctx.reply(await notFound(ctx, typed), { reply_markup: cityKeyboard(ctx, PREFIX) }));
  }
  if (state.step === "district" && state.city) {
    if (meansWholeCity(t, state.city)) return showTopics(ctx, { ...state, regions: [state.city] }, reply);
    // « 完成 » typed ends the choice as the button does: the ticked districts, or else the whole city.
    if (isConfirm(t)) {
      const regions = state.picked.length > 0 ? state.picked : [state.city];
      return showTopics(ctx, { ...state, regions }, reply);
    }
    const typed = resolveTyped(t, pickerDistricts(state.city), { multi: true });
    // "潍坊 寿光 青州": the city named again before its districts.
    const found = typed.kind === "found" ? typed : (resolveInNamedCity(t) ?? typed);
    if (found.kind === "found")
      return showTopics(ctx, { ...state, regions: found.regions.map((r) => r.code) }, reply);
    const reply_markup = districtKeyboard(ctx, PREFIX, state.city, 0, {
      whole: true,
      multi: true,
      selected: state.picked,
    });
    return void (await ctx.reply(await notFound(ctx, found), { reply_markup }));
  }
  if (isConfirm(t)) return finish(ctx, state, reply);
  if (isAllTopics(t)) return finish(ctx, { ...state, topics: [...TOPICS] }, reply);
  const topics = topicsFromText(t);
  if (topics) return finish(ctx, { ...state, topics }, reply);
  await ctx.reply(ctx.t("sub-topics-unknown"), { reply_markup: topicKeyboard(ctx, state.topics) });
}
