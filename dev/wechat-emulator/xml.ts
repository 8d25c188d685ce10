// The XML WeChat writes (pushes) and reads (passive replies), kept apart from src/wechat on purpose.
import { XMLParser, XMLValidator } from "fast-xml-parser";

/** A push's fields in order: strings go in CDATA (a `]]>` split across two sections), numbers bare (MsgId as a bigint). */
export type PushFields = Array<[name: string, value: string | number | bigint]>;

/** The `<xml>` document WeChat posts, laid out as WeChat does (one field per line). */
export function pushXml(fields: PushFields): string {
  const lines = fields.map(([name, value]) =>
    typeof value !== "string"
      ? `<${name}>${value}</${name}>`
      : `<${name}><![CDATA[${value.split("]]>").join("]]]]><![CDATA[>")}]]></${name}>`,
  );
  return `<xml>${lines.join("\n")}</xml>`;
}

const parser = new XMLParser({ parseTagValue: false, trimValues: false, ignoreAttributes: true });

/** The fields of an `<xml>` document the webhook answered with, or the reason it cannot be read. */
export function readReplyXml(text: string): { fields: Record<string, unknown> } | { error: string } {
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { error: `not well-formed XML: ${valid.err.msg}` };
  const root = (parser.parse(text) as { xml?: unknown }).xml;
  if (typeof root !== "object" || root === null || Array.isArray(root))
    return { error: "the root is not <xml>" };
  return { fields: root as Record<string, unknown> };
}
