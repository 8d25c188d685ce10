/** The upcoming fairs (src/fairs/listing.ts) as a screen for every channel: one page of short cards, an option per fair, paging. */
import { option, type Screen, type ScreenItem } from "../channel/screen.ts";
import type { I18n, Locale } from "../i18n.ts";
import { fairData, fairShort } from "./templates.ts";
import type { Fair } from "./types.ts";

/** Fairs per page. */
export const LIST_PAGE = 5;

/**
 * One page of the fairs list: numbered short cards under a heading (hers: `m`, or all: `a`), an
 * option to open each (three to a row), then previous / page / next, and « all fairs » under hers.
 */
export function fairListScreen(
  i18n: I18n,
  locale: Locale,
  fairs: readonly Fair[],
  o: { page: number; scope: "m" | "a"; timeZone: string },
): Screen {
  const { scope } = o;
  const pages = Math.max(1, Math.ceil(fairs.length / LIST_PAGE));
  const current = Math.min(Math.max(0, o.page), pages - 1);
  const shown = fairs.slice(current * LIST_PAGE, (current + 1) * LIST_PAGE);
  const n = (i: number) => current * LIST_PAGE + i + 1;
  const lines = shown.map((fair, i) => `${n(i)}. ${fairShort(i18n, locale, { fair, timeZone: o.timeZone })}`);
  const head = i18n.t(locale, scope === "m" ? "fair-list-mine" : "fair-list-all", { count: fairs.length });
  const rows: ScreenItem[][] = [];
  shown.forEach((f, i) => {
    if (i % 3 === 0) rows.push([]);
    rows.at(-1)!.push(option(i18n.text(locale, "fair-button-open", { n: n(i) }), fairData.details(f.id)));
  });
  const paging: ScreenItem[] = [];
  if (current > 0) paging.push(option(i18n.text(locale, "region-prev"), `fair:ls:${scope}:${current - 1}`));
  if (pages > 1) paging.push(option(`${current + 1}/${pages}`, `fair:ls:${scope}:${current}`));
  if (current < pages - 1)
    paging.push(option(i18n.text(locale, "region-next"), `fair:ls:${scope}:${current + 1}`));
  rows.push(paging);
  if (scope === "m") rows.push([option(i18n.text(locale, "fair-button-all"), "fair:ls:a:0")]);
  return { html: [head, "", lines.join("\n\n")].join("\n"), rows: rows.filter((r) => r.length > 0) };
}
