/** The subscription form on any channel: city, districts, topics, by option or typed, then saved with consent. */
import * as z from "zod";
import type { Conversation } from "../../src/channel/conversation.ts";
import type { Screen, ScreenItem } from "../../src/channel/screen.ts";
import { getRegion, regionName } from "../../src/regions/index.ts";
import { consentShown } from "../../src/signup/consent-shown.ts";
import {
  IDLE_MS,
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
import {
  cityRows,
  districtPageOf,
  districtRows,
  type PickerAction,
  parsePick,
  pickerCities,
  pickerDistricts,
  resolveTyped,
  type TypedRegions,
} from "../shared/region-picker.ts";
import { manageRows, regionsText, topicRows, topicsText } from "./view.ts";

/** The region picker's callback prefix in the subscription form. */
export const PREFIX = "sub";

/** Saves the form with the time of this step (null: closes it). */
function save(c: Conversation, state: State | undefined): void {
  subscriptionForm.set(c.session, state && { ...state, at: c.deps.now });
}

type Show = { edit: boolean };
const withRows = (html: string, rows: readonly (readonly ScreenItem[])[]): Screen => ({ html, rows });

/** The city options: a page of them where the channel has buttons, else all (each number one city). */
function cities(c: Conversation): ScreenItem[][] {
  return cityRows(c, PREFIX, c.buttons ? 0 : "all");
}

/** The district options of the city, with "whole city", "done" and "back". */
function districts(c: Conversation, city: string, page: number, selected: readonly string[]): ScreenItem[][] {
  return districtRows(c, PREFIX, city, c.buttons ? page : "all", { whole: true, multi: true, selected });
}

/** The city step's screen (also « back » from the districts). */
export function cityScreen(c: Conversation): Screen {
  return withRows(c.t("region-choose-city"), cities(c));
}

/**
 * Starts the form at the city step, or straight at the topics when only those change. `want`: a
 * topic she asked for (« 订阅培训消息 » under a question about trainings), ticked for her to confirm.
 */
export async function startFlow(
  c: Conversation,
  opts: { source: string; topicsOnly?: boolean; edit?: boolean; want?: Topic },
) {
  // A sign-up notice left waiting must not take what she types once this form is done.
  consentShown.clear(c.session);
  const current = readSubscription(c.profile?.raw);
  const had = current.topics.length > 0 ? current.topics : [...DEFAULT_TOPICS];
  const topics = opts.want ? TOPICS.filter((t) => t === opts.want || had.includes(t)) : had;
  if (opts.topicsOnly && current.regions.length > 0) {
    const state = subscriptionFormSchema.parse({
      step: "topics",
      regions: current.regions,
      topics,
      source: opts.source,
    });
    return showTopics(c, state, { edit: opts.edit ?? false });
  }
  save(c, subscriptionFormSchema.parse({ step: "city", topics, source: opts.source }));
  await c.show(cityScreen(c), { edit: opts.edit ?? false });
}

async function showDistricts(c: Conversation, state: State, city: string, how: Show) {
  save(c, { ...state, step: "district", city, picked: [] });
  const name = regionName(getRegion(city)!, c.locale);
  const text = `${c.t("region-choose-district", { city: name })}\n${c.t("sub-district-hint", { city: name })}`;
  await c.show(withRows(text, districts(c, city, 0, [])), how);
}

function topicsScreen(c: Conversation, state: State): Screen {
  const text = `${c.t("sub-choose-topics", { regions: regionsText(c, state.regions) })}\n\n${c.t("sub-consent")}`;
  return withRows(text, topicRows(c, state.topics));
}

async function showTopics(c: Conversation, state: State, how: Show) {
  save(c, { ...state, step: "topics" });
  await c.show(topicsScreen(c, state), how);
}

/** Saves the subscription with consent and source, and confirms with the manage options. */
async function finish(c: Conversation, state: State, how: Show) {
  if (state.topics.length === 0) return c.show(withRows(c.t("sub-need-topic"), topicRows(c, state.topics)));
  if (!c.storageOk) return c.say(c.t("storage-unavailable"));
  const previous = readSubscription(c.profile?.raw);
  const next = {
    regions: state.regions,
    topics: state.topics,
    source: state.source,
    now: c.deps.now,
    timeZone: c.deps.config.TIMEZONE,
  };
  await saveSubscription(c.deps.redis, c.person, previous, next);
  save(c, undefined);
  const text = c.t("sub-saved", {
    regions: regionsText(c, state.regions),
    topics: topicsText(c, state.topics),
  });
  const saved = { ...next, status: "active" as const, topics: [...next.topics], regions: [...next.regions] };
  await c.show(withRows(text, manageRows(c, saved)), how);
}

/** A press on the region picker while the form is at the city or district step. */
export async function onPick(c: Conversation, state: State, action: PickerAction): Promise<void> {
  const edit = { edit: true };
  if (action.op === "back") {
    // Telegram turns back in place (turnPickerPage); a channel without buttons shows the cities again.
    save(c, { ...state, step: "city", picked: [] });
    return c.show(cityScreen(c), edit);
  }
  if (action.op === "city") return showDistricts(c, state, action.code, edit);
  if (action.op === "whole") return showTopics(c, { ...state, regions: [action.code] }, edit);
  if (action.op === "done") {
    const regions = state.city === action.city && state.picked.length > 0 ? state.picked : [action.city];
    return showTopics(c, { ...state, regions }, edit);
  }
  if (action.op === "district") {
    if (state.step !== "district" || !state.city || getRegion(action.code)?.parent !== state.city) return;
    const picked = state.picked.includes(action.code)
      ? state.picked.filter((x) => x !== action.code)
      : [...state.picked, action.code];
    save(c, { ...state, picked });
    const name = regionName(getRegion(state.city)!, c.locale);
    const text = `${c.t("region-choose-district", { city: name })}\n${c.t("sub-district-hint", { city: name })}`;
    await c.redraw(withRows(text, districts(c, state.city, districtPageOf(state.city, action.code), picked)));
  }
}

/** A press on a topic toggle or the confirm option. */
export async function onTopic(c: Conversation, state: State, pressed: Topic | "ok"): Promise<void> {
  if (pressed === "ok") return finish(c, state, { edit: true });
  const topics = state.topics.includes(pressed)
    ? state.topics.filter((t) => t !== pressed)
    : TOPICS.filter((t) => t === pressed || state.topics.includes(t));
  save(c, { ...state, topics });
  await c.redraw(topicsScreen(c, { ...state, topics }));
}

function notFound(c: Conversation, typed: Exclude<TypedRegions, { kind: "found" }>): string {
  if (typed.kind === "none") return c.t("region-not-found", { text: typed.token.slice(0, 40) });
  const list = typed.candidates.map((r) => regionName(r, c.locale)).join(c.locale === "en" ? ", " : "、");
  return c.t("region-ambiguous", { text: typed.token.slice(0, 40), list });
}

/** A typed answer at the current step: names or numbers, exactly as the options offer them. */
export async function onTyped(c: Conversation, state: State, text: string): Promise<void> {
  const t = cleanTyped(text);
  const reply = { edit: false };
  if (state.step === "city") {
    const typed = resolveTyped(t, pickerCities());
    if (typed.kind === "found") return showDistricts(c, state, typed.regions[0]!.code, reply);
    // People often name their district or county straight away ("青州", "寿光和青州"): take them when
    // each is unique. A number is an option on screen, never a position in the hidden list of every district.
    const everyDistrict = pickerCities().flatMap((x) => pickerDistricts(x.code));
    const county = /(?<!\d)\d{1,3}(?!\d)/.test(t) ? typed : resolveTyped(t, everyDistrict, { multi: true });
    const named = county.kind === "found" ? county : resolveInNamedCity(t);
    if (named) return showTopics(c, { ...state, regions: named.regions.map((r) => r.code) }, reply);
    return c.show(withRows(notFound(c, typed), cities(c)));
  }
  if (state.step === "district" && state.city) {
    if (meansWholeCity(t, state.city)) return showTopics(c, { ...state, regions: [state.city] }, reply);
    // « 完成 » typed ends the choice as the option does: the ticked districts, or else the whole city.
    if (isConfirm(t)) {
      const regions = state.picked.length > 0 ? state.picked : [state.city];
      return showTopics(c, { ...state, regions }, reply);
    }
    const typed = resolveTyped(t, pickerDistricts(state.city), { multi: true });
    // "潍坊 寿光 青州": the city named again before its districts.
    const found = typed.kind === "found" ? typed : (resolveInNamedCity(t) ?? typed);
    if (found.kind === "found")
      return showTopics(c, { ...state, regions: found.regions.map((r) => r.code) }, reply);
    return c.show(withRows(notFound(c, found), districts(c, state.city, 0, state.picked)));
  }
  if (isConfirm(t)) return finish(c, state, reply);
  if (isAllTopics(t)) return finish(c, { ...state, topics: [...TOPICS] }, reply);
  const topics = topicsFromText(t);
  if (topics) return finish(c, { ...state, topics }, reply);
  await c.show(withRows(c.t("sub-topics-unknown"), topicRows(c, state.topics)));
}

const topicData = z.enum([...TOPICS, "ok"]);

/**
 * A press on the open form (a topic toggle, confirm, a city or district of the picker); false when
 * it no longer applies (no form, another step, a forged code) and nothing changed. Page turns are
 * the channel's own (Telegram edits in place, see turnPickerPage).
 */
export async function onFormPress(c: Conversation, data: string): Promise<boolean> {
  const state = subscriptionForm.get(c.session);
  const topic = /^sub:t:(.+)$/.exec(data);
  if (topic) {
    const pressed = topicData.safeParse(topic[1]);
    if (state?.step !== "topics" || !pressed.success) return false;
    await onTopic(c, state, pressed.data);
    return true;
  }
  const action = parsePick(PREFIX, data);
  if (!state || state.step === "topics" || !action) return false;
  await onPick(c, state, action);
  return true;
}

/**
 * A typed message while the form is open: its answer. A form left for half an hour lets go (and
 * false: the text goes on as if no form were open), so it never takes a question or another form's answers.
 */
export async function onFormText(c: Conversation, text: string): Promise<boolean> {
  const state = subscriptionForm.get(c.session);
  if (!state) return false;
  if (c.deps.now - state.at > IDLE_MS) {
    subscriptionForm.clear(c.session);
    return false;
  }
  await onTyped(c, state, text.slice(0, 200));
  return true;
}

/**
 * An option typed (its number, its label, « 第二个 ») where options are not buttons: a district
 * or a topic is the answer with that one item, as Telegram reads a typed number (« 9 » is Shouguang
 * and on to the topics, « 1 » is job fairs only), never a toggle she cannot see change. Several are
 * typed at once (« 寿光 青州 », « 1 3 »). False for any other option (the press goes on as it is).
 */
export async function onTypedOption(c: Conversation, data: string): Promise<boolean> {
  const state = subscriptionForm.get(c.session);
  const topic = /^sub:t:(.+)$/.exec(data);
  const pressed = topic ? topicData.safeParse(topic[1]) : null;
  if (state?.step === "topics" && pressed?.success && pressed.data !== "ok") {
    await finish(c, { ...state, topics: [pressed.data] }, { edit: false });
    return true;
  }
  const action = parsePick(PREFIX, data);
  if (
    state?.step === "district" &&
    action?.op === "district" &&
    getRegion(action.code)?.parent === state.city
  ) {
    await showTopics(c, { ...state, regions: [action.code] }, { edit: false });
    return true;
  }
  return false;
}
