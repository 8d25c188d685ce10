/** Reading what staff type for a mentor: name, industries, region in scope, contact. */
import type { I18n } from "../i18n.ts";
import { findRegions } from "../regions/index.ts";
import type { Region } from "../regions/types.ts";
import { matchMany } from "../text/choices.ts";
import type { Industry } from "./constants.ts";
import { choiceOptions } from "./machine.ts";
import type { MentorInput } from "./mentors.ts";
import { charLength, type Parsed, parseName } from "./validate.ts";

/** The fields staff enter for a mentor, in the order the add form asks them. */
export const MENTOR_FIELDS = ["name", "industries", "region", "contact"] as const;
export type MentorField = (typeof MENTOR_FIELDS)[number];

const CONTACT_MAX = 100;

function parseIndustries(i18n: I18n, text: string): Parsed<Industry[]> {
  const many = matchMany(text, choiceOptions(i18n, "industry"));
  if (many.ok) return { ok: true, value: many.ids as Industry[] };
  return { ok: false, error: "mentor-error-industries", args: { text: many.token.slice(0, 30) } };
}

/** A city or district inside the staff member's scope (`within`), by name, pinyin or code. */
function parseRegion(text: string, within: string | null): Parsed<string> {
  const opts = { level: ["city", "county"] as Region["level"][], ...(within ? { within } : {}) };
  const found = findRegions(text.trim(), opts);
  const exact = found.filter((r) => r.name === text.trim() || r.short === text.trim());
  const hit = found.length === 1 ? found[0] : exact.length === 1 ? exact[0] : undefined;
  if (hit) return { ok: true, value: hit.code };
  if (found.length > 1) {
    const list = found
      .slice(0, 8)
      .map((r) => r.name)
      .join("、");
    return { ok: false, error: "mentor-error-region-ambiguous", args: { list } };
  }
  return { ok: false, error: "mentor-error-region", args: { text: text.trim().slice(0, 30) } };
}

function parseContact(text: string): Parsed<string> {
  const contact = text.replace(/\s+/g, " ").trim();
  if (!contact) return { ok: false, error: "mentor-error-contact" };
  if (charLength(contact) > CONTACT_MAX)
    return { ok: false, error: "mentor-error-contact-long", args: { max: CONTACT_MAX } };
  return { ok: true, value: contact };
}

/** Parses one field as staff typed it; the region must lie in `scope` (null: anywhere). */
export function parseMentorField(
  i18n: I18n,
  field: MentorField,
  text: string,
  scope: string | null,
): Parsed<Partial<MentorInput>> {
  const wrap = <T>(parsed: Parsed<T>, key: MentorField): Parsed<Partial<MentorInput>> =>
    parsed.ok ? { ok: true, value: { [key]: parsed.value } } : parsed;
  switch (field) {
    case "name": {
      // The applicant's rules for a name, not her words ("your name", "the phone number comes next").
      const name = parseName(text);
      return name.ok
        ? wrap(name, "name")
        : { ...name, error: name.error.replace(/^signup-error-name-/, "mentor-error-name-") };
    }
    case "industries":
      return wrap(parseIndustries(i18n, text), "industries");
    case "region":
      return wrap(parseRegion(text, scope), "region");
    case "contact":
      return wrap(parseContact(text), "contact");
  }
}

/** The next field the add form still needs, or null when the mentor is complete. */
export function nextMentorField(draft: Partial<MentorInput>): MentorField | null {
  return MENTOR_FIELDS.find((f) => draft[f] === undefined) ?? null;
}
