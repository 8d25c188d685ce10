import type { MessageEntity } from "grammy/types";

/** A parse_mode failure; the message is what Telegram puts after "can't parse entities: ". */
export class EntityParseError extends Error {}

/** Plain text plus entities, offsets in UTF-16 code units like the Bot API. */
export interface FormattedText {
  text: string;
  entities: MessageEntity[];
}

const SIMPLE: Record<string, MessageEntity["type"]> = {
  b: "bold",
  strong: "bold",
  i: "italic",
  em: "italic",
  u: "underline",
  ins: "underline",
  s: "strikethrough",
  strike: "strikethrough",
  del: "strikethrough",
  "tg-spoiler": "spoiler",
  span: "spoiler",
};
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };

/** An open tag waiting for its end tag. */
export interface Open {
  tag: string;
  attrs: Map<string, string>;
  offset: number;
}

/** Reading past the end yields "\0", which (as in tdlib) counts as whitespace. */
export const at = (s: string, i: number): string => s[i] ?? "\0";
export const isSpace = (c: string): boolean =>
  c === " " || c === "\t" || c === "\r" || c === "\n" || c === "\v" || c === "\0";
export const bytes = (s: string, i: number): number => Buffer.byteLength(s.slice(0, i));

/** Decodes an HTML entity at `i` the way tdlib does: only 4 named ones, any numeric one. */
export function decodeEntity(s: string, i: number): { ch: string; next: number } | undefined {
  let end = i + 1;
  let code = 0;
  if (s[end] === "#") {
    end++;
    const hex = s[end] === "x";
    if (hex) end++;
    const digit = hex ? /[0-9a-fA-F]/ : /[0-9]/;
    while (digit.test(at(s, end))) code = code * (hex ? 16 : 10) + Number.parseInt(at(s, end++), 16);
    if (code === 0 || code >= 0x10ffff || end - i >= 10) return undefined;
  } else {
    while (/[a-zA-Z]/.test(at(s, end))) end++;
    const ch = NAMED[s.slice(i + 1, end)];
    if (ch === undefined) return undefined;
    code = ch.codePointAt(0) ?? 0;
  }
  if (s[end] === ";") end++;
  return { ch: String.fromCodePoint(code), next: end };
}

/** Turns a closed tag into its entity, merging <pre><code class="language-x"> as tdlib does. */
export function closeEntity(open: Open, out: string, entities: MessageEntity[]): void {
  const offset = open.offset;
  const length = out.length - offset;
  const simple = SIMPLE[open.tag];
  const last = entities.at(-1);
  const sameSpan = last !== undefined && last.offset === offset && last.length === length;
  if (simple) {
    entities.push({ type: simple, offset, length } as MessageEntity);
  } else if (open.tag === "a") {
    const link = linkEntity(open.attrs.get("href") || out.slice(offset), offset, length);
    if (link) entities.push(link);
  } else if (open.tag === "code") {
    const language = open.attrs.get("class")?.match(/^language-(.+)$/)?.[1];
    if (sameSpan && last.type === "pre" && language) last.language = language;
    else
      entities.push(
        language
          ? ({ type: "code", offset, length, language } as MessageEntity)
          : { type: "code", offset, length },
      );
  } else if (open.tag === "pre") {
    const language = sameSpan && last.type === "code" ? (last as { language?: string }).language : undefined;
    if (sameSpan && language) entities[entities.length - 1] = { type: "pre", offset, length, language };
    else entities.push({ type: "pre", offset, length });
  } else if (open.tag === "blockquote") {
    entities.push({
      type: open.attrs.has("expandable") ? "expandable_blockquote" : "blockquote",
      offset,
      length,
    });
  } else if (open.tag === "tg-emoji") {
    const id = open.attrs.get("emoji-id") ?? "";
    if (!/^[1-9]\d*$/.test(id)) throw new EntityParseError("Invalid custom emoji identifier specified");
    entities.push({ type: "custom_emoji", offset, length, custom_emoji_id: id });
  } else if (open.tag === "tg-time") {
    const unix = Number(open.attrs.get("unix"));
    const format = (open.attrs.get("format") ?? "") as never;
    if (Number.isSafeInteger(unix))
      entities.push({ type: "date_time", offset, length, unix_time: unix, date_time_format: format });
  }
}

/** tdlib's check for link targets: a scheme-less host gets http://, and the URL is normalized. */
function checkedLink(url: string): string | undefined {
  if (url === "" || /\s/.test(url)) return undefined;
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `http://${url}`;
  try {
    const parsed = new URL(candidate);
    if (["tg:", "ton:", "tonsite:"].includes(parsed.protocol)) return candidate;
    if (!["http:", "https:", "ftp:"].includes(parsed.protocol) || !parsed.hostname.includes("."))
      return undefined;
    // Like tdlib: a bare host gets a "/" path, everything else stays as written (no %-encoding).
    return candidate.replace(/^([a-z]+:\/\/[^/?#]+)(?=[?#]|$)/i, "$1/");
  } catch {
    return undefined;
  }
}

/** A text_link (or text_mention for tg://user?id=) entity; undefined when Telegram drops the link. */
export function linkEntity(url: string, offset: number, length: number): MessageEntity | undefined {
  const userId = /^tg:(?:\/\/)?user\?id=(\d+)$/i.exec(url.trim())?.[1];
  if (userId) {
    return {
      type: "text_mention",
      offset,
      length,
      user: { id: Number(userId), is_bot: false, first_name: "" },
    };
  }
  const checked = checkedLink(url);
  return checked ? { type: "text_link", offset, length, url: checked } : undefined;
}

// tdlib orders entities by offset, then longest first, then by these priorities.
const PRIORITY: Record<string, number> = {
  blockquote: 0,
  expandable_blockquote: 0,
  pre: 11,
  code: 20,
  text_link: 49,
  text_mention: 49,
  bold: 90,
  italic: 91,
  underline: 92,
  strikethrough: 93,
  spoiler: 94,
  custom_emoji: 99,
};

/** Sorts entities in the order Telegram returns them. */
export function sortEntities(entities: MessageEntity[]): MessageEntity[] {
  const rank = (e: MessageEntity) => (e.type === "pre" && "language" in e ? 10 : (PRIORITY[e.type] ?? 50));
  return entities.sort((a, b) => a.offset - b.offset || b.length - a.length || rank(a) - rank(b));
}
