import { h } from "./dom.ts";
import { type LinkTarget, linkTarget } from "./links.ts";
import type { Entity } from "./types.ts";

/** What clicks inside a message do. */
export interface TextActions {
  botUsername: string | undefined;
  /** A /command tapped in a message is sent, as in Telegram's private chats. */
  command(text: string): void;
  /** A link with a target the page understands (deep links to our bot, external pages). */
  link(target: LinkTarget): void;
}

// Telegram's HTML tags become these entities in the emulator; the page renders entities, never
// HTML, so an unsupported tag can only ever arrive as literal text.
const TAGS: Record<string, keyof HTMLElementTagNameMap> = {
  bold: "b",
  italic: "i",
  underline: "u",
  strikethrough: "s",
  code: "code",
  blockquote: "blockquote",
  expandable_blockquote: "blockquote",
};

function anchor(label: Node[], raw: string, actions: TextActions): HTMLElement {
  const target = linkTarget(raw, actions.botUsername);
  if (target.kind === "none") return h("span", { class: "bad-link", title: "link not followed" }, ...label);
  const a = h(
    "a",
    { href: target.kind === "external" ? target.href : raw, rel: "noopener noreferrer" },
    ...label,
  );
  if (target.kind === "start") a.classList.add("deep-link");
  a.addEventListener("click", (event) => {
    event.preventDefault();
    actions.link(target);
  });
  return a;
}

function wrap(entity: Entity, children: Node[], text: string, actions: TextActions): Node {
  const tag = TAGS[entity.type];
  if (tag) {
    const el = h(
      tag,
      { class: entity.type === "expandable_blockquote" ? "expandable" : undefined },
      ...children,
    );
    if (entity.type === "expandable_blockquote")
      el.addEventListener("click", () => el.classList.toggle("open"));
    return el;
  }
  switch (entity.type) {
    case "pre":
      return h("pre", { "data-language": entity.language }, h("code", {}, ...children));
    case "spoiler": {
      const el = h("span", { class: "spoiler", title: "spoiler: click to reveal" }, ...children);
      el.addEventListener("click", () => el.classList.add("revealed"));
      return el;
    }
    case "text_link":
      return anchor(children, entity.url ?? "", actions);
    case "url":
      return anchor(children, text, actions);
    case "email":
      return anchor(children, `mailto:${text}`, actions);
    case "bot_command": {
      const a = h("a", { href: "#", class: "command" }, ...children);
      a.addEventListener("click", (event) => {
        event.preventDefault();
        actions.command(text);
      });
      return a;
    }
    default:
      // mention, hashtag, phone_number, custom_emoji…: shown as text, marked by kind.
      return h("span", { class: `entity-${entity.type.replace(/[^a-z_]/g, "")}` }, ...children);
  }
}

function build(text: string, entities: Entity[], start: number, end: number, actions: TextActions): Node[] {
  const out: Node[] = [];
  let pos = start;
  let i = 0;
  while (i < entities.length) {
    const e = entities[i] as Entity;
    const eEnd = Math.min(e.offset + e.length, end);
    // Entities starting inside this one are its children (tdlib nests them; overlaps get clipped).
    let j = i + 1;
    while (j < entities.length && (entities[j] as Entity).offset < e.offset + e.length) j++;
    const eStart = Math.max(e.offset, pos);
    if (eStart > pos) out.push(document.createTextNode(text.slice(pos, eStart)));
    if (eEnd > eStart) {
      const inner = build(text, entities.slice(i + 1, j), eStart, eEnd, actions);
      out.push(wrap(e, inner, text.slice(eStart, eEnd), actions));
      pos = eEnd;
    }
    i = j;
  }
  if (pos < end) out.push(document.createTextNode(text.slice(pos, end)));
  return out;
}

/** A message text with its entities as DOM nodes; offsets are UTF-16 units, as in JS strings. */
export function renderText(text: string, entities: Entity[] | undefined, actions: TextActions): Node[] {
  const valid = (entities ?? []).filter(
    (e) =>
      Number.isInteger(e.offset) &&
      Number.isInteger(e.length) &&
      e.offset >= 0 &&
      e.length > 0 &&
      e.offset < text.length,
  );
  valid.sort((a, b) => a.offset - b.offset || b.length - a.length);
  return build(text, valid, 0, text.length, actions);
}
