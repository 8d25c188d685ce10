/** What each recipient language gets for a broadcast's content: HTML, a copied post, or a template. */
import type { OutgoingMessage } from "../channel/types.ts";
import type { Deps } from "../deps.ts";
import type { Locale } from "../i18n.ts";
import type { PersonId } from "../people/id.ts";
import { templateNamed } from "./templates.ts";
import type { Content } from "./types.ts";

/** The message one recipient language gets for a broadcast's content. */
export async function renderContent(deps: Deps, content: Content, locale: Locale): Promise<OutgoingMessage> {
  if (content.kind === "html") return { html: content.html, buttons: content.buttons };
  if (content.kind === "copy") {
    return {
      copyFrom: { chatId: content.chatId, messageId: content.messageId },
      buttons: content.buttons,
      ...(content.html ? { html: content.html } : {}),
    };
  }
  const template = templateNamed(deps, content.template);
  if (!template) throw new Error(`unknown broadcast template "${content.template}"`);
  return template(content.params, locale, deps);
}

/** A per-recipient renderer that renders each language once and marks paid broadcasts. */
/**
 * A per-recipient renderer that renders each language once and marks paid broadcasts. Every
 * message says what kind of notice it is (the broadcast's kind, unless its template says more), so a
 * channel that must send a template outside her window picks the configured one, and carries the
 * broadcast's id as its once-key (WeChat sends one template per person and key).
 */
export function recordRenderer(deps: Deps, r: { id: string; kind: string; content: Content; paid: boolean }) {
  const cache = new Map<Locale, Promise<OutgoingMessage>>();
  return (_userId: PersonId, locale: Locale): Promise<OutgoingMessage> => {
    let message = cache.get(locale);
    if (!message) {
      message = renderContent(deps, r.content, locale).then((m) => ({
        ...m,
        ...(r.paid ? { paid: true } : {}),
        notice: { kind: r.kind, ...m.notice },
        onceKey: `bc:${r.id}`,
      }));
      cache.set(locale, message);
    }
    return message;
  };
}
