/** The applications pages: the filtered table, and one application with the actions of /signups. */
import type { Locale } from "../../i18n.ts";
import { childrenOf, cities, getRegion, regionLabel } from "../../regions/index.ts";
import { INDUSTRIES, OPEN_STATUSES, STATUSES } from "../../signup/constants.ts";
import { answerTexts, type Lang } from "../../signup/lang.ts";
import type { ListFilter } from "../../signup/listing.ts";
import type { Suggestion } from "../../signup/mentor-suggest.ts";
import type { Application } from "../../signup/record.ts";
import type { StaffMember } from "../../staff/roles.ts";
import { formatDateTime } from "../../time/format.ts";
import { ActionButton, Field, FormTokens } from "../forms.tsx";
import { consolePaths } from "../paths.ts";
import type { Text } from "../text.ts";
import { Shell } from "./shell.tsx";
import { StatusNote } from "./status-note.tsx";

export const FILTERS: readonly ListFilter[] = ["open", "all", ...STATUSES];

/** The table's filters as given (strings, so a bad one is shown back as she typed it). */
export interface SearchForm {
  status: ListFilter;
  county: string;
  industry: string;
  from: string;
  to: string;
}

/** The counties a staff member may filter on, grouped by city. */
export function countyGroups(staff: Pick<StaffMember, "role" | "region">) {
  const region = staff.role === "admin" || staff.region === null ? undefined : getRegion(staff.region);
  if (region?.level === "county") return [{ city: region, counties: [region] }];
  const list = region?.level === "city" ? [region] : cities();
  return list.map((city) => ({ city, counties: childrenOf(city.code) }));
}

interface PageBase {
  t: Text;
  lang: Lang;
  locale: Locale;
  staff: StaffMember;
  csrf: string;
  timeZone: string;
}

export interface ListProps extends PageBase {
  form: SearchForm;
  errors: Partial<Record<keyof SearchForm, string>>;
  list: { items: Application[]; page: number; pages: number; total: number };
  /** The query string of the current filters (without the page), for the paging links. */
  query: string;
}

/** The filtered table of applications in her scope, with paging and the CSV export. */
export function ApplicationsPage({
  t,
  lang,
  locale,
  staff,
  csrf,
  timeZone,
  form,
  errors,
  list,
  query,
}: ListProps) {
  const pageHref = (p: number) => `${consolePaths.applications}?${query}${query ? "&" : ""}page=${p + 1}`;
  return (
    <Shell
      t={t}
      locale={locale}
      staff={staff}
      csrf={csrf}
      current="applications"
      heading={t("console-nav-applications")}
    >
      <form method="get" action={consolePaths.applications} class="filters card">
        <Field id="f-status" label={t("console-app-status")}>
          <select id="f-status" name="status">
            {FILTERS.map((f) => (
              <option value={f} selected={f === form.status}>
                {t(`staff-signup-filter-${f}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="f-county" label={t("console-app-county")} error={errors.county}>
          <select id="f-county" name="county">
            <option value="">{t("console-app-any")}</option>
            {countyGroups(staff).map(({ city, counties }) => (
              <optgroup label={regionLabel(city.code, locale)}>
                {counties.map((c) => (
                  <option value={c.code} selected={c.code === form.county}>
                    {regionLabel(c.code, locale)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </Field>
        <Field id="f-industry" label={t("console-app-industry")} error={errors.industry}>
          <select id="f-industry" name="industry">
            <option value="">{t("console-app-any")}</option>
            {INDUSTRIES.map((i) => (
              <option value={i} selected={i === form.industry}>
                {t(`signup-industry-${i}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="f-from" label={t("console-app-from")} error={errors.from}>
          <input
            id="f-from"
            name="from"
            type="date"
            value={form.from}
            aria-invalid={errors.from ? "true" : undefined}
          />
        </Field>
        <Field id="f-to" label={t("console-app-to")} error={errors.to}>
          <input
            id="f-to"
            name="to"
            type="date"
            value={form.to}
            aria-invalid={errors.to ? "true" : undefined}
          />
        </Field>
        <button type="submit">{t("console-app-filter")}</button>
      </form>

      <p>{t("console-app-count", { total: list.total, page: list.page + 1, pages: list.pages })}</p>
      {list.items.length === 0 ? (
        <p class="muted">{t("console-app-none")}</p>
      ) : (
        <div class="scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("console-app-ref")}</th>
                <th scope="col">{t("console-app-name")}</th>
                <th scope="col">{t("console-app-region")}</th>
                <th scope="col">{t("console-app-industry")}</th>
                <th scope="col">{t("console-app-status")}</th>
                <th scope="col">{t("console-app-submitted")}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((app) => {
                const texts = answerTexts(lang, app);
                return (
                  <tr>
                    <td>
                      <a href={consolePaths.application(app.ref)}>{app.ref}</a>
                    </td>
                    <td>{app.name}</td>
                    <td>{texts.region}</td>
                    <td>{texts.industry}</td>
                    <td>{t(`signup-status-${app.status}`)}</td>
                    <td>{formatDateTime(app.created, locale, timeZone)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <nav class="actions" aria-label={t("console-app-pages")}>
        {list.page > 0 ? <a href={pageHref(list.page - 1)}>{t("console-app-prev")}</a> : null}
        {list.page < list.pages - 1 ? <a href={pageHref(list.page + 1)}>{t("console-app-next")}</a> : null}
      </nav>
      <section class="card actions">
        <ActionButton action={consolePaths.applicationsCsv} csrf={csrf} label={t("console-app-export")} />
        {staff.role === "admin" ? (
          <ActionButton
            action={consolePaths.applicationsCsv}
            csrf={csrf}
            label={t("console-app-export-full")}
            hidden={{ full: "1" }}
          />
        ) : null}
      </section>
    </Shell>
  );
}

export interface DetailProps extends PageBase {
  app: Application;
  suggestions: readonly Suggestion[];
  /** The full phone number, after an audited "show". */
  phone?: string | undefined;
  notice?: string | undefined;
  noteError?: string | undefined;
  note?: string | undefined;
}

/** One application: her answers (phone masked until "show"), and the actions its status allows. */
export function ApplicationPage(p: DetailProps) {
  const { t, lang, locale, staff, csrf, timeZone, app } = p;
  const texts = answerTexts(lang, app, { mask: true });
  const base = consolePaths.application(app.ref);
  const open = OPEN_STATUSES.includes(app.status);
  const rows: [string, string][] = [
    [t("console-app-status"), t(`signup-status-${app.status}`)],
    [t("console-app-name"), texts.name],
    [t("console-app-phone"), p.phone ?? texts.phone],
    [t("console-app-region"), texts.region],
    [t("console-app-stage"), texts.stage],
    [t("console-app-industry"), texts.industry],
    [t("console-app-needs"), texts.needs],
    [t("console-app-about"), texts.about],
    [t("console-app-submitted"), formatDateTime(app.created, locale, timeZone)],
  ];
  if (app.mentor_name) rows.push([t("console-app-mentor"), app.mentor_name]);
  if (app.note) rows.push([t("console-app-note"), app.note]);
  if (app.closed_by === "applicant") rows.push([t("console-app-status"), t("console-app-withdrawn")]);
  return (
    <Shell t={t} locale={locale} staff={staff} csrf={csrf} current="applications" heading={app.ref}>
      <p>
        <a href={consolePaths.applications}>{t("console-app-back")}</a>
      </p>
      <StatusNote flash={p.notice ? { kind: "ok", text: p.notice } : null} />
      <dl class="who">
        {rows.map(([label, value]) => (
          <>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </>
        ))}
      </dl>
      <section class="card actions">
        {p.phone ? null : <ActionButton action={`${base}/show`} csrf={csrf} label={t("console-app-show")} />}
        {app.status === "received" ? (
          <ActionButton action={`${base}/contacted`} csrf={csrf} label={t("console-app-contacted")} />
        ) : null}
      </section>
      {open ? (
        <>
          <section class="card" aria-labelledby="assign">
            <h2 id="assign">{t("console-app-assign")}</h2>
            {p.suggestions.length === 0 ? (
              <p class="muted">{t("console-app-no-mentors", { region: texts.region })}</p>
            ) : (
              <ul class="plain">
                {p.suggestions.slice(0, 8).map((s) => (
                  <li class="actions">
                    <ActionButton
                      action={`${base}/assign`}
                      csrf={csrf}
                      label={t("console-app-assign-to", { name: s.mentor.name })}
                      hidden={{ mentor: s.mentor.id }}
                    />
                    <span class="muted">
                      {s.mentor.industries
                        .map((i) => t(`signup-industry-${i}`))
                        .join(locale === "en" ? ", " : "、")}
                      {" · "}
                      {regionLabel(s.mentor.region, locale)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section class="card" aria-labelledby="close">
            <h2 id="close">{t("console-app-close")}</h2>
            <form method="post" action={`${base}/close`}>
              <FormTokens csrf={csrf} />
              <Field id="note" label={t("console-app-close-note")} error={p.noteError}>
                <textarea
                  id="note"
                  name="note"
                  rows={3}
                  maxlength={600}
                  aria-invalid={p.noteError ? "true" : undefined}
                >
                  {p.note ?? ""}
                </textarea>
              </Field>
              <button type="submit">{t("console-app-close")}</button>
            </form>
          </section>
        </>
      ) : null}
    </Shell>
  );
}
