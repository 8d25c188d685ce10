/** Reading the fair form's typed fields: text, counts, an https link, target groups, and words that quit the form. */
import { matchMany } from "../text/choices.ts";
import { charLength } from "../text/length.ts";
import { chineseNumerals } from "../text/numerals.ts";
import { LIMITS, TARGETS, type Target } from "./types.ts";

/** The outcome of reading one typed field of the fair form. */
export type FieldResult<T> =
  | { ok: true; value: T }
  | { ok: false; reason: "empty" | "invalid" }
  | { ok: false; reason: "too-long"; count: number };

const SKIP = /^(?:-|—|无|没有|不需要|跳过|略|skip|none|no|n\/a)$/i;

/**
 * Staff text as written, trimmed; bounded so every message stays within Telegram's limits. Too long,
 * it says how many characters she sent (as the text reads, trimmed), so pass it her whole message.
 */
export function readText(input: string, max: number): FieldResult<string> {
  // Keep line breaks (descriptions have paragraphs) but not runs of blank lines or stray spaces.
  const value = input
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  if (!value) return { ok: false, reason: "empty" };
  const count = charLength(value);
  if (count > max) return { ok: false, reason: "too-long", count };
  return { ok: true, value };
}

/** A count as staff type it: "51", "51家", "2,600个", "约2600", "五十"; 0 … 100,000. */
export function readCount(input: string): FieldResult<number> {
  const s = chineseNumerals(input.normalize("NFKC").trim())
    .replace(/^(?:约|大约|共|about|around|~)\s*/i, "")
    .replace(/\s*(?:家|个|人|位|多|余|companies|employers|positions|jobs|\+)\s*$/i, "")
    .replace(/(?<=\d)[,，\s](?=\d{3}\b)/g, "");
  if (!s) return { ok: false, reason: "empty" };
  if (!/^\d{1,7}$/.test(s)) return { ok: false, reason: "invalid" };
  const value = Number(s);
  return value <= LIMITS.count ? { ok: true, value } : { ok: false, reason: "too-long", count: value };
}

/** A link that would be taken as https: the one she most likely meant by an http:// or bare address. */
export type LinkResult = FieldResult<string | undefined> | { ok: false; reason: "not-https"; offer: string };

function httpsUrl(s: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return undefined;
  }
  if (url.protocol !== "https:" || !url.hostname.includes(".") || url.username || url.password)
    return undefined;
  return url;
}

/**
 * An optional registration link: https only; "跳过" / "skip" / "-" mean none. An http:// link, or
 * an address typed without its scheme (« www.rzfl.gov.cn/baoming »), is refused with the https link
 * she most likely meant, to be taken with one tap.
 */
export function readLink(input: string): LinkResult {
  const s = input.trim();
  if (!s || SKIP.test(s)) return { ok: true, value: undefined };
  const count = charLength(s);
  if (count > LIMITS.link) return { ok: false, reason: "too-long", count };
  const url = httpsUrl(s);
  if (url) return { ok: true, value: url.href };
  const rest = /^http:\/\//i.test(s) ? s.replace(/^http:\/\//i, "") : /^[a-z][\w+.-]*:/i.test(s) ? null : s;
  const offer = rest && !/\s/.test(rest) ? httpsUrl(`https://${rest}`) : undefined;
  if (offer && charLength(offer.href) <= LIMITS.link)
    return { ok: false, reason: "not-https", offer: offer.href };
  return { ok: false, reason: "invalid" };
}

const TARGET_WORDS: Record<Target, readonly string[]> = {
  students: ["女大学生", "大学生", "高校毕业生", "毕业生", "students", "student", "graduates"],
  rural: ["农村妇女", "农村", "农村女性", "rural", "ruralwomen", "villagers"],
  homemaking: ["家政", "家政服务", "homemaking", "domestic", "housekeeping"],
  all: ["全部", "所有", "所有人", "不限", "都可以", "all", "everyone", "anyone"],
};

const TARGET_OPTIONS = TARGETS.map((id) => ({ id, names: TARGET_WORDS[id] }));

/**
 * Typed target groups: numbers as on the buttons ("1 3", "13"), or names in either language
 * ("女大学生、家政"). "all" stands alone. Undefined when any part is not a group.
 */
export function readTargets(input: string): Target[] | undefined {
  const found = matchMany(input, TARGET_OPTIONS, { partial: false, digitRuns: true, all: false });
  return found.ok ? normalizeTargets(found.ids) : undefined;
}

/** "all" replaces the specific groups; the order is the fixed one of TARGETS. */
export function normalizeTargets(targets: readonly Target[]): Target[] {
  if (targets.includes("all")) return ["all"];
  return TARGETS.filter((t) => targets.includes(t));
}

/** Toggles one group as a button press does: "all" clears the others and the others clear "all". */
export function toggleTarget(current: readonly Target[], pressed: Target): Target[] {
  if (current.includes(pressed)) return current.filter((t) => t !== pressed);
  if (pressed === "all") return ["all"];
  return normalizeTargets([...current.filter((t) => t !== "all"), pressed]);
}

// Words that abandon the form, as the ✖ button does (« 停止 » and « stop » too: mid-form they mean
// the form, not her alerts).
const QUIT = /^(?:取消|算了|不要了|放弃|不发了|停止|退出|cancel|stop|quit|discard)$/i;

/** True when a typed answer asks to abandon the form rather than answer it. */
export function isQuitWord(input: string): boolean {
  return QUIT.test(
    input
      .normalize("NFKC")
      .trim()
      .replace(/[\s\p{P}\p{S}]+$/u, ""),
  );
}
