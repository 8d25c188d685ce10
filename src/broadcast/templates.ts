import type { OutgoingMessage } from "../channel/types.ts";
import type { Locale } from "../i18n.ts";
import type { BroadcastDeps } from "./types.ts";

/** Renders one template for one recipient language. Params are plain strings (escaped by the renderer). */
export type TemplateRenderer = (
  params: Record<string, string>,
  locale: Locale,
  deps: BroadcastDeps,
) => Promise<OutgoingMessage>;

/**
 * Every template a broadcast can name, explicitly: features add their entries here (e.g. the fair
 * announcement) so a queued broadcast can be rendered by name long after it was started.
 */
export const templates: Record<string, TemplateRenderer> = {
  /** A locale key with string arguments: `{ key: "fair-reminder", name: "…" }`; arguments are escaped. */
  message: async (params, locale, deps) => {
    const { key, ...args } = params;
    if (!key) throw new Error("template message needs a key");
    return { html: deps.i18n.t(locale, key, args) };
  },
};

/** Whether a template name is registered. */
export function hasTemplate(name: string): boolean {
  return Object.hasOwn(templates, name);
}
