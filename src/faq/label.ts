/** An entry's label on a button (did you mean, staff lists): its short title, or a text cut to fit. */
import type { FaqEntry } from "./types.ts";

/** Longest label, in characters (code points), a button shows whole. */
export const LABEL_CHARS = 40;

let words: Intl.Segmenter | null | undefined;
/** Word boundaries (Chinese by ICU's dictionary, Latin by spaces), made on first use: labels are rarely cut. */
function wordSegmenter(): Intl.Segmenter | null {
  words ??= typeof Intl.Segmenter === "function" ? new Intl.Segmenter("zh", { granularity: "word" }) : null;
  return words;
}

/**
 * The text whole when it fits in `max` characters; otherwise cut at the last word boundary that
 * leaves room for "…" (never inside a word: "贷款", "start-up"), trailing spaces and punctuation
 * dropped, then "…". A first word longer than the room is cut at a character boundary.
 */
export function fitLabel(text: string, max = LABEL_CHARS): string {
  const chars = [...text.trim()];
  if (chars.length <= max) return chars.join("");
  const room = max - 1;
  let end = 0;
  const segmenter = wordSegmenter();
  if (segmenter) {
    let at = 0;
    for (const { segment } of segmenter.segment(chars.join(""))) {
      const next = at + [...segment].length;
      if (next > room) break;
      at = next;
      end = at;
    }
  } else {
    const head = chars.slice(0, room + 1).join("");
    end = [...head.slice(0, Math.max(head.lastIndexOf(" "), 0))].length;
  }
  const kept = chars
    .slice(0, end > 0 ? end : room)
    .join("")
    .replace(/[\s\p{P}]+$/u, "");
  return `${kept || chars.slice(0, room).join("")}…`;
}

/** An entry's label: its short title, or (a staff entry written without one) its first phrasing, cut to fit. */
export function entryLabel(entry: FaqEntry): string {
  return fitLabel(entry.title ?? entry.questions[0] ?? entry.id);
}
