/** A broadcast's progress line, progress message and final report, in the author's language. */
import type { I18n, Locale } from "../i18n.ts";
import type { Counts } from "./record.ts";
import { processed } from "./record.ts";

const grouped = new Intl.NumberFormat("en-US");
/** 12345 → "12,345" (the same in both locales). */
export const fmt = (n: number) => grouped.format(n);

/** A ten-cell bar: ▓ for done, ░ for the rest. */
export function progressBar(done: number, total: number, cells = 10): string {
  const filled = total > 0 ? Math.min(cells, Math.floor((done / total) * cells)) : cells;
  return "▓".repeat(filled) + "░".repeat(cells - filled);
}

/** Whole percent, never 100 before everyone is handled. */
export function percent(done: number, total: number): number {
  if (total <= 0) return 100;
  const p = Math.floor((done / total) * 100);
  return done < total ? Math.min(p, 99) : 100;
}

/**
 * `▓▓▓▓▓▓░░░░ 60% · 3,000/5,000 · 12 blocked · 1 failed` in the staff member's language, and how
 * many erased their data when any did (they count as handled: a finished broadcast reads 100%).
 */
export function progressLine(i18n: I18n, locale: Locale, counts: Counts, total: number): string {
  const done = processed(counts);
  return i18n.t(locale, "bc-progress-line", {
    bar: progressBar(done, total),
    percent: percent(done, total),
    done: fmt(done),
    total: fmt(total),
    blocked: fmt(counts.blocked),
    failed: fmt(counts.failed),
    erased: counts.erased,
  });
}

/** "3 min 20 s" / "3分20秒". */
export function duration(i18n: I18n, locale: Locale, ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  if (h > 0) return i18n.text(locale, "bc-duration-h", { h, m });
  if (m > 0) return i18n.text(locale, "bc-duration-m", { m, s: sec });
  return i18n.text(locale, "bc-duration-s", { s: sec });
}

/** The progress message while sending, or its last state (done, paused, cancelled). */
export function progressText(
  i18n: I18n,
  locale: Locale,
  r: { label: string; status: string; total: number },
  counts: Counts,
): string {
  const head = i18n.t(locale, `bc-progress-${r.status}`, { label: r.label });
  return `${head}\n${progressLine(i18n, locale, counts, r.total)}`;
}

/** The final report: duration and every count. */
export function finalReport(
  i18n: I18n,
  locale: Locale,
  r: { label: string; status: string; total: number; started_at?: number | undefined },
  counts: Counts,
  finishedAt: number,
): string {
  return i18n.t(locale, r.status === "cancelled" ? "bc-report-cancelled" : "bc-report-done", {
    label: r.label,
    duration: duration(i18n, locale, finishedAt - (r.started_at ?? finishedAt)),
    total: fmt(r.total),
    sent: fmt(counts.sent),
    blocked: fmt(counts.blocked),
    failed: fmt(counts.failed),
    skipped: fmt(counts.skipped),
    erased: counts.erased,
  });
}
