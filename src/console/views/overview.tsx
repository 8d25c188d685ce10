/** The overview page: subscribers by area and topic, weekly plots, upcoming fairs, applications, broadcasts' reach. */
import type { Locale } from "../../i18n.ts";
import { regionLabel } from "../../regions/index.ts";
import { STATUSES } from "../../signup/constants.ts";
import type { StaffMember } from "../../staff/roles.ts";
import { TOPICS } from "../../subscriptions/topics.ts";
import { formatDateTime, formatDayTime } from "../../time/format.ts";
import type { Session } from "../auth/session.ts";
import type { Overview } from "../overview.ts";
import { consolePaths } from "../paths.ts";
import { WeeklyPlot } from "../plot/weekly.tsx";
import type { Text } from "../text.ts";
import { Shell } from "./shell.tsx";

export interface OverviewProps {
  t: Text;
  locale: Locale;
  session: Session;
  csrf: string;
  timeZone: string;
  data: Overview;
}

const num = (locale: Locale, n: number) => new Intl.NumberFormat(locale).format(n);

/** "12/7" or "7 Dec": a week's label on the x axis, from its Monday. */
function weekLabel(monday: string, locale: Locale): string {
  const [, m, d] = monday.split("-").map(Number) as [number, number, number];
  if (locale === "en") {
    const month = new Intl.DateTimeFormat("en", { month: "short", timeZone: "UTC" }).format(
      Date.UTC(2000, m - 1, 1),
    );
    return `${d} ${month}`;
  }
  return `${m}/${d}`;
}

function Who({
  t,
  locale,
  staff,
  session,
  timeZone,
}: {
  t: Text;
  locale: Locale;
  staff: StaffMember;
  session: Session;
  timeZone: string;
}) {
  return (
    <dl class="who">
      <dt>{t("console-home-signed-in")}</dt>
      {/* A string, so Fluent does not group the digits of an id like a quantity. */}
      <dd>{t("console-home-id", { id: String(staff.id) })}</dd>
      <dt>{t("console-home-until")}</dt>
      <dd>{formatDateTime(session.expiresAt, locale, timeZone)}</dd>
    </dl>
  );
}

/** The overview in the staff member's language and scope. */
export function OverviewPage({ t, locale, session, csrf, timeZone, data }: OverviewProps) {
  const { staff } = session;
  const weeks = data.subscribers.weeks.map((w) => weekLabel(w, locale));
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
  const areas = data.stats.areas.filter((a) => a.total > 0);
  return (
    <Shell
      t={t}
      locale={locale}
      staff={staff}
      csrf={csrf}
      current="overview"
      heading={t("console-nav-overview")}
    >
      <Who t={t} locale={locale} staff={staff} session={session} timeZone={timeZone} />

      <section class="card" aria-labelledby="subs">
        <h2 id="subs">{t("console-ov-subscribers")}</h2>
        <div class="scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("console-ov-area")}</th>
                {TOPICS.map((topic) => (
                  <th scope="col" class="n">
                    {t(`sub-topic-${topic}`)}
                  </th>
                ))}
                <th scope="col" class="n">
                  {t("console-ov-total")}
                </th>
              </tr>
            </thead>
            <tbody>
              {areas.map((a) => (
                <tr>
                  <th scope="row">{regionLabel(a.code, locale)}</th>
                  {TOPICS.map((topic) => (
                    <td class="n">{num(locale, a.topics[topic])}</td>
                  ))}
                  <td class="n">{num(locale, a.total)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t("console-ov-total")}</th>
                {TOPICS.map((topic) => (
                  <td class="n">{num(locale, data.stats.all.topics[topic])}</td>
                ))}
                <td class="n">{num(locale, data.stats.all.total)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
        <WeeklyPlot
          id="plot-subs"
          kind="bar"
          title={t("console-ov-subs-plot")}
          description={t("console-ov-subs-plot-desc", {
            added: sum(data.subscribers.added),
            stopped: sum(data.subscribers.stopped),
            weeks: weeks.length,
          })}
          weeks={weeks}
          series={[
            { label: t("console-ov-new"), values: data.subscribers.added },
            { label: t("console-ov-stopped"), values: data.subscribers.stopped },
          ]}
          xTitle={t("console-ov-week")}
          yTitle={t("console-ov-people")}
        />
      </section>

      <section class="card" aria-labelledby="fairs">
        <h2 id="fairs">{t("console-ov-fairs")}</h2>
        {data.stats.fairs.length === 0 ? (
          <p class="muted">{t("console-ov-fairs-none")}</p>
        ) : (
          <div class="scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("console-ov-fair")}</th>
                  <th scope="col">{t("console-ov-when")}</th>
                  <th scope="col">{t("console-ov-area")}</th>
                  <th scope="col" class="n">
                    {t("console-ov-rsvps")}
                  </th>
                  <th scope="col" class="n">
                    {t("console-ov-told")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.stats.fairs.map(({ fair, rsvps, told }) => (
                  <tr>
                    <td>{fair.title}</td>
                    <td>{formatDayTime(fair.startsAt, locale, timeZone)}</td>
                    <td>{regionLabel(fair.region, locale)}</td>
                    <td class="n">{num(locale, rsvps)}</td>
                    <td class="n">{num(locale, told)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section class="card" aria-labelledby="apps">
        <h2 id="apps">{t("console-ov-applications")}</h2>
        <ul class="tiles">
          {STATUSES.map((status) => (
            <li>
              <a href={`${consolePaths.applications}?status=${status}`}>
                <strong>{num(locale, data.applications[status])}</strong>
                <span>{t(`signup-status-${status}`)}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>

      <section class="card" aria-labelledby="faq">
        <h2 id="faq">{t("console-ov-faq")}</h2>
        <WeeklyPlot
          id="plot-faq"
          kind="line"
          title={t("console-ov-faq-plot")}
          description={t("console-ov-faq-plot-desc", {
            answered: sum(data.faq.answered),
            unsure: sum(data.faq.unsure),
            unanswered: sum(data.faq.unanswered),
            weeks: weeks.length,
          })}
          weeks={weeks}
          series={[
            { label: t("console-ov-answered"), values: data.faq.answered },
            { label: t("console-ov-unsure"), values: data.faq.unsure },
            { label: t("console-ov-unanswered"), values: data.faq.unanswered },
          ]}
          xTitle={t("console-ov-week")}
          yTitle={t("console-ov-questions")}
        />
      </section>

      <section class="card" aria-labelledby="bcs">
        <h2 id="bcs">{t("console-ov-broadcasts")}</h2>
        {data.broadcasts.length === 0 ? (
          <p class="muted">{t("console-ov-broadcasts-none")}</p>
        ) : (
          <div class="scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("console-ov-broadcast")}</th>
                  <th scope="col">{t("console-ov-status")}</th>
                  <th scope="col" class="n">
                    {t("console-ov-recipients")}
                  </th>
                  <th scope="col" class="n">
                    {t("console-ov-reached")}
                  </th>
                  <th scope="col" class="n">
                    {t("console-ov-not-reached")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.broadcasts.map(({ r, counts }) => (
                  <tr>
                    <td>{r.label}</td>
                    <td>{t(`bc-status-${r.status}`)}</td>
                    <td class="n">{num(locale, r.total)}</td>
                    <td class="n">{num(locale, counts.sent)}</td>
                    <td class="n">{num(locale, counts.blocked + counts.failed)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </Shell>
  );
}
