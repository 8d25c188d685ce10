/** A link button under an announcement. */
export interface LinkButton {
  text: string;
  url: string;
}

/** Telegram's limit for a text message, in UTF-16 code units after entity parsing. */
export const MAX_TEXT = 4096;
/** Link buttons a staff member may add under an announcement. */
export const MAX_BUTTONS = 3;
const MAX_LABEL = 40;

/** A short plain label for lists and the audit log: the first words of the text or caption. */
export function labelOf(text: string | undefined, fallback: string): string {
  const flat = (text ?? "").replace(/\s+/g, " ").trim();
  if (!flat) return fallback;
  return flat.length > 48 ? `${flat.slice(0, 47)}…` : flat;
}

/** Why a typed announcement cannot be sent as it is. */
export type TextProblem = "empty" | "too-long";

/** Checks a typed announcement against Telegram's rules before anything is stored. */
export function checkText(text: string | undefined): TextProblem | null {
  const trimmed = (text ?? "").trim();
  if (trimmed.length === 0) return "empty";
  if (trimmed.length > MAX_TEXT) return "too-long";
  return null;
}

/** Why a line of buttons was refused; the line is echoed back to the staff member. */
export type ButtonProblem =
  | { problem: "format"; line: string }
  | { problem: "not-https"; line: string }
  | { problem: "label"; line: string }
  | { problem: "too-many" };

const SEPARATOR = /\s*(?:[-–—－|｜:：,，]\s*)?$/u;
// Where the link starts: at its scheme, so « 名称|https://… » and « 官网：https://… » (no space
// before the link) read like « 名称 - https://… »; otherwise the last word is the link.
const LINK_START = [/https?:\/\/\S*$/iu, /[a-z][a-z0-9+.-]*:\/\/\S*$/iu, /\S+$/u];

/** One `Label - https://…` line; the link is the last word, the label what precedes it. */
function parseLine(line: string): LinkButton | ButtonProblem {
  // A Chinese keyboard types the colon of « https：// » full-width.
  const t = line.trim().replace(/([a-z])：\/\//giu, "$1://");
  const at = LINK_START.map((re) => re.exec(t)?.index).find((i) => i !== undefined) ?? t.length;
  const label = t.slice(0, at).replace(SEPARATOR, "").trim();
  const link = t.slice(at);
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return { problem: "format", line };
  }
  if (url.protocol !== "https:" || !url.hostname.includes(".")) return { problem: "not-https", line };
  if (label.length === 0 || label.length > MAX_LABEL) return { problem: "label", line };
  return { text: label, url: url.href };
}

/**
 * Parses link buttons typed one per line (`Apply online - https://…`), added to those already
 * chosen. Every link must be https; at most three buttons in all, one per row.
 */
export function parseButtons(
  text: string,
  already: readonly LinkButton[] = [],
): { buttons: LinkButton[] } | ButtonProblem {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length === 0) return { problem: "format", line: text.slice(0, 80) };
  if (lines.length + already.length > MAX_BUTTONS) return { problem: "too-many" };
  const buttons = [...already];
  for (const line of lines) {
    const parsed = parseLine(line.slice(0, 300));
    if ("problem" in parsed) return parsed;
    buttons.push(parsed);
  }
  return { buttons };
}
