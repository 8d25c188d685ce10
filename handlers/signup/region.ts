/** The sign-up form's region question: presses on its city and district picker. */
import { getRegion } from "../../src/regions/index.ts";
import type { PickerAction } from "../../src/regions/picker.ts";
import type { Draft } from "../../src/signup/draft.ts";
import { promptView } from "../../src/signup/views.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import { stale } from "../shared/stale.ts";
import { answer, saveDraft } from "./flow.ts";
import { langOf, show } from "./render.ts";

/**
 * A press on step 3's region picker: page turns redraw the same question, a city opens its
 * districts, "back" returns to the cities, a district of the chosen city is the answer.
 */
export async function onPickerPress(ctx: BotContext, draft: Draft, action: PickerAction): Promise<void> {
  const now = ctx.deps.now;
  const redraw = async (next: Draft, page = 0) => {
    saveDraft(ctx, next);
    await ctx.answerCallbackQuery();
    await show(ctx, promptView(langOf(ctx), next), { edit: true, page });
  };
  const { city: _city, ...noCity } = draft;
  switch (action.op) {
    case "cities":
      return redraw(noCity, action.page);
    case "districts":
      return redraw({ ...draft, city: action.city }, action.page);
    case "back":
      return redraw({ ...noCity, updated: now });
    case "city":
      return redraw({ ...draft, city: action.code, updated: now });
    case "district": {
      if (getRegion(action.code)?.parent !== draft.city) return stale(ctx);
      await ctx.answerCallbackQuery();
      return answer(ctx, draft, { region: action.code }, { edit: true });
    }
    default:
      return stale(ctx);
  }
}
