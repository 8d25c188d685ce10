/** The sign-up form's region question: presses on its city and district picker, on any channel. */
import type { Conversation } from "../../src/channel/conversation.ts";
import { getRegion } from "../../src/regions/index.ts";
import type { PickerAction } from "../../src/regions/picker.ts";
import type { Draft } from "../../src/signup/draft.ts";
import { answer, saveDraft, showPrompt } from "./flow.ts";

/**
 * A press on step 3's region picker: page turns redraw the same question, a city opens its
 * districts, "back" returns to the cities, a district of the chosen city is the answer. False when
 * the press no longer applies (a district of another city).
 */
export async function onPickerPress(c: Conversation, draft: Draft, action: PickerAction): Promise<boolean> {
  const now = c.deps.now;
  const redraw = async (next: Draft, page = 0) => {
    saveDraft(c, next);
    await showPrompt(c, next, { edit: true, page });
    return true;
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
      if (getRegion(action.code)?.parent !== draft.city) return false;
      await answer(c, draft, { region: action.code }, { edit: true });
      return true;
    }
    default:
      return false;
  }
}
