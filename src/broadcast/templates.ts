import * as z from "zod";
import type { Button, OutgoingMessage } from "../channel/types.ts";
import { fairNoticeTemplate } from "../fairs/templates.ts";
import type { Locale, TArgs } from "../i18n.ts";
import type { BroadcastDeps } from "./types.ts";

/** JSON params of a template, as stored in the broadcast record and carried by the queue. */
export type TemplateParams = Record<string, z.core.util.JSONType>;

/** Renders one template for one recipient language. */
export type TemplateRenderer = (
  params: TemplateParams,
  locale: Locale,
  deps: BroadcastDeps,
) => OutgoingMessage | Promise<OutgoingMessage>;

const args = z.record(z.string(), z.union([z.string(), z.number()])).default({});
const localeKey = z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/);
const messageParams = z.object({
  key: localeKey,
  args,
  buttons: z
    .array(
      z.array(
        z.union([
          z.object({ key: localeKey, args, url: z.url({ protocol: /^https$/ }) }),
          z.object({ key: localeKey, args, callback: z.string().min(1).max(64) }),
        ]),
      ),
    )
    .max(10)
    .optional(),
});

/**
 * `message`: a locale key with arguments (string arguments are escaped for HTML), and optional
 * buttons whose labels are locale keys too: `{ key, args: { name, time }, buttons: [[{ key, args, callback }]] }`
 * where each `key` names a message in locales/*.ftl and `callback` (≤ 64 bytes) or `url` (https) acts.
 */
function renderMessage(params: TemplateParams, locale: Locale, deps: BroadcastDeps): OutgoingMessage {
  const p = messageParams.parse(params);
  const buttons: Button[][] | undefined = p.buttons?.map((row) =>
    row.map((b) => {
      const text = deps.i18n.text(locale, b.key, b.args as TArgs);
      return "url" in b ? { text, url: b.url } : { text, callback: b.callback };
    }),
  );
  return { html: deps.i18n.t(locale, p.key, p.args as TArgs), buttons };
}

/**
 * Every template a broadcast can name. A feature adds its renderer here (e.g. one that reads a
 * fair's current details), so a queued broadcast can be rendered by name long after it started.
 */
export const templates: Readonly<Record<string, TemplateRenderer>> = {
  message: renderMessage,
  /** A job fair's announcement, cancellation, reminder or change notice: `{ fair, notice }`. */
  "fair-notice": fairNoticeTemplate,
};

/** Whether a template name is registered. */
export function hasTemplate(name: string): boolean {
  return Object.hasOwn(templates, name);
}
