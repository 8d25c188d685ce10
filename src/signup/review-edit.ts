/** The answer she names on the review to change it (« 修改手机号 », « edit phone »). */
import type { I18n } from "../i18n.ts";
import { matchChoice, normalizeChoice } from "../text/choices.ts";
import { STEPS, type StepId } from "./constants.ts";

// What people call each answer besides its title on the review (both languages).
const FIELD_ALIASES: Record<StepId, readonly string[]> = {
  name: ["名字", "称呼", "name"],
  phone: ["电话", "手机", "号码", "电话号码", "手机号码", "phone", "mobile", "number"],
  region: ["地区", "城市", "区县", "地址", "县区", "city", "district", "region", "address"],
  stage: ["阶段", "stage"],
  industry: ["行当", "industry"],
  needs: ["需要", "帮助", "需求", "needs", "help"],
  about: ["简介", "介绍", "业务", "about", "description"],
};
// « 修改手机号 » (the button's own words), « 电话写错了 », « edit phone », « change my city ».
const EDIT_WORDS = /修改|更改|改|编辑|错|不对|edit|change|fix|wrong/g;
const FILLER = /^(?:我的|我|把|一下|my|the)+|(?:一下|了|吧|please)+$/g;

/**
 * The answer she names on the review to change it ("修改手机号", "电话写错了", "Edit Mobile number"),
 * or null. Without a word of changing, only an answer's exact title counts, so a question typed on
 * the review that mentions « 业务 » is still a question.
 */
export function namedEdit(i18n: I18n, text: string): StepId | null {
  const t = normalizeChoice(text);
  if (t.length === 0 || t.length > 20) return null;
  const options = STEPS.map((id) => ({
    id,
    names: [
      i18n.text("zh-CN", `signup-title-${id}`),
      i18n.text("en", `signup-title-${id}`),
      ...FIELD_ALIASES[id],
    ],
  }));
  const asked = t.replace(EDIT_WORDS, "");
  if (asked === t) {
    const exact = options.find((o) => o.names.some((n) => normalizeChoice(n) === t));
    return exact?.id ?? null;
  }
  const match = matchChoice(asked.replace(FILLER, ""), options);
  return match.kind === "one" ? match.id : null;
}
