/** A draft's audience and a broadcast's /broadcasts line in words, in any language. */
import type { I18n, Locale } from "../i18n.ts";
import { regionLabel } from "../regions/index.ts";
import { formatDateTime } from "../time/format.ts";
import type { Draft } from "./draft.ts";
import type { BroadcastSummary } from "./list.ts";
import { channelsLine, fmt, progressLine } from "./progress.ts";

/** The audience of a draft in words, in any language (the approver's may differ from the author's). */
export function describeAudience(
  i18n: I18n,
  locale: Locale,
  d: Pick<Draft, "regions" | "topics" | "lang">,
  scope: string,
): { regions: string; topics: string; lang: string } {
  const sep = locale === "en" ? ", " : "、";
  const regions =
    d.regions.length > 0
      ? d.regions.map((c) => regionLabel(c, locale)).join(sep)
      : i18n.text(locale, "bc-audience-everyone", { scope: regionLabel(scope, locale) });
  const topics = d.topics.map((t) => i18n.text(locale, `sub-topic-${t}`)).join(sep);
  return { regions, topics, lang: i18n.text(locale, `bc-lang-${d.lang}`) };
}

/** One entry of /broadcasts: number, label, status, counts, and when it runs or ran. */
export function summaryLine(
  i18n: I18n,
  locale: Locale,
  timeZone: string,
  n: number,
  { r, counts }: BroadcastSummary,
): string {
  const at = r.started_at ?? r.scheduled_at ?? r.created;
  const head = i18n.t(locale, "bc-list-item", {
    n,
    label: r.label,
    status: i18n.text(locale, `bc-status-${r.status}`),
    when: formatDateTime(at, locale, timeZone),
  });
  const tail =
    r.status === "approval" || r.status === "scheduled" || r.status === "rejected"
      ? i18n.t(locale, "bc-list-planned", { count: fmt(r.counted ?? r.total) })
      : [progressLine(i18n, locale, counts, r.total), channelsLine(i18n, locale, counts, r.total)]
          .filter(Boolean)
          .join("\n");
  return `${head}\n${tail}`;
}
