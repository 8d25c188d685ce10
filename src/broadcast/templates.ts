/** The `message` broadcast template (a locale key with arguments and buttons), and template lookup. */
import * as z from "zod";
import type { Button, OutgoingMessage } from "../channel/types.ts";
import type { Deps, TemplateParams, TemplateRenderer } from "../deps.ts";
import type { Locale, TArgs } from "../i18n.ts";

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
export function messageTemplate(params: TemplateParams, locale: Locale, deps: Deps): OutgoingMessage {
  const p = messageParams.parse(params);
  const buttons: Button[][] | undefined = p.buttons?.map((row) =>
    row.map((b) => {
      const text = deps.i18n.text(locale, b.key, b.args as TArgs);
      return "url" in b ? { text, url: b.url } : { text, callback: b.callback };
    }),
  );
  return { html: deps.i18n.t(locale, p.key, p.args as TArgs), buttons };
}

/** The renderer of a template by name, from the features' catalog; undefined when none has it. */
export function templateNamed(deps: Pick<Deps, "catalog">, name: string): TemplateRenderer | undefined {
  return Object.hasOwn(deps.catalog.templates, name) ? deps.catalog.templates[name] : undefined;
}
