/** A broadcast's progress line, progress message and final report, in the author's language. */
import type { I18n, Locale } from "../i18n.ts";
import { formatDateTime } from "../time/format.ts";
import { type Counts, countsByChannel, processed } from "./record.ts";

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

/**
 * `Telegram 3,000/4,200 · WeChat 800/800 (120 as template messages)` when the audience reaches
 * WeChat too; "" for a Telegram-only broadcast.
 */
export function channelsLine(i18n: I18n, locale: Locale, counts: Counts, total: number): string {
  if (!counts.wechat?.total) return "";
  const { telegram, wechat } = countsByChannel(counts, total);
  const done = (c: { sent: number; blocked: number; failed: number; skipped: number; erased: number }) =>
    c.sent + c.blocked + c.failed + c.skipped + c.erased;
  return i18n.t(locale, "bc-progress-channels", {
    tg_done: fmt(done(telegram)),
    tg_total: fmt(telegram.total),
    wx_done: fmt(done(wechat)),
    wx_total: fmt(wechat.total),
    wx_template: fmt(wechat.template),
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

/**
 * The progress message while sending, or its last state (done, paused, cancelled): the totals, each
 * channel's part when WeChat is in it, and WeChat's wait for its daily limit when it is waiting.
 */
export function progressText(
  i18n: I18n,
  locale: Locale,
  r: { label: string; status: string; total: number; wx_wait_until?: number | undefined },
  counts: Counts,
  o: { now?: number; timeZone?: string } = {},
): string {
  const head = i18n.t(locale, `bc-progress-${r.status}`, { label: r.label });
  const lines = [
    head,
    progressLine(i18n, locale, counts, r.total),
    channelsLine(i18n, locale, counts, r.total),
  ];
  const waiting = r.wx_wait_until !== undefined && o.now !== undefined && r.wx_wait_until > o.now;
  if (waiting && r.status === "sending") {
    const time = formatDateTime(r.wx_wait_until!, locale, o.timeZone ?? "Asia/Shanghai");
    lines.push(i18n.t(locale, "bc-wechat-waiting", { time }));
  }
  return lines.filter(Boolean).join("\n");
}

/** The final report: duration and every count. */
export function finalReport(
  i18n: I18n,
  locale: Locale,
  r: { label: string; status: string; total: number; started_at?: number | undefined },
  counts: Counts,
  finishedAt: number,
): string {
  const totals = i18n.t(locale, r.status === "cancelled" ? "bc-report-cancelled" : "bc-report-done", {
    label: r.label,
    duration: duration(i18n, locale, finishedAt - (r.started_at ?? finishedAt)),
    total: fmt(r.total),
    sent: fmt(counts.sent),
    blocked: fmt(counts.blocked),
    failed: fmt(counts.failed),
    skipped: fmt(counts.skipped),
    erased: counts.erased,
  });
  if (!counts.wechat?.total) return totals;
  const { telegram: tg, wechat: wx } = countsByChannel(counts, r.total);
  const channels = i18n.t(locale, "bc-report-channels", {
    tg_sent: fmt(tg.sent),
    tg_total: fmt(tg.total),
    tg_blocked: fmt(tg.blocked),
    tg_failed: fmt(tg.failed),
    tg_skipped: fmt(tg.skipped),
    wx_sent: fmt(wx.sent),
    wx_total: fmt(wx.total),
    wx_template: fmt(wx.template),
    wx_blocked: fmt(wx.blocked),
    wx_failed: fmt(wx.failed),
    wx_skipped: fmt(wx.skipped),
  });
  return `${totals}\n${channels}`;
}
