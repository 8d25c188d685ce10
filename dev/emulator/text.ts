import type { MessageEntity } from "grammy/types";
import { badRequest } from "./errors.ts";
import { EntityParseError, type FormattedText, parseHtml } from "./html.ts";
import { parseMarkdown, parseMarkdownV2 } from "./markdown.ts";
import { json, type Params, str } from "./params.ts";

/** Telegram's limits, in UTF-16 code units after entity parsing. */
export const MAX_TEXT = 4096;
export const MAX_CAPTION = 1024;

function parseEntitiesParam(value: unknown): MessageEntity[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw badRequest("can't parse entities JSON object");
  return value.filter(
    (e): e is MessageEntity =>
      typeof e === "object" &&
      e !== null &&
      typeof e.type === "string" &&
      Number.isInteger(e.offset) &&
      e.length > 0,
  );
}

// What Telegram strips around messages: ASCII whitespace and zero-width spaces, but not the
// ideographic space (U+3000) Chinese text may start with, unlike String.prototype.trim.
const LEADING = /^[ \t\r\n\v\f\u200b]+/;
const TRAILING = /[ \t\r\n\v\f\u200b]+$/;

/** Drops surrounding whitespace like Telegram does, keeping entities on the same characters. */
function trimFormatted({ text, entities }: FormattedText): FormattedText {
  const lead = LEADING.exec(text)?.[0].length ?? 0;
  const trimmed = text.slice(lead).replace(TRAILING, "");
  const kept: MessageEntity[] = [];
  for (const e of entities) {
    const start = Math.max(0, e.offset - lead);
    const end = Math.min(trimmed.length, e.offset + e.length - lead);
    if (end > start) kept.push({ ...e, offset: start, length: end - start });
  }
  return { text: trimmed, entities: kept };
}

/** Applies parse_mode (or explicit entities) to raw text; throws Telegram's 400s. */
export function formatText(
  raw: string,
  parseMode: string | undefined,
  entities: unknown,
  strictHtml: boolean,
) {
  const mode = (parseMode ?? "").toLowerCase();
  let formatted: FormattedText;
  try {
    if (mode === "html") formatted = parseHtml(raw, strictHtml);
    else if (mode === "markdownv2") formatted = parseMarkdownV2(raw);
    else if (mode === "markdown") formatted = parseMarkdown(raw);
    else if (mode === "" || mode === "none")
      formatted = { text: raw, entities: parseEntitiesParam(entities) };
    else throw badRequest("unsupported parse_mode");
  } catch (err) {
    if (err instanceof EntityParseError) throw badRequest(`can't parse entities: ${err.message}`);
    throw err;
  }
  return trimFormatted(formatted);
}

/** The text of sendMessage / editMessageText with its checks. */
export function textParam(p: Params, strictHtml: boolean): FormattedText {
  const raw = str(p, "text") ?? "";
  if (raw.replace(LEADING, "") === "") throw badRequest("message text is empty");
  const entities = json(p, "entities", "can't parse entities JSON object");
  const formatted = formatText(raw, str(p, "parse_mode"), entities, strictHtml);
  if (formatted.text === "") throw badRequest("message text is empty");
  if (formatted.text.length > MAX_TEXT) throw badRequest("message is too long");
  return formatted;
}

/** The optional caption of media methods; undefined when none was given. */
export function captionParam(p: Params, strictHtml: boolean): FormattedText | undefined {
  const raw = str(p, "caption");
  if (raw === undefined) return undefined;
  const entities = json(p, "caption_entities", "can't parse entities JSON object");
  const formatted = formatText(raw, str(p, "parse_mode"), entities, strictHtml);
  if (formatted.text.length > MAX_CAPTION) throw badRequest("message caption is too long");
  return formatted;
}

const WORD = /[\p{L}\p{N}_]/u;

/**
 * Entities Telegram detects in what users type: bot commands (grammY's command matching relies
 * on them), URLs and @mentions. Follows tdlib's bot command rule: not glued to a word, `/`, `<`, `>`.
 */
export function detectEntities(text: string): MessageEntity[] {
  const found: MessageEntity[] = [];
  for (const m of text.matchAll(/\/[a-zA-Z0-9_]{1,64}(?:@[a-zA-Z0-9_]{3,32})?/g)) {
    const before = text[m.index - 1] ?? " ";
    const after = text[m.index + m[0].length] ?? " ";
    if (WORD.test(before) || "/<>".includes(before) || WORD.test(after) || "/<>@".includes(after)) continue;
    found.push({ type: "bot_command", offset: m.index, length: m[0].length });
  }
  for (const m of text.matchAll(/https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]]/g)) {
    found.push({ type: "url", offset: m.index, length: m[0].length });
  }
  for (const m of text.matchAll(/(?<![\p{L}\p{N}_@/])@[a-zA-Z0-9_]{5,32}(?![\p{L}\p{N}_])/gu)) {
    found.push({ type: "mention", offset: m.index, length: m[0].length });
  }
  return found.sort((a, b) => a.offset - b.offset);
}
