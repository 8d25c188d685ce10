import type { MessageEntity } from "grammy/types";
import {
  at,
  bytes,
  closeEntity,
  decodeEntity,
  EntityParseError,
  type FormattedText,
  isSpace,
  type Open,
  sortEntities,
} from "./html-entities.ts";

export { EntityParseError, type FormattedText } from "./html-entities.ts";

const TAGS = new Set(
  "a b strong i em s strike del u ins tg-spoiler tg-emoji tg-time span pre code blockquote".split(" "),
);

const fail = (message: string): never => {
  throw new EntityParseError(message);
};

const skipSpaces = (s: string, i: number): number => {
  let j = i;
  while (j < s.length && isSpace(at(s, j))) j++;
  return j;
};

/** Reads one attribute value (quoted, entity-decoded; or a bare name token) starting at `i`. */
function attributeValue(src: string, start: number): { value: string; next: number } {
  let i = start;
  const quote = at(src, i);
  if (quote !== '"' && quote !== "'") {
    while (/[a-zA-Z0-9.-]/.test(at(src, i))) i++;
    if (!isSpace(at(src, i)) && at(src, i) !== ">") {
      fail(`Unexpected end of name token at byte offset ${bytes(src, start)}`);
    }
    return { value: src.slice(start, i).toLowerCase(), next: i };
  }
  let value = "";
  i++;
  while (i < src.length && at(src, i) !== quote) {
    const decoded = at(src, i) === "&" ? decodeEntity(src, i) : undefined;
    value += decoded ? decoded.ch : at(src, i);
    i = decoded ? decoded.next : i + 1;
  }
  return { value, next: at(src, i) === quote ? i + 1 : i };
}

/** Parses `<tag attr="v" ...>` at `begin` (the "<"); returns the tag and the index of its ">". */
function startTag(src: string, begin: number): { tag: string; attrs: Map<string, string>; end: number } {
  const where = `at byte offset ${bytes(src, begin)}`;
  let i = begin + 1;
  while (!isSpace(at(src, i)) && at(src, i) !== ">") i++;
  if (i >= src.length) fail(`Unclosed start tag ${where}`);
  const tag = src.slice(begin + 1, i).toLowerCase();
  if (!TAGS.has(tag)) fail(`Unsupported start tag "${tag}" ${where}`);
  const attrs = new Map<string, string>();
  for (;;) {
    i = skipSpaces(src, i);
    if (at(src, i) === ">") break;
    const nameStart = i;
    while (!isSpace(at(src, i)) && at(src, i) !== "=" && at(src, i) !== ">") i++;
    const name = src.slice(nameStart, i).toLowerCase();
    if (name === "") fail(`Empty attribute name in the tag "${tag}" ${where}`);
    i = skipSpaces(src, i);
    if (at(src, i) !== "=") {
      // The one attribute without a value Telegram knows.
      if (tag === "blockquote" && name === "expandable") {
        attrs.set(name, "");
        continue;
      }
      fail(`Expected equal sign in declaration of an attribute of the tag "${tag}" ${where}`);
    }
    i = skipSpaces(src, i + 1);
    if (i >= src.length) fail(`Unclosed start tag "${tag}" ${where}`);
    const { value, next } = attributeValue(src, i);
    i = next;
    if (i >= src.length) fail(`Unclosed start tag ${where}`);
    attrs.set(name, value);
  }
  if (tag === "span" && attrs.get("class") !== "tg-spoiler")
    fail(`Tag "span" must have class "tg-spoiler" ${where}`);
  return { tag, attrs, end: i };
}

/**
 * Parses Telegram HTML into text and entities, failing with tdlib's own error messages. With
 * `strict`, bare `&` and `>` also fail: Telegram passes them through, but in practice they mean
 * user text was interpolated without escaping, and the next user will send a `<`.
 */
export function parseHtml(src: string, strict: boolean): FormattedText {
  let out = "";
  const entities: MessageEntity[] = [];
  const stack: Open[] = [];
  for (let i = 0; i < src.length; i++) {
    const c = at(src, i);
    const decoded = c === "&" ? decodeEntity(src, i) : undefined;
    if (decoded) {
      out += decoded.ch;
      i = decoded.next - 1;
      continue;
    }
    if (strict && (c === "&" || c === ">")) {
      const entity = c === "&" ? "&amp;" : "&gt;";
      fail(
        `Character "${c}" at byte offset ${bytes(src, i)} must be escaped as "${entity}" (emulator strict check)`,
      );
    }
    if (c !== "<") {
      out += c;
      continue;
    }
    if (at(src, i + 1) !== "/") {
      const { tag, attrs, end } = startTag(src, i);
      stack.push({ tag, attrs, offset: out.length });
      i = end;
      continue;
    }
    const where = `at byte offset ${bytes(src, i)}`;
    const top = stack.pop() ?? fail(`Unexpected end tag ${where}`);
    let j = i + 2;
    while (!isSpace(at(src, j)) && at(src, j) !== ">") j++;
    const endTag = src.slice(i + 2, j).toLowerCase();
    j = skipSpaces(src, j);
    if (at(src, j) !== ">") fail(`Unclosed end tag ${where}`);
    if (endTag !== "" && endTag !== top.tag) {
      fail(`Unmatched end tag ${where}, expected "</${top.tag}>", found "</${endTag}>"`);
    }
    if (out.length > top.offset) closeEntity(top, out, entities);
    i = j;
  }
  const open = stack.at(-1);
  if (open) fail(`Can't find end tag corresponding to start tag "${open.tag}"`);
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(out)) {
    fail(
      "Text contains invalid Unicode characters after decoding HTML entities, check for unmatched surrogate code units",
    );
  }
  // A standalone <code class="language-x"> keeps no language, as in the Bot API.
  for (const e of entities) if (e.type === "code") delete (e as { language?: string }).language;
  return { text: out, entities: sortEntities(entities) };
}
