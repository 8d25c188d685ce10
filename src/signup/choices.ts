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

const HAN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Lower case, full-width folded, without spaces, punctuation, emoji or a leading "1." marker. */
export function normalizeChoice(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, "");
}

/** "2", "２", "2.", "第2个", "选2", "二" → 2; anything else → null. */
export function choiceNumber(text: string): number | null {
  const t = normalizeChoice(text)
    .replace(/^(第|选|选择|option|no)/, "")
    .replace(/(个|项|号)$/, "");
  if (/^\d{1,2}$/.test(t)) return Number(t);
  return HAN_DIGITS[t] ?? null;
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

/** Several options in one message: "1 3", "1,3", "融资、营销", "marketing and legal". */
export function matchMany<T extends string>(
  text: string,
  options: readonly ChoiceOption<T>[],
): { ok: true; ids: T[] } | { ok: false; token: string } {
  const whole = matchChoice(text, options);
  if (whole.kind === "one") return { ok: true, ids: [whole.id] };
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
