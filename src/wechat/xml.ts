/** Reading and writing WeChat's flat XML: one `<xml>` root, fields as child elements, text in CDATA. */
import { XMLParser, XMLValidator } from "fast-xml-parser";

/** Why a body could not be read: not well-formed XML, or XML without the fields a message needs. */
export type WechatPayloadProblem = "xml" | "shape";

/** A body that is not a WeChat payload; the webhook answers it with 400. */
export class WechatPayloadError extends Error {
  override name = "WechatPayloadError";
  readonly problem: WechatPayloadProblem;
  constructor(problem: WechatPayloadProblem, message: string) {
    super(message);
    this.problem = problem;
  }
}

const parser = new XMLParser({
  // MsgId is a 64-bit integer and Content may look like a number ("007"): every value stays a string.
  parseTagValue: false,
  parseAttributeValue: false,
  // CDATA text is kept exactly, spaces and line breaks included.
  trimValues: false,
  ignoreAttributes: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  processEntities: true,
});

/**
 * True when a DOCTYPE comes before the root element. WeChat never sends one; refusing it closes the
 * door on entity expansion (XXE, "billion laughs"). The same words inside her text (CDATA, after
 * the root starts) are just text.
 */
function hasDoctype(text: string): boolean {
  const doctype = text.search(/<!DOCTYPE/i);
  if (doctype < 0) return false;
  const root = text.search(/<[A-Za-z_:]/);
  return root < 0 || doctype < root;
}

/**
 * Parses a WeChat XML document and returns the fields under its `<xml>` root (values are strings;
 * nested elements are objects; a repeated element is an array). Throws WechatPayloadError("xml") for
 * anything that is not one well-formed `<xml>` document.
 */
export function parseWechatXml(text: string): Record<string, unknown> {
  if (hasDoctype(text)) throw new WechatPayloadError("xml", "DOCTYPE is not allowed");
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new WechatPayloadError("xml", `not well-formed XML: ${valid.err.msg}`);
  const doc: unknown = parser.parse(text);
  const root = typeof doc === "object" && doc !== null ? (doc as Record<string, unknown>).xml : undefined;
  if (typeof root !== "object" || root === null || Array.isArray(root)) {
    throw new WechatPayloadError("xml", "the root element must be <xml> with child elements");
  }
  // Text between the fields (line breaks, indentation) is not a field.
  const { "#text": _between, ...fields } = root as Record<string, unknown>;
  return fields;
}

/** XML 1.0's Char production: what may appear in a document at all, CDATA included. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** The text without the characters XML cannot carry (control characters, unpaired surrogates). */
function xmlChars(text: string): string {
  let out = "";
  // for…of walks code points, so a valid surrogate pair arrives as one character.
  for (const char of text) if (isXmlChar(char.codePointAt(0) ?? 0)) out += char;
  return out;
}

/**
 * Text as a CDATA section that survives any content: a `]]>` inside is split across two sections
 * (`]]]]><![CDATA[>`), and characters XML cannot carry at all are dropped.
 */
export function cdata(text: string): string {
  return `<![CDATA[${xmlChars(text).replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;
}

/** An `<xml>` document with the fields in order: strings as CDATA, numbers as bare digits. */
export function buildWechatXml(fields: Array<[name: string, value: string | number]>): string {
  const body = fields
    .map(([name, value]) => `<${name}>${typeof value === "number" ? String(value) : cdata(value)}</${name}>`)
    .join("");
  return `<xml>${body}</xml>`;
}
