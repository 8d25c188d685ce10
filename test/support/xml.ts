/** A small XML reader for checking the SVG the console draws: elements, attributes, text; throws if not well-formed. */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (not its children's), entities decoded. */
  text: string;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e.startsWith("#x")) return String.fromCodePoint(Number.parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(Number(e.slice(1)));
    const named = ENTITIES[e];
    if (named === undefined) throw new Error(`unknown entity ${m}`);
    return named;
  });

/** Parses one root element (comments, doctype and processing instructions are not expected). */
export function parseXml(source: string): XmlElement {
  const token = /<\/([\w:-]+)\s*>|<([\w:-]+)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let match: RegExpExecArray | null;
  let at = 0;
  while (at < source.length) {
    token.lastIndex = at;
    match = token.exec(source);
    if (!match) throw new Error(`not well-formed at ${at}: ${source.slice(at, at + 40)}`);
    at = token.lastIndex;
    const [, close, open, attrText, selfClosing, text] = match;
    if (text !== undefined) {
      if (stack.length === 0) {
        if (text.trim()) throw new Error("text outside the root element");
      } else stack.at(-1)!.text += decode(text);
    } else if (close) {
      const top = stack.pop();
      if (top?.name !== close) throw new Error(`</${close}> closes <${top?.name}>`);
    } else if (open) {
      if (root && stack.length === 0) throw new Error("a second root element");
      const attrs: Record<string, string> = {};
      for (const [, name, value] of (attrText ?? "").matchAll(/([\w:-]+)="([^"]*)"/g)) {
        if (name! in attrs) throw new Error(`attribute ${name} twice on <${open}>`);
        attrs[name!] = decode(value!);
      }
      const element: XmlElement = { name: open, attrs, children: [], text: "" };
      if (stack.length > 0) stack.at(-1)!.children.push(element);
      else root = element;
      if (!selfClosing) stack.push(element);
    }
  }
  if (!root || stack.length > 0) throw new Error("unclosed elements");
  return root;
}

/** Every element below `node` (itself included) that matches. */
export function findAll(node: XmlElement, match: (e: XmlElement) => boolean): XmlElement[] {
  return [...(match(node) ? [node] : []), ...node.children.flatMap((child) => findAll(child, match))];
}
