/** The broadcasts pages: the list with live progress bars, one broadcast's outcome, its controls. */
import { raw } from "hono/html";
import type { FailureReason } from "../../broadcast/failures.ts";
import type { BroadcastSummary } from "../../broadcast/list.ts";
import { fmt, percent } from "../../broadcast/progress.ts";
import { type BroadcastRecord, type Counts, countsByChannel, processed } from "../../broadcast/record.ts";
import { controlsFor } from "../../broadcast/steer.ts";
import type { OutgoingMessage } from "../../channel/types.ts";
import type { Locale } from "../../i18n.ts";
import type { StaffMember } from "../../staff/roles.ts";
import { formatDateTime } from "../../time/format.ts";
import { CSRF_FIELD } from "../auth/csrf.ts";
import { consolePaths } from "../paths.ts";
import type { Text } from "../text.ts";
import { ASSETS } from "./layout.tsx";
import { Shell } from "./shell.tsx";
import { type Flash, StatusNote } from "./status-note.tsx";

/** Statuses whose count is a plan (nobody handled yet), not progress. */
const PLANNED = new Set(["approval", "scheduled", "rejected"]);
/** Statuses a page keeps polling for. */
export const LIVE = new Set(["preparing", "sending"]);

/** What the progress endpoint answers per broadcast (public/console/progress.js reads it). */
export interface ProgressJson {
  id: string;
  status: string;
  statusText: string;
  done: number;
  total: number;
  percent: number;
  text: string;
}

/** One broadcast's progress as the pages and the progress endpoint show it. */
export function progressOf(t: Text, { r, counts }: BroadcastSummary): ProgressJson {
  const done = processed(counts);
  const pct = percent(done, r.total);
  const text = PLANNED.has(r.status)
    ? t("console-bc-planned", { count: fmt(r.counted ?? r.total) })
    : t("console-bc-progress", { percent: pct, done: fmt(done), total: fmt(r.total) });
  return {
    id: r.id,
    status: r.status,
    statusText: t(`bc-status-${r.status}`),
    done,
    total: r.total,
    percent: pct,
    text,
  };
}

/** A progress bar the page's script keeps up to date while the broadcast is live. */
function Progress({ p }: { p: ProgressJson }) {
  return (
    <div
      class="progress"
      data-bc={p.id}
      data-live={LIVE.has(p.status) ? "1" : "0"}
      data-percent={PLANNED.has(p.status) ? "0" : String(p.percent)}
    >
      <progress max={Math.max(p.total, 1)} value={p.total > 0 ? p.done : 1} />
      <span class="progress-text">{p.text}</span>
    </div>
  );
}

const whenOf = (r: BroadcastRecord) => r.started_at ?? r.scheduled_at ?? r.created;

interface ListProps {
  t: Text;
  locale: Locale;
  staff: StaffMember;
  csrf: string;
  timeZone: string;
  items: BroadcastSummary[];
}

/** The list: newest first, each with its status, time and live progress bar. */
export function BroadcastListPage({ t, locale, staff, csrf, timeZone, items }: ListProps) {
  return (
    <Shell
      current="broadcasts"
      t={t}
      locale={locale}
      staff={staff}
      csrf={csrf}
      heading={t("console-bc-title")}
      script={ASSETS.progressScript}
    >
      <p class="actions">
        <a class="button" href={consolePaths.broadcastNew}>
          {t("console-bc-new")}
        </a>
      </p>
      {items.length === 0 ? (
        <p>{t("console-bc-empty")}</p>
      ) : (
        <ul class="rows" data-progress-src={consolePaths.broadcastProgress}>
          {items.map((item) => {
            const p = progressOf(t, item);
            return (
              <li class="row">
                <a class="row-title" href={consolePaths.broadcast(item.r.id)}>
                  {item.r.label}
                </a>
                <span class={`status status-${item.r.status}`} data-status={item.r.id}>
                  {p.statusText}
                </span>
                <span class="muted">{formatDateTime(whenOf(item.r), locale, timeZone)}</span>
                <Progress p={p} />
              </li>
            );
          })}
        </ul>
      )}
    </Shell>
  );
}

interface DetailProps {
  t: Text;
  locale: Locale;
  timeZone: string;
  r: BroadcastRecord;
  counts: Counts;
  failures: FailureReason[];
  /** The content as her language's recipients get it. */
  preview: OutgoingMessage | null;
  staff: StaffMember;
  csrf: string;
  isAdmin: boolean;
  flash: Flash;
}

const OUTCOMES = ["sent", "blocked", "failed", "skipped", "erased"] as const;

/** One broadcast: status, progress, outcome per channel, failure reasons, content, and its controls. */
export function BroadcastDetailPage(props: DetailProps) {
  const { t, locale, timeZone, r, counts, failures, preview, staff, csrf, isAdmin, flash } = props;
  const p = progressOf(t, { r, counts });
  const { telegram, wechat } = countsByChannel(counts, r.total);
  const channels = [
    { name: t("console-bc-channel-telegram"), c: telegram, template: undefined },
    ...(wechat.total > 0
      ? [{ name: t("console-bc-channel-wechat"), c: wechat, template: wechat.template }]
      : []),
  ];
  const actions: string[] = [...controlsFor(r.status)];
  if (r.status === "approval" && isAdmin) actions.push("approve", "reject");
  return (
    <Shell
      current="broadcasts"
      t={t}
      locale={locale}
      staff={staff}
      csrf={csrf}
      heading={t("console-bc-detail-title", { label: r.label })}
      script={ASSETS.progressScript}
    >
      <p>
        <a href={consolePaths.broadcasts}>{t("console-bc-back")}</a>
      </p>
      <StatusNote flash={flash} />
      <dl
        class="facts"
        data-progress-src={`${consolePaths.broadcastProgress}?id=${encodeURIComponent(r.id)}`}
        data-reload-when-done=""
      >
        <dt>{t("console-bc-status")}</dt>
        <dd data-status={r.id}>{p.statusText}</dd>
        <dt>{t("console-bc-when")}</dt>
        <dd>{formatDateTime(whenOf(r), locale, timeZone)}</dd>
        <dt>{t("console-bc-recipients")}</dt>
        <dd>{fmt(PLANNED.has(r.status) ? (r.counted ?? r.total) : r.total)}</dd>
        <dt>{t("console-bc-progress-heading")}</dt>
        <dd>
          <Progress p={p} />
        </dd>
      </dl>
      {actions.length > 0 ? (
        <form method="post" action={consolePaths.broadcastSteer(r.id)} class="actions">
          <input type="hidden" name={CSRF_FIELD} value={csrf} />
          {actions.includes("cancel") ? (
            <label>
              <input type="checkbox" name="confirm" value="yes" /> {t("console-bc-cancel-confirm")}
            </label>
          ) : null}
          {actions.map((action) => (
            <button type="submit" name="action" value={action} class={`button-${action}`}>
              {t(`console-bc-${action}`)}
            </button>
          ))}
        </form>
      ) : null}
      <h2>{t("console-bc-channels")}</h2>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("console-bc-channel")}</th>
              <th scope="col">{t("console-bc-recipients")}</th>
              {OUTCOMES.map((o) => (
                <th scope="col">{t(`console-bc-${o}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {channels.map(({ name, c, template }) => (
              <tr>
                <th scope="row">{name}</th>
                <td>{fmt(c.total)}</td>
                {OUTCOMES.map((o) => (
                  <td>
                    {fmt(c[o])}
                    {o === "sent" && template
                      ? ` (${t("console-bc-template", { count: fmt(template) })})`
                      : ""}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t("console-bc-failures")}</h2>
      {failures.length === 0 ? (
        <p>{t("console-bc-failures-none")}</p>
      ) : (
        <ul class="reasons">
          {failures.map((f) => (
            <li>
              <code>{f.reason}</code> × {fmt(f.count)}
            </li>
          ))}
        </ul>
      )}
      <h2>{t("console-bc-content")}</h2>
      <MessagePreview t={t} message={preview} />
    </Shell>
  );
}

/**
 * A message as recipients get it: its HTML (made by the bot from escaped text, Telegram's subset) and
 * its link buttons; a copied Telegram post is named, with its caption if it has one.
 */
export function MessagePreview({ t, message }: { t: Text; message: OutgoingMessage | null }) {
  if (!message) return <p>{t("console-bc-content-none")}</p>;
  const copied = "copyFrom" in message && message.copyFrom !== undefined;
  return (
    <div class="preview">
      {copied ? <p class="muted">{t("console-bc-content-copy")}</p> : null}
      {message.html ? <div class="preview-text">{raw(message.html)}</div> : null}
      {message.buttons?.length ? (
        <div class="preview-buttons">
          {message.buttons.flat().map((b) => (
            <span class="preview-button">{b.text}</span>
          ))}
        </div>
      ) : null}
    </div>
  );
}
