/** The one typed-choice matcher: numbers, Chinese numerals, full width, names and parts, for every form's options. */
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

/** How strictly typed text is matched to the options. */
export interface MatchOptions {
  /** A name may match by containing the text or being contained in it, when only one qualifies (default true). */
  partial?: boolean;
  /** « 13 » means options 1 and 3 when every digit is an option's number (default false). */
  digitRuns?: boolean;
  /** « 都要 », « 全部 », « all of them » pick every option (default true). */
  all?: boolean;
}

/**
 * Matches typed text to one option: its number (1-based), an exact name, or (unless `partial` is
 * off) a name that contains (or is contained in) the text when only one option qualifies.
 */
export function matchChoice<T extends string>(
  text: string,
  options: readonly ChoiceOption<T>[],
  o: Pick<MatchOptions, "partial"> = {},
): ChoiceMatch<T> {
  const n = choiceNumber(text);
  if (n !== null) {
    const hit = options[n - 1];
    return hit ? { kind: "one", id: hit.id } : { kind: "none" };
  }
  const q = normalizeChoice(text);
  if (q.length === 0) return { kind: "none" };
  const names = (opt: ChoiceOption<T>) => opt.names.map(normalizeChoice).filter(Boolean);
  const exact = options.filter((opt) => names(opt).includes(q));
  if (exact.length === 1) return { kind: "one", id: exact[0]!.id };
  if (o.partial === false) return { kind: "none" };
  const partial = options.filter((opt) =>
    names(opt).some((name) => (q.length >= 2 && name.includes(q)) || (name.length >= 2 && q.includes(name))),
  );
  if (partial.length === 1) return { kind: "one", id: partial[0]!.id };
  if (partial.length > 1) return { kind: "ambiguous", ids: partial.map((opt) => opt.id) };
  return { kind: "none" };
}

// « 都要 », « 全部 », « all of them »: every option of a multi-select.
const ALL = /^(?:全部|全都|都|全)(?:要|需要|选)?(?:的)?$|^(?:all|allofthem|everything|alloftheabove)$/;
// Between choices: punctuation, 和 / 与 / 以及 / 还有 / 跟 / 及, "and", "&".
const BETWEEN = /[,，、;；/&+]+|\band\b|以及|还有|和|及|与|跟/i;

/** « 13 », « 2 4 »: each digit an option's number, or null. */
function digitRun<T extends string>(text: string, options: readonly ChoiceOption<T>[]): T[] | null {
  const digits = normalizeChoice(text);
  if (!/^\d{2,}$/.test(digits) || digits.length > options.length) return null;
  const ids = [...digits].map((d) => options[Number(d) - 1]?.id);
  return ids.every((id): id is T => id !== undefined) ? ids : null;
}

/**
 * Several options in one message: "1 3", "13" (with `digitRuns`), "1,3", "第1和第3个", "融资、营销",
 * "marketing and legal", "job fairs, aid programmes and training". The whole text is tried first (a
 * label may hold « 与 » or spaces), then each part between separators, then each word of a part.
 * One part that names no option fails the whole answer, so a typo is asked again, never dropped.
 */
export function matchMany<T extends string>(
  text: string,
  options: readonly ChoiceOption<T>[],
  o: MatchOptions = {},
): { ok: true; ids: T[] } | { ok: false; token: string } {
  const one = (t: string) => matchChoice(t, options, o);
  const whole = one(text);
  if (whole.kind === "one") return { ok: true, ids: [whole.id] };
  if (o.all !== false && ALL.test(normalizeChoice(text)))
    return { ok: true, ids: options.map((opt) => opt.id) };
  const ids: T[] = [];
  const add = (found: readonly T[]) => {
    for (const id of found) if (!ids.includes(id)) ids.push(id);
  };
  const parts = text
    .split(BETWEEN)
    .map((part) => part?.trim() ?? "")
    .filter(Boolean);
  for (const part of parts) {
    const match = one(part);
    const run = o.digitRuns ? digitRun(part, options) : null;
    if (match.kind === "one") add([match.id]);
    else if (run) add(run);
    else {
      const words = part.split(/\s+/).filter(Boolean);
      if (words.length < 2) return { ok: false, token: part };
      for (const word of words) {
        const w = one(word);
        if (w.kind !== "one") return { ok: false, token: word };
        add([w.id]);
      }
    }
  }
  return ids.length > 0 ? { ok: true, ids } : { ok: false, token: text.trim() };
}
