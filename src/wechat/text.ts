/** Telegram's HTML as WeChat's plain text, and text cut into messages that fit WeChat's 2,048 bytes. */

/** WeChat refuses a text message over 2,048 bytes of UTF-8 (45002 "content size out of limit"). */
export const WECHAT_TEXT_BYTES = 2048;

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Decodes the entities Telegram HTML uses (named, decimal, hex). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[e.toLowerCase()] ?? whole;
  });
}

const HAN = /\p{Script=Han}/u;

/** « label：url » (or « label: url »), or the bare address when the label is the address. */
export function linkText(label: string, url: string): string {
  const l = label.trim();
  if (!l || l === url) return url;
  return `${l}${HAN.test(l) ? "：" : ": "}${url}`;
}

/**
 * Telegram HTML as the plain text WeChat shows: tags dropped, a link written as its label and its
 * address (WeChat makes the address tappable), entities decoded, runs of blank lines shortened.
 */
export function htmlToWechatText(html: string): string {
  const links = html.replace(
    /<a\s[^>]*?href\s*=\s*(["'])(.*?)\1[^>]*>([\s\S]*?)<\/a>/gi,
    (_m, _q: string, href: string, label: string) =>
      linkText(decodeEntities(label.replace(/<[^>]*>/g, "")), decodeEntities(href)),
  );
  const text = decodeEntities(links.replace(/<\/?[a-z][a-z0-9-]*(?:\s[^>]*)?>/gi, ""));
  return text
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const encoder = new TextEncoder();
const bytes = (s: string) => encoder.encode(s).length;

/** Cuts one line that is itself too long at character boundaries. */
function cutLine(line: string, max: number): string[] {
  const out: string[] = [];
  let current = "";
  for (const char of line) {
    if (bytes(current + char) > max) {
      out.push(current);
      current = "";
    }
    current += char;
  }
  if (current) out.push(current);
  return out;
}

/**
 * Text as WeChat messages of at most `max` bytes each, cut between lines (between paragraphs when
 * one fits), a line longer than a message cut at a character.
 */
export function splitForWechat(text: string, max = WECHAT_TEXT_BYTES): string[] {
  if (bytes(text) <= max) return text ? [text] : [];
  const parts: string[] = [];
  let current = "";
  for (const line of text.split("\n").flatMap((l) => (bytes(l) > max ? cutLine(l, max) : [l]))) {
    const next = current ? `${current}\n${line}` : line;
    if (bytes(next) <= max) current = next;
    else {
      if (current.trim()) parts.push(current.trim());
      current = line;
    }
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}
