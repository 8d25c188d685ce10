import type { MessageEntity } from "grammy/types";
import { EntityParseError, type FormattedText, linkEntity, sortEntities } from "./html-entities.ts";

// tdlib's names for entity types, which appear in its error messages.
type Kind = "Bold" | "Italic" | "Underline" | "Strikethrough" | "Spoiler" | "Code" | "Pre" | "TextUrl";

interface Open {
  kind: Kind;
  offset: number;
  byte: number;
  language?: string;
}

const at = (s: string, i: number): string => s[i] ?? "\0";
const bytes = (s: string, i: number): number => Buffer.byteLength(s.slice(0, i));
const fail = (message: string): never => {
  throw new EntityParseError(message);
};
const TYPES: Record<Exclude<Kind, "TextUrl">, MessageEntity["type"]> = {
  Bold: "bold",
  Italic: "italic",
  Underline: "underline",
  Strikethrough: "strikethrough",
  Spoiler: "spoiler",
  Code: "code",
  Pre: "pre",
};

function closes(open: Open, s: string, i: number): boolean {
  const c = s[i];
  switch (open.kind) {
    case "Bold":
      return c === "*";
    case "Italic":
      return c === "_" && s[i + 1] !== "_";
    case "Underline":
      return c === "_" && s[i + 1] === "_";
    case "Strikethrough":
      return c === "~";
    case "Spoiler":
      return c === "|" && s[i + 1] === "|";
    case "Code":
      return c === "`";
    case "Pre":
      return s.startsWith("```", i);
    case "TextUrl":
      return c === "]";
  }
}

/**
 * MarkdownV2 after tdlib's parse_markdown_v2, with its error messages, so an unescaped `.` or
 * `-` fails here as it does on Telegram. Block quotations are accepted but not turned into entities.
 */
export function parseMarkdownV2(src: string): FormattedText {
  let out = "";
  const entities: MessageEntity[] = [];
  const stack: Open[] = [];
  for (let i = 0; i < src.length; i++) {
    const c = at(src, i);
    const next = src.charCodeAt(i + 1);
    if (c === "\\" && next > 0 && next <= 126) {
      out += src[++i];
      continue;
    }
    const top = stack.at(-1);
    const inCode = top?.kind === "Code" || top?.kind === "Pre";
    const lineStart = i === 0 || src[i - 1] === "\n";
    if (!(inCode ? "`" : "_*[]()~`>#+-=|{}.!").includes(c) || (c === ">" && lineStart && !inCode)) {
      if (c !== ">") out += c;
      continue;
    }
    if (top && closes(top, src, i)) {
      stack.pop();
      let url: string | undefined;
      if (top.kind === "TextUrl") {
        url = out.slice(top.offset);
        if (src[i + 1] === "(") {
          const urlStart = i + 2;
          url = "";
          for (i += 2; i < src.length && src[i] !== ")"; i++)
            url += src[i] === "\\" ? (src[++i] ?? "") : src[i];
          if (src[i] !== ")") fail(`Can't find end of a URL at byte offset ${bytes(src, urlStart)}`);
        }
      } else if (top.kind === "Underline" || top.kind === "Spoiler") i += 1;
      else if (top.kind === "Pre") i += 2;
      const length = out.length - top.offset;
      if (length <= 0) continue;
      if (url !== undefined) {
        const link = linkEntity(url, top.offset, length);
        if (link) entities.push(link);
      } else {
        const entity = {
          type: TYPES[top.kind as keyof typeof TYPES],
          offset: top.offset,
          length,
        } as MessageEntity;
        entities.push(top.language ? { ...entity, type: "pre", language: top.language } : entity);
      }
      continue;
    }
    const open: Open = { kind: "Bold", offset: out.length, byte: bytes(src, i) };
    if (c === "_") {
      open.kind = src[i + 1] === "_" ? "Underline" : "Italic";
      if (open.kind === "Underline") i++;
    } else if (c === "*") open.kind = "Bold";
    else if (c === "~") open.kind = "Strikethrough";
    else if (c === "[") open.kind = "TextUrl";
    else if (c === "|" && src[i + 1] === "|") {
      open.kind = "Spoiler";
      i++;
    } else if (c === "`" && src.startsWith("```", i)) {
      open.kind = "Pre";
      i += 3;
      const language = /^[^\s`]+(?=[\s])/.exec(src.slice(i))?.[0];
      if (language) {
        open.language = language;
        i += language.length;
      }
      if (src[i] === "\n" || src[i] === "\r")
        i += src[i + 1] !== src[i] && /[\r\n]/.test(at(src, i + 1)) ? 2 : 1;
      i--;
    } else if (c === "`") open.kind = "Code";
    else fail(`Character '${c}' is reserved and must be escaped with the preceding '\\'`);
    open.offset = out.length;
    stack.push(open);
  }
  const open = stack.at(-1);
  const kind = open?.language ? "PreCode" : open?.kind;
  if (open) fail(`Can't find end of ${kind} entity at byte offset ${open.byte}`);
  return { text: out, entities: sortEntities(entities) };
}

/** Legacy Markdown: *bold*, _italic_, `code`, ```pre```, [text](url); no nesting. */
export function parseMarkdown(src: string): FormattedText {
  let out = "";
  const entities: MessageEntity[] = [];
  for (let i = 0; i < src.length; i++) {
    const c = at(src, i);
    if (c === "\\" && "_*`[".includes(at(src, i + 1))) {
      out += src[++i];
      continue;
    }
    if (!"_*`[".includes(c)) {
      out += c;
      continue;
    }
    const start = i;
    const pre = src.startsWith("```", i);
    const close = pre ? "```" : c === "[" ? "]" : c;
    const end = src.indexOf(close, i + close.length);
    if (end < 0) fail(`Can't find end of the entity starting at byte offset ${bytes(src, start)}`);
    const inner = src.slice(i + close.length, end);
    const offset = out.length;
    i = end + close.length - 1;
    if (c === "[") {
      const paren = src[end + 1] === "(" ? src.indexOf(")", end) : -1;
      const url = paren > 0 ? src.slice(end + 2, paren) : "";
      if (paren > 0) i = paren;
      out += inner;
      const link = inner ? linkEntity(url || inner, offset, inner.length) : undefined;
      if (link) entities.push(link);
      continue;
    }
    out += inner;
    const type = pre ? "pre" : c === "*" ? "bold" : c === "_" ? "italic" : "code";
    if (inner) entities.push({ type, offset, length: inner.length });
  }
  return { text: out, entities };
}
