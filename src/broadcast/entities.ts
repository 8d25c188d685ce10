/** A typed announcement's formatting (Telegram message entities) as Telegram HTML. */
import { escapeHtml } from "../text/html.ts";

/** The parts of a Telegram MessageEntity that formatting needs (no grammY types in the domain). */
export interface TextEntity {
  type: string;
  offset: number;
  length: number;
  url?: string | undefined;
  language?: string | undefined;
}

function openTag(e: TextEntity): string | null {
  switch (e.type) {
    case "bold":
      return "<b>";
    case "italic":
      return "<i>";
    case "underline":
      return "<u>";
    case "strikethrough":
      return "<s>";
    case "spoiler":
      return "<tg-spoiler>";
    case "code":
      return "<code>";
    case "pre":
      return e.language ? `<pre><code class="language-${escapeHtml(e.language)}">` : "<pre>";
    case "blockquote":
      return "<blockquote>";
    case "expandable_blockquote":
      return "<blockquote expandable>";
    case "text_link":
      return e.url?.startsWith("https://") || e.url?.startsWith("http://")
        ? `<a href="${escapeHtml(e.url)}">`
        : null;
    default:
      return null; // mentions, hashtags, plain URLs: Telegram finds them again in the copy
  }
}

function closeTag(e: TextEntity): string {
  const open = openTag(e) ?? "";
  if (open.startsWith("<pre><code")) return "</code></pre>";
  const name = /^<([a-z-]+)/.exec(open)?.[1] ?? "";
  return `</${name}>`;
}

/**
 * Turns a message's text and entities (UTF-16 offsets, as Telegram sends them) into Telegram HTML,
 * so a typed announcement keeps its bold, links and quotes. Text is escaped; entities that cross
 * each other are closed and reopened so the tags always nest.
 */
export function entitiesToHtml(text: string, entities: readonly TextEntity[] = []): string {
  const styled = entities
    .filter((e) => openTag(e) !== null && e.length > 0)
    .sort((a, b) => a.offset - b.offset || b.length - a.length);
  const cuts = new Set([0, text.length]);
  for (const e of styled) {
    cuts.add(Math.max(0, Math.min(text.length, e.offset)));
    cuts.add(Math.max(0, Math.min(text.length, e.offset + e.length)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const stack: TextEntity[] = [];
  let out = "";
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const active = styled.filter((e) => e.offset <= from && e.offset + e.length >= to);
    // Close down to the longest prefix of the stack that is still active, then open the rest.
    let keep = 0;
    while (keep < stack.length && active.includes(stack[keep]!)) keep++;
    while (stack.length > keep) out += closeTag(stack.pop()!);
    for (const e of active) {
      if (stack.includes(e)) continue;
      stack.push(e);
      out += openTag(e);
    }
    out += escapeHtml(text.slice(from, to));
  }
  while (stack.length > 0) out += closeTag(stack.pop()!);
  return out;
}
