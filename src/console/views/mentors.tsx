/** The mentors pages: the roster in her scope, the add form, one mentor's edit form and (de)activation. */
import type { Locale } from "../../i18n.ts";
import { regionLabel } from "../../regions/index.ts";
import { INDUSTRIES } from "../../signup/constants.ts";
import { MENTOR_FIELDS, type MentorField } from "../../signup/mentor-input.ts";
import type { Mentor } from "../../signup/mentors.ts";
import type { StaffMember } from "../../staff/roles.ts";
import { ActionButton, Field, FormTokens } from "../forms.tsx";
import { consolePaths } from "../paths.ts";
import type { Text } from "../text.ts";
import { Shell } from "./shell.tsx";
import { StatusNote } from "./status-note.tsx";

/** The form's values as typed (shown back with the errors), by field. */
export type MentorValues = Record<MentorField, string>;
export type MentorErrors = Partial<Record<MentorField, string>>;

interface Base {
  t: Text;
  locale: Locale;
  staff: StaffMember;
  csrf: string;
}

/** A mentor's industries in words. */
export function industriesText(t: Text, locale: Locale, mentor: Pick<Mentor, "industries">): string {
  return mentor.industries.map((i) => t(`signup-industry-${i}`)).join(locale === "en" ? ", " : "、");
}

/** The four fields of the add and edit forms, each with its error beside it. */
function MentorFields({ t, values, errors }: { t: Text; values: MentorValues; errors: MentorErrors }) {
  const hint = INDUSTRIES.map((i, n) => `${n + 1} ${t(`signup-industry-${i}`)}`).join(" · ");
  return (
    <>
      {MENTOR_FIELDS.map((field) => (
        <Field id={`m-${field}`} label={t(`mentor-field-${field}`)} error={errors[field]}>
          <input
            id={`m-${field}`}
            name={field}
            value={values[field]}
            maxlength={200}
            aria-invalid={errors[field] ? "true" : undefined}
            aria-describedby={field === "industries" ? "m-industries-hint" : undefined}
          />
          {field === "industries" ? (
            <small id="m-industries-hint" class="muted">
              {hint}
            </small>
          ) : null}
        </Field>
      ))}
    </>
  );
}

export interface RosterProps extends Base {
  mentors: readonly Mentor[];
  values: MentorValues;
  errors: MentorErrors;
  notice?: string | undefined;
}

/** The roster, and the form to add a mentor. */
export function MentorsPage({ t, locale, staff, csrf, mentors, values, errors, notice }: RosterProps) {
  return (
    <Shell
      t={t}
      locale={locale}
      staff={staff}
      csrf={csrf}
      current="mentors"
      heading={t("console-nav-mentors")}
    >
      <StatusNote flash={notice ? { kind: "ok", text: notice } : null} />
      {mentors.length === 0 ? (
        <p class="muted">{t("console-mentor-none")}</p>
      ) : (
        <div class="scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("mentor-field-name")}</th>
                <th scope="col">{t("mentor-field-industries")}</th>
                <th scope="col">{t("mentor-field-region")}</th>
                <th scope="col">{t("mentor-field-contact")}</th>
                <th scope="col">{t("console-app-status")}</th>
              </tr>
            </thead>
            <tbody>
              {mentors.map((m) => (
                <tr>
                  <td>
                    <a href={consolePaths.mentor(m.id)}>{m.name}</a>
                  </td>
                  <td>{industriesText(t, locale, m)}</td>
                  <td>{regionLabel(m.region, locale)}</td>
                  <td>{m.contact}</td>
                  <td>{t(m.active ? "mentor-status-active" : "mentor-status-inactive")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section class="card" aria-labelledby="add">
        <h2 id="add">{t("console-mentor-add")}</h2>
        <form method="post" action={consolePaths.mentors}>
          <FormTokens csrf={csrf} />
          <MentorFields t={t} values={values} errors={errors} />
          <button type="submit">{t("console-mentor-add")}</button>
        </form>
      </section>
    </Shell>
  );
}

export interface MentorProps extends Base {
  mentor: Mentor;
  values: MentorValues;
  errors: MentorErrors;
  notice?: string | undefined;
}

/** One mentor: the edit form, and deactivate or reactivate. */
export function MentorPage({ t, locale, staff, csrf, mentor, values, errors, notice }: MentorProps) {
  const base = consolePaths.mentor(mentor.id);
  return (
    <Shell t={t} locale={locale} staff={staff} csrf={csrf} current="mentors" heading={mentor.name}>
      <p>
        <a href={consolePaths.mentors}>{t("console-mentor-back")}</a>
      </p>
      <StatusNote flash={notice ? { kind: "ok", text: notice } : null} />
      <p>
        {t("console-app-status")}: {t(mentor.active ? "mentor-status-active" : "mentor-status-inactive")}
      </p>
      <section class="card">
        <form method="post" action={base}>
          <FormTokens csrf={csrf} />
          <MentorFields t={t} values={values} errors={errors} />
          <button type="submit">{t("console-mentor-save")}</button>
        </form>
      </section>
      <section class="card actions">
        <ActionButton
          action={`${base}/active`}
          csrf={csrf}
          label={t(mentor.active ? "console-mentor-deactivate" : "console-mentor-reactivate")}
          hidden={{ active: mentor.active ? "0" : "1" }}
        />
      </section>
    </Shell>
  );
}
