import { chineseNumerals } from "./numerals.ts";

/** One option as the matcher sees it: its id and every text that names it (labels in all locales, aliases). */
export interface ChoiceOption<T extends string = string> {
  id: T;
  names: readonly string[];
}

/** How typed text maps onto the options. */
export type ChoiceMatch<T extends string> =
  | { kind: "one"; id: T }
  | { kind: "ambiguous"; ids: T[] }
  | { kind: "none" };

const EN_NUMBERS: Record<string, number> = {
  one: 1,
  first: 1,
  two: 2,
  second: 2,
  three: 3,
  third: 3,
  four: 4,
  fourth: 4,
  five: 5,
  fifth: 5,
  six: 6,
  sixth: 6,
  seven: 7,
  seventh: 7,
  eight: 8,
  eighth: 8,
  nine: 9,
  ninth: 9,
};
// What people put around a number: « 选第二个 », « the second one », « option 2 », « 2nd ».
const NUMBER_PREFIX = /^(?:选择|选|第|the|number|option|choice|no)+/;
const NUMBER_SUFFIX = /(?:个|项|号|条|st|nd|rd|th|one|option|choice)$/;

/** Lower case, full-width folded, without spaces, punctuation, emoji or a leading "1." marker. */
export function normalizeChoice(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, "");
}

/** "2", "２", "2.", "第2个", "选第二个", "二", "the second one", "2nd" → 2; anything else → null. */
export function choiceNumber(text: string): number | null {
  const whole = normalizeChoice(text);
  const bare = whole.replace(NUMBER_PREFIX, "");
  for (const t of [whole, bare, bare.replace(NUMBER_SUFFIX, "")]) {
    const digits = chineseNumerals(t);
    if (/^\d{1,2}$/.test(digits)) return Number(digits);
    const n = EN_NUMBERS[t];
    if (n !== undefined) return n;
  }
  return null;
}

/**
 * Matches typed text to one option: its number (1-based), an exact name, or a name that contains
 * (or is contained in) the text when only one option qualifies.
 */
export function matchChoice<T extends string>(
  text: string,
  options: readonly ChoiceOption<T>[],
): ChoiceMatch<T> {
  const n = choiceNumber(text);
  if (n !== null) {
    const hit = options[n - 1];
    return hit ? { kind: "one", id: hit.id } : { kind: "none" };
  }
  const q = normalizeChoice(text);
  if (q.length === 0) return { kind: "none" };
  const names = (o: ChoiceOption<T>) => o.names.map(normalizeChoice).filter(Boolean);
  const exact = options.filter((o) => names(o).includes(q));
  if (exact.length === 1) return { kind: "one", id: exact[0]!.id };
  const partial = options.filter((o) =>
    names(o).some((name) => (q.length >= 2 && name.includes(q)) || (name.length >= 2 && q.includes(name))),
  );
  if (partial.length === 1) return { kind: "one", id: partial[0]!.id };
  if (partial.length > 1) return { kind: "ambiguous", ids: partial.map((o) => o.id) };
  return { kind: "none" };
}

// « 都要 », « 全部 », « all of them »: every option of a multi-select.
const ALL = /^(?:全部|全都|都|全)(?:要|需要|选)?(?:的)?$|^(?:all|allofthem|everything|alloftheabove)$/;

/** Several options in one message: "1 3", "1,3", "融资、营销", "marketing and legal". */
export function matchMany<T extends string>(
  text: string,
  options: readonly ChoiceOption<T>[],
): { ok: true; ids: T[] } | { ok: false; token: string } {
  const whole = matchChoice(text, options);
  if (whole.kind === "one") return { ok: true, ids: [whole.id] };
  if (ALL.test(normalizeChoice(text))) return { ok: true, ids: options.map((o) => o.id) };
  const tokens = text
    .split(/[,，、;；/&+\s]+|\band\b|和|及|与|还有/i)
    .map((s) => s.trim())
    .filter(Boolean);
  const ids: T[] = [];
  for (const token of tokens) {
    const match = matchChoice(token, options);
    if (match.kind !== "one") return { ok: false, token };
    if (!ids.includes(match.id)) ids.push(match.id);
  }
  return ids.length > 0 ? { ok: true, ids } : { ok: false, token: text.trim() };
}
