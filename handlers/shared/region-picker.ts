/** The shared region picker's keyboards (paged cities, then districts) for any feature that asks « where? ». */
/**
 * The shared region picker: a paged city keyboard, then a paged district keyboard, for any
 * feature that asks "where?" (subscriptions, job fairs, mentor sign-up).
 *
 * Usage, for a feature with its own callback prefix (e.g. "msu"):
 *   send:      ctx.reply(text, { reply_markup: cityKeyboard(ctx, "msu") })
 *   presses:   pm.callbackQuery(pickerPattern("msu"), async (ctx) => {
 *                const action = parsePick("msu", ctx.callbackQuery.data, scope);
 *                if (!action) return ctx.answerCallbackQuery({ text: ctx.tText("callback-stale") });
 *                if (await turnPickerPage(ctx, "msu", action, opts)) return;   // paging, back
 *                // action.op: "city" → show districtKeyboard(ctx, "msu", action.code)
 *                //            "district" | "whole" → the answer; "done" → multi-select finished
 *              })
 *   typed:     resolveTyped(text, pickerCities(scope)) or resolveTyped(text, pickerDistricts(city, scope))
 *              → { kind: "found", regions } | { kind: "ambiguous", candidates } | { kind: "none" };
 *              numbers are the numbers shown on the buttons.
 * The feature keeps its own step in its session slice and validates the final region (e.g. inScope).
 */
import type { InlineKeyboard } from "grammy";
import { buttonOf, option, type ScreenItem } from "../../src/channel/screen.ts";
import type { Locale, TArgs } from "../../src/i18n.ts";
import { getRegion, regionName } from "../../src/regions/index.ts";
import {
  encodePick,
  type PickerAction,
  type PickerScope,
  pageOf,
  pickerCities,
  pickerDistricts,
} from "../../src/regions/picker.ts";
import type { Region } from "../../src/regions/types.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import { inlineKeyboard } from "../../src/telegram/keyboard.ts";

export {
  districtPageOf,
  encodePick,
  type PickerAction,
  type PickerScope,
  parsePick,
  pickerCities,
  pickerDistricts,
  pickerPattern,
  resolveTyped,
  type TypedRegions,
} from "../../src/regions/picker.ts";

/** How the district keyboard behaves. */
export interface DistrictOptions extends PickerScope {
  /** With "back", the message text is replaced by this (e.g. "choose your city"); else back is the feature's. */
  citiesText?: string;
  /** Offer "the whole city" (press → `{ op: "whole" }`). */
  whole?: boolean;
  /** Multi-select: selected districts carry ✅ and a "done" button ends the choice. */
  multi?: boolean;
  selected?: readonly string[];
}

/** What the picker's labels need: her language and plain translation (a Conversation, or a Telegram context's). */
export interface PickerWords {
  locale: Locale;
  text(key: string, args?: TArgs): string;
}

/** A page of the list, or `"all"`: the whole list at once (a channel that numbers options in text). */
export type PickerPage = number | "all";

function grid(
  words: PickerWords,
  prefix: string,
  list: readonly Region[],
  page: PickerPage,
  op: "city" | "district",
  selected: readonly string[],
  turn: (page: number) => PickerAction,
): ScreenItem[][] {
  const view =
    page === "all"
      ? { items: list.map((item, i) => ({ item, n: i + 1 })), page: 0, pages: 1 }
      : pageOf(list, page);
  const rows: ScreenItem[][] = [];
  view.items.forEach(({ item, n }, i) => {
    const mark = selected.includes(item.code) ? "✅ " : "";
    const choice = option(
      `${mark}${n} ${regionName(item, words.locale)}`,
      encodePick(prefix, { op, code: item.code }),
    );
    if (i % 2 === 0) rows.push([choice]);
    else rows.at(-1)!.push(choice);
  });
  if (view.pages > 1) {
    const paging: ScreenItem[] = [];
    if (view.page > 0)
      paging.push(option(words.text("region-prev"), encodePick(prefix, turn(view.page - 1))));
    paging.push(option(`${view.page + 1}/${view.pages}`, encodePick(prefix, turn(view.page))));
    if (view.page < view.pages - 1)
      paging.push(option(words.text("region-next"), encodePick(prefix, turn(view.page + 1))));
    rows.push(paging);
  }
  return rows;
}

/** The city options (a page of them, or all); cities are numbered 1…n in code order across pages. */
export function cityRows(words: PickerWords, prefix: string, page: PickerPage = 0, scope: PickerScope = {}) {
  return grid(words, prefix, pickerCities(scope), page, "city", [], (p) => ({ op: "cities", page: p }));
}

/** The district options of one city (a page of them, or all), with "whole city", "done" and "back" as asked. */
export function districtRows(
  words: PickerWords,
  prefix: string,
  city: string,
  page: PickerPage = 0,
  opts: DistrictOptions = {},
): ScreenItem[][] {
  const list = pickerDistricts(city, opts);
  const rows = grid(words, prefix, list, page, "district", opts.selected ?? [], (p) => ({
    op: "districts",
    city,
    page: p,
  }));
  const cityRegion = getRegion(city);
  if (opts.whole && cityRegion) {
    const name = regionName(cityRegion, words.locale);
    rows.push([
      option(
        words.text("region-whole-city", { city: name }),
        encodePick(prefix, { op: "whole", code: city }),
      ),
    ]);
  }
  const last: ScreenItem[] = [];
  if (opts.multi) last.push(option(words.text("region-done"), encodePick(prefix, { op: "done", city })));
  last.push(option(words.text("region-back"), encodePick(prefix, { op: "back" })));
  rows.push(last);
  return rows;
}

const wordsOf = (ctx: BotContext): PickerWords => ({ locale: ctx.locale, text: ctx.tText });
const keyboardOf = (rows: ScreenItem[][]) => inlineKeyboard(rows.map((row) => row.map(buttonOf)));

/** The paged city keyboard; cities are numbered 1…n in code order across pages. */
export function cityKeyboard(
  ctx: BotContext,
  prefix: string,
  page = 0,
  scope: PickerScope = {},
): InlineKeyboard {
  return keyboardOf(cityRows(wordsOf(ctx), prefix, page, scope));
}

/** The paged district keyboard of one city, with "whole city", "done" and "back to cities" as asked. */
export function districtKeyboard(
  ctx: BotContext,
  prefix: string,
  city: string,
  page = 0,
  opts: DistrictOptions = {},
): InlineKeyboard {
  return keyboardOf(districtRows(wordsOf(ctx), prefix, city, page, opts));
}

/**
 * Handles the picker's own navigation (page turns; back to the cities when `citiesText` is given)
 * by editing the message in place. Returns false for choices (city, district, whole, done).
 */
export async function turnPickerPage(
  ctx: BotContext,
  prefix: string,
  action: PickerAction,
  opts: DistrictOptions = {},
): Promise<boolean> {
  let markup: InlineKeyboard;
  if (action.op === "cities") markup = cityKeyboard(ctx, prefix, action.page, opts);
  else if (action.op === "back" && opts.citiesText !== undefined) {
    await ctx.answerCallbackQuery();
    const reply_markup = cityKeyboard(ctx, prefix, 0, opts);
    await ctx.editMessageText(opts.citiesText, { parse_mode: "HTML", reply_markup }).catch(() => undefined);
    return true;
  } else if (action.op === "districts")
    markup = districtKeyboard(ctx, prefix, action.city, action.page, opts);
  else return false;
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup({ reply_markup: markup }).catch(() => undefined);
  return true;
}
