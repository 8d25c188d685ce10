/** Words people type instead of pressing the subscription form's buttons. */
import { getRegion } from "../regions/index.ts";
import { pickerCities, pickerDistricts, resolveTyped, type TypedRegions } from "../regions/picker.ts";
import { readYesNo } from "../text/yes-no.ts";

const WHOLE = /^(?:0|全市|全部|整个|整个城市|全城|都要|all|whole|wholecity|everywhere)$/i;
// The confirm button's own words, besides every yes: « ✅ 完成 », « ✅ 确认订阅 », « ✅ Subscribe ».
const CONFIRM_WORDS = { yes: ["完成", "选好", "确认订阅", "订阅", "done", "subscribe", "confirm"] };
const ALL_TOPICS = /^(?:全部|都要|所有|全选|都订|all|everything|alltopics)$/i;
const WHOLE_OF = /^(?:整个|全|all\s+of|whole\s+of|whole)\s*/i;

/**
 * A typed answer as the form reads it: full-width forms folded (７ → 7), without trailing
 * sentence punctuation or the emoji of a copied button label ("✅ 完成").
 */
export function cleanTyped(text: string): string {
  return text
    .normalize("NFKC")
    .trim()
    .replace(/[。.!！]+$/u, "")
    .replace(/^[\p{S}\s]+/u, "");
}

/** "好", "好的好的", "完成", "确认订阅", "done", "Subscribe", "ok I'm done": the confirm button, typed. */
export const isConfirm = (t: string): boolean => readYesNo(t, CONFIRM_WORDS) === "yes";

/** "全部", "都要", "all": every topic. */
export const isAllTopics = (t: string): boolean => ALL_TOPICS.test(t.replace(/\s+/g, ""));

/** "全市", "整个潍坊市", "潍坊全市", "All of Weifang" or the city's own name: the whole city. */
export function meansWholeCity(t: string, city: string): boolean {
  const region = getRegion(city);
  if (!region) return false;
  if (WHOLE.test(t.replace(/\s+/g, ""))) return true;
  const rest = t
    .replace(WHOLE_OF, "")
    .replace(/\s*(?:全市|全境)$/u, "")
    .trim();
  return !/^\d+$/.test(rest) && resolveTyped(rest, [region]).kind === "found";
}

/**
 * "潍坊 寿光 青州", "潍坊市：寿光和青州", "Weifang shouguang qingzhou": a city named first, then one or
 * several of its districts. Null unless every name after the city is one of its districts.
 */
export function resolveInNamedCity(text: string): Extract<TypedRegions, { kind: "found" }> | null {
  const t = text.normalize("NFKC").trim();
  for (const city of pickerCities()) {
    const name = [city.name, city.short, `${city.en} city`, city.en].find((n) =>
      t.toLowerCase().startsWith(n.toLowerCase()),
    );
    if (!name) continue;
    const rest = t.slice(name.length).replace(/^[\s,，、:：]+/u, "");
    const inner = rest ? resolveTyped(rest, pickerDistricts(city.code), { multi: true }) : null;
    if (inner?.kind === "found") return inner;
  }
  return null;
}
