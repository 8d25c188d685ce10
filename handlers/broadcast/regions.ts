/** The region picker of /broadcast's audience: cities or districts inside her scope. */
import type { InlineKeyboard } from "grammy";
import { broadcastDraft, type Draft } from "../../src/broadcast/draft.ts";
import { getRegion } from "../../src/regions/index.ts";
import { inScope } from "../../src/staff/scope.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import {
  cityKeyboard,
  districtKeyboard,
  districtPageOf,
  type PickerAction,
  parsePick,
} from "../shared/region-picker.ts";
import { stale } from "../shared/stale.ts";
import { showAudience } from "./compose.ts";

/** Callback prefix of the compose flow's region picker. */
export const PICKER = "bcr";

/** The staff member's scope as the picker understands it (none for admins). */
const within = (ctx: BotContext) => ctx.staff?.region ?? undefined;

async function show(ctx: BotContext, text: string, kb: InlineKeyboard) {
  await ctx.editMessageText(text, { parse_mode: "HTML", reply_markup: kb }).catch(() => undefined);
}

function cities(ctx: BotContext, page: number): InlineKeyboard {
  return cityKeyboard(ctx, PICKER, page, { within: within(ctx) })
    .row()
    .text(ctx.tText("bc-button-back-audience"), "bc:aud");
}

function districts(ctx: BotContext, city: string, page: number, picked: readonly string[]) {
  return districtKeyboard(ctx, PICKER, city, page, {
    within: within(ctx),
    whole: true,
    multi: true,
    selected: picked,
  });
}

/** "Choose regions": the cities of the province (admins) or the districts of her own city (staff). */
export async function openPicker(ctx: BotContext, d: Draft): Promise<void> {
  const scope = within(ctx);
  const city = scope ? getRegion(scope) : undefined;
  if (city?.level === "city") {
    broadcastDraft.set(ctx.session, { ...d, step: "regions", city: city.code, picked: [] });
    return show(ctx, ctx.t("bc-choose-districts"), districts(ctx, city.code, 0, []));
  }
  broadcastDraft.set(ctx.session, { ...d, step: "regions", city: undefined, picked: [] });
  await show(ctx, ctx.t("region-choose-city"), cities(ctx, 0));
}

/**
 * Adds chosen regions. The picker also lets through a scope's own city (it contains the scope),
 * so a county's staff pressing a forged "whole city" would see the city named as her audience;
 * only codes inside the scope are kept (the engine never reaches beyond it either way).
 */
function add(ctx: BotContext, d: Draft, codes: readonly string[]): Draft | null {
  const inside = codes.filter((c) => inScope(ctx.staff!, c));
  if (inside.length === 0) return null;
  return { ...d, regions: [...new Set([...d.regions, ...inside])].slice(0, 20) };
}

/** A press on the picker; every code is checked against the staff member's scope by parsePick. */
export async function onPick(ctx: BotContext, d: Draft, data: string): Promise<void> {
  const action: PickerAction | null = parsePick(PICKER, data, { within: within(ctx) });
  if (d.step !== "regions" || !action) return void (await stale(ctx));
  await ctx.answerCallbackQuery();
  switch (action.op) {
    case "cities":
      return show(ctx, ctx.t("region-choose-city"), cities(ctx, action.page));
    case "districts":
      return show(ctx, ctx.t("bc-choose-districts"), districts(ctx, action.city, action.page, d.picked));
    case "back":
      // Staff of one city have no city list to go back to.
      if (getRegion(within(ctx) ?? "")?.level === "city") return showAudience(ctx, d, true);
      broadcastDraft.set(ctx.session, { ...d, city: undefined, picked: [] });
      return show(ctx, ctx.t("region-choose-city"), cities(ctx, 0));
    case "city":
      broadcastDraft.set(ctx.session, { ...d, city: action.code, picked: [] });
      return show(ctx, ctx.t("bc-choose-districts"), districts(ctx, action.code, 0, []));
    case "district": {
      if (!d.city || getRegion(action.code)?.parent !== d.city) return;
      const picked = d.picked.includes(action.code)
        ? d.picked.filter((c) => c !== action.code)
        : [...d.picked, action.code];
      broadcastDraft.set(ctx.session, { ...d, picked });
      const page = districtPageOf(d.city, action.code, { within: within(ctx) });
      await ctx
        .editMessageReplyMarkup({ reply_markup: districts(ctx, d.city, page, picked) })
        .catch(() => {});
      return;
    }
    case "whole": {
      const next = add(ctx, d, [action.code]);
      return next ? showAudience(ctx, next, true) : undefined;
    }
    case "done": {
      const chosen = d.city === action.city && d.picked.length > 0 ? d.picked : [action.city];
      const next = add(ctx, d, chosen);
      return next ? showAudience(ctx, next, true) : undefined;
    }
  }
}
