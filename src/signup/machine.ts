/** The sign-up form as a state machine: what a typed message means at each question, back, edit. */
import type { I18n } from "../i18n.ts";
import { findRegions } from "../regions/index.ts";
import { pickerCities, pickerDistricts, resolveTyped } from "../regions/picker.ts";
import type { Region } from "../regions/types.ts";
import { type ChoiceOption, matchChoice, matchMany, normalizeChoice } from "../text/choices.ts";
import { INDUSTRY_ALIASES, NEED_ALIASES, STAGE_ALIASES } from "./aliases.ts";
import { INDUSTRIES, NEEDS, type Need, STAGES, type StepId } from "./constants.ts";
import { type Answers, type Draft, firstOpen, previousStep } from "./draft.ts";
import { looksLikeQuestion, parseAbout, parseName, parsePhone } from "./validate.ts";

/** What a typed message means at the current question. */
export type TextOutcome =
  | { kind: "value"; answers: Partial<Answers> }
  | { kind: "error"; error: string; args?: Record<string, string | number> }
  | { kind: "question" }
  | { kind: "city"; city: string }
  | { kind: "candidates"; regions: Region[] };

type ChoiceStep = "stage" | "industry" | "needs";
/** "全部", "都需要", "all of them": every kind of help (the question is multi-select). */
const ALL_NEEDS = /^(?:全部|全都|都要|都需要|都想要|全部都要|所有|全选|all|allofthem|everything)$/;
const IDS = { stage: STAGES, industry: INDUSTRIES, needs: NEEDS } as const;
const ALIASES = { stage: STAGE_ALIASES, industry: INDUSTRY_ALIASES, needs: NEED_ALIASES } as const;

/** A choice step's options with every name that selects them: labels in all locales plus aliases. */
export function choiceOptions(i18n: I18n, step: ChoiceStep): ChoiceOption[] {
  const aliases: Record<string, readonly string[]> = ALIASES[step];
  return IDS[step].map((id) => ({
    id,
    names: [
      i18n.text("zh-CN", `signup-${step}-${id}`),
      i18n.text("en", `signup-${step}-${id}`),
      ...(aliases[id] ?? []),
    ],
  }));
}

const unless = (text: string, error: TextOutcome): TextOutcome =>
  looksLikeQuestion(text) ? { kind: "question" } : error;

function regionText(draft: Draft, text: string): TextOutcome {
  if (draft.city) {
    const district = resolveTyped(text, pickerDistricts(draft.city));
    if (district.kind === "found" && district.regions[0])
      return { kind: "value", answers: { region: district.regions[0].code } };
    if (district.kind === "ambiguous") return { kind: "candidates", regions: district.candidates };
  }
  // Numbers refer to the keyboard on screen; names may be any city or district of the province.
  if (!draft.city || !/^\d{1,3}$/.test(text.normalize("NFKC").trim())) {
    const city = resolveTyped(text, pickerCities());
    if (city.kind === "found" && city.regions[0]) return { kind: "city", city: city.regions[0].code };
    const counties = findRegions(text, { level: "county" });
    if (counties.length === 1 && counties[0]) return { kind: "value", answers: { region: counties[0].code } };
    if (counties.length > 1) return { kind: "candidates", regions: counties.slice(0, 8) };
    if (city.kind === "ambiguous") return { kind: "candidates", regions: city.candidates };
  }
  return unless(text, {
    kind: "error",
    error: "signup-error-region",
    args: { text: text.trim().slice(0, 30) },
  });
}

function choiceText(i18n: I18n, step: "stage" | "industry", text: string): TextOutcome {
  const match = matchChoice(text, choiceOptions(i18n, step));
  if (match.kind === "one") return { kind: "value", answers: { [step]: match.id } };
  if (match.kind === "ambiguous") return { kind: "error", error: "signup-error-choice-ambiguous" };
  return unless(text, { kind: "error", error: "signup-error-choice", args: { count: IDS[step].length } });
}

/** Interprets a typed message at the draft's current question (the review has no typed answers). */
export function interpretText(i18n: I18n, draft: Draft, text: string): TextOutcome {
  switch (draft.step) {
    case "name": {
      if (looksLikeQuestion(text)) return { kind: "question" };
      const name = parseName(text);
      return name.ok
        ? { kind: "value", answers: { name: name.value } }
        : { kind: "error", error: name.error, args: name.args ?? {} };
    }
    case "phone": {
      const phone = parsePhone(text);
      if (phone.ok) return { kind: "value", answers: { phone: phone.value } };
      if (!/\d/.test(text) && looksLikeQuestion(text)) return { kind: "question" };
      return { kind: "error", error: phone.error, args: phone.args ?? {} };
    }
    case "region":
      return regionText(draft, text);
    case "stage":
    case "industry":
      return choiceText(i18n, draft.step, text);
    case "needs": {
      if (ALL_NEEDS.test(normalizeChoice(text))) return { kind: "value", answers: { needs: [...NEEDS] } };
      const many = matchMany(text, choiceOptions(i18n, "needs"));
      if (many.ok) return { kind: "value", answers: { needs: many.ids as Need[] } };
      return unless(text, {
        kind: "error",
        error: "signup-error-needs",
        args: { text: many.token.slice(0, 30) },
      });
    }
    case "about": {
      const about = parseAbout(text);
      return about.ok
        ? { kind: "value", answers: { about: about.value } }
        : { kind: "error", error: about.error, args: about.args ?? {} };
    }
    case "review":
      return unless(text, { kind: "error", error: "signup-error-review" });
  }
}

/** Stores an answer and moves on: back to the review when editing, else to the first open question. */
export function applyAnswer(draft: Draft, answers: Partial<Answers>, now: number): Draft {
  const a = { ...draft.a, ...answers };
  const { city: _city, picked: _picked, edit: _edit, ...rest } = draft;
  return { ...rest, a, step: draft.edit ? "review" : firstOpen(a), updated: now };
}

/** One question back; from an edit, back to the review. Null on the first question (show consent). */
export function goBack(draft: Draft, now: number): Draft | null {
  const { city: _city, picked: _picked, edit, ...rest } = draft;
  if (edit || draft.step === "review") return { ...rest, step: edit ? "review" : "about", updated: now };
  const prev = previousStep(draft.step);
  return prev ? { ...rest, step: prev, updated: now } : null;
}

/** Opens one answer for editing from the review. */
export function startEdit(draft: Draft, step: StepId, now: number): Draft {
  const { city: _city, picked: _picked, ...rest } = draft;
  const picked = step === "needs" ? draft.a.needs : undefined;
  return { ...rest, step, edit: true, updated: now, ...(picked ? { picked } : {}) };
}

/** The same draft without the "later" hold: she is back. */
export function withoutHold(draft: Draft): Draft {
  const { hold: _hold, ...rest } = draft;
  return rest;
}

/** The draft without a pending "cancel?" question (any other step she takes answers it). */
export function withoutConfirm(draft: Draft): Draft {
  const { confirm: _confirm, ...rest } = draft;
  return rest;
}

/** Starts over from the first question, keeping her consent (version and time) and where she came from. */
export function restart(draft: Draft, now: number): Draft {
  const { hold: _h, edit: _e, city: _c, picked: _p, ...keep } = draft;
  return { ...keep, a: {}, step: "name", updated: now };
}
