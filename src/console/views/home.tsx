/** The console's home for now: who is signed in, with what scope, until when; and signing out. */
import type { Locale } from "../../i18n.ts";
import { regionLabel } from "../../regions/index.ts";
import { formatDateTime } from "../../time/format.ts";
import { CSRF_FIELD } from "../auth/csrf.ts";
import type { Session } from "../auth/session.ts";
import { consolePaths } from "../paths.ts";
import type { Text } from "../text.ts";
import { Layout } from "./layout.tsx";

export interface HomeProps {
  t: Text;
  locale: Locale;
  session: Session;
  /** The session's CSRF token, for the sign-out form. */
  csrf: string;
  timeZone: string;
}

/** The signed-in home page in the staff member's language. */
export function HomePage({ t, locale, session, csrf, timeZone }: HomeProps) {
  const { staff } = session;
  const scope =
    staff.role === "admin" || staff.region === null
      ? t("console-home-role-admin")
      : t("console-home-role-staff", { region: regionLabel(staff.region, locale) });
  return (
    <Layout lang={locale} title={t("console-title")}>
      <header class="bar">
        <h1>{t("console-home-heading")}</h1>
        <form method="post" action={consolePaths.signOut}>
          <input type="hidden" name={CSRF_FIELD} value={csrf} />
          <button type="submit">{t("console-signout")}</button>
        </form>
      </header>
      <dl class="who">
        <dt>{t("console-home-signed-in")}</dt>
        {/* A string, so Fluent does not group the digits of an id like a quantity. */}
        <dd>{t("console-home-id", { id: String(staff.id) })}</dd>
        <dt>{t("console-home-scope")}</dt>
        <dd>{scope}</dd>
        <dt>{t("console-home-until")}</dt>
        <dd>{formatDateTime(session.expiresAt, locale, timeZone)}</dd>
      </dl>
      <p>{t("console-home-soon")}</p>
    </Layout>
  );
}
