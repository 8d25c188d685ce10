/** /mydata as lines of Telegram HTML in the reader's language: sections, labels, values in plain words. */
import type { Deps } from "../deps.ts";
import type { Locale } from "../i18n.ts";
import { formatDateTime } from "../time/format.ts";
import type { DataItem } from "./registry.ts";

type Words = Pick<Deps, "i18n" | "config" | "catalog">;

/** One item as a label and a plain-text value (escaped when the line is built). */
function labelAndValue(deps: Words, locale: Locale, item: DataItem): { label: string; value: string } {
  const text = (key: string, args?: Parameters<Deps["i18n"]["text"]>[2]) => deps.i18n.text(locale, key, args);
  if (item.kind === "slice") {
    // A slice says in plain words what it holds; one no feature knows (or that no longer reads) is said to expire.
    const slice = deps.catalog.slices.find((s) => s.name === item.label);
    const value = slice?.get({ [item.label]: item.raw });
    if (!slice || value === null || value === undefined) {
      return { label: text("mydata-session-unreadable"), value: text("mydata-session-unreadable-value") };
    }
    return { label: text(slice.label), value: slice.describe(value, text) };
  }
  const label = text(item.label);
  if (item.kind === "time")
    return { label, value: formatDateTime(Number(item.value), locale, deps.config.TIMEZONE) };
  if (item.kind === "key") return { label, value: text(String(item.value)) };
  return { label, value: String(item.value) };
}

/** Every section's lines, between the title and the footer; user data is escaped. */
export function myDataLines(
  deps: Words,
  locale: Locale,
  sections: readonly { section: string; items: readonly DataItem[] }[],
): string[] {
  const lines = [deps.i18n.t(locale, "mydata-title")];
  for (const { section, items } of sections) {
    lines.push("", `<b>${deps.i18n.t(locale, section)}</b>`);
    // Values are user data: escaped by t() because they are passed as arguments.
    for (const item of items)
      lines.push(deps.i18n.t(locale, "mydata-line", labelAndValue(deps, locale, item)));
  }
  lines.push("", deps.i18n.t(locale, "mydata-footer"));
  return lines;
}
