/** Telegram HTML: escaping user text, and cutting long lists of lines into messages that fit. */
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Escapes text for Telegram's HTML parse mode (and for attribute values). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => ENTITIES[ch] ?? ch);
}

/** Telegram's limit for one message's text, in UTF-16 units after entities are parsed. */
export const MESSAGE_LIMIT = 4096;

/**
 * Groups self-contained HTML lines (no tag spans two lines) into messages that fit Telegram's
 * limit. The markup length bounds the visible length, so measuring the markup is safe.
 */
export function chunkLines(lines: readonly string[], max = MESSAGE_LIMIT): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const line of lines) {
    const next = current ? `${current}\n${line}` : line;
    if (next.length <= max || !current) current = next;
    else {
      chunks.push(current);
      current = line;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}
