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
import { InlineKeyboard } from "grammy";
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

function grid(
  ctx: BotContext,
  prefix: string,
  list: readonly Region[],
  page: number,
  op: "city" | "district",
  selected: readonly string[],
  turn: (page: number) => PickerAction,
): InlineKeyboard {
  const view = pageOf(list, page);
  const kb = new InlineKeyboard();
  view.items.forEach(({ item, n }, i) => {
    const mark = selected.includes(item.code) ? "✅ " : "";
    kb.text(`${mark}${n} ${regionName(item, ctx.locale)}`, encodePick(prefix, { op, code: item.code }));
    if (i % 2 === 1) kb.row();
  });
  if (view.items.length % 2 === 1) kb.row();
  if (view.pages > 1) {
    if (view.page > 0) kb.text(ctx.tText("region-prev"), encodePick(prefix, turn(view.page - 1)));
    kb.text(`${view.page + 1}/${view.pages}`, encodePick(prefix, turn(view.page)));
    if (view.page < view.pages - 1)
      kb.text(ctx.tText("region-next"), encodePick(prefix, turn(view.page + 1)));
    kb.row();
  }
  return kb;
}

/** The paged city keyboard; cities are numbered 1…n in code order across pages. */
export function cityKeyboard(
  ctx: BotContext,
  prefix: string,
  page = 0,
  scope: PickerScope = {},
): InlineKeyboard {
  return grid(ctx, prefix, pickerCities(scope), page, "city", [], (p) => ({ op: "cities", page: p }));
}

/** The paged district keyboard of one city, with "whole city", "done" and "back to cities" as asked. */
export function districtKeyboard(
  ctx: BotContext,
  prefix: string,
  city: string,
  page = 0,
  opts: DistrictOptions = {},
): InlineKeyboard {
  const list = pickerDistricts(city, opts);
  const kb = grid(ctx, prefix, list, page, "district", opts.selected ?? [], (p) => ({
    op: "districts",
    city,
    page: p,
  }));
  const cityRegion = getRegion(city);
  if (opts.whole && cityRegion) {
    const name = regionName(cityRegion, ctx.locale);
    kb.text(
      ctx.tText("region-whole-city", { city: name }),
      encodePick(prefix, { op: "whole", code: city }),
    ).row();
  }
  if (opts.multi) kb.text(ctx.tText("region-done"), encodePick(prefix, { op: "done", city }));
  kb.text(ctx.tText("region-back"), encodePick(prefix, { op: "back" }));
  return kb;
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
