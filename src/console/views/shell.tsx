/** The signed-in pages' frame: navigation to all six pages, her scope, sign-out, then the page. */
import type { Child } from "hono/jsx";
import type { Locale } from "../../i18n.ts";
import { regionLabel } from "../../regions/index.ts";
import type { StaffMember } from "../../staff/roles.ts";
import { CSRF_FIELD } from "../auth/csrf.ts";
import { consolePaths } from "../paths.ts";
import type { Text } from "../text.ts";
import { Layout } from "./layout.tsx";

/** The pages, in the navigation's order (fairs, broadcasts and FAQ are routes of their own files). */
export const NAV = ["overview", "applications", "mentors", "fairs", "broadcasts", "faq"] as const;
export type NavKey = (typeof NAV)[number];

const HREF: Record<NavKey, string> = {
  overview: consolePaths.home,
  applications: consolePaths.applications,
  mentors: consolePaths.mentors,
  fairs: consolePaths.fairs,
  broadcasts: consolePaths.broadcasts,
  faq: consolePaths.faq,
};

/** Her scope in words: "Administrator (all regions)" or "Staff: Weifang". */
export function scopeText(t: Text, locale: Locale, staff: StaffMember): string {
  return staff.role === "admin" || staff.region === null
    ? t("console-home-role-admin")
    : t("console-home-role-staff", { region: regionLabel(staff.region, locale) });
}

/** The navigation to all six pages, the current one marked. */
export function NavLinks({ t, current }: { t: Text; current: NavKey }) {
  return (
    <nav class="nav" aria-label={t("console-nav-label")}>
      {NAV.map((key) => (
        <a href={HREF[key]} aria-current={key === current ? "page" : undefined}>
          {t(`console-nav-${key}`)}
        </a>
      ))}
    </nav>
  );
}

export interface ShellProps {
  t: Text;
  locale: Locale;
  staff: StaffMember;
  csrf: string;
  current: NavKey;
  /** The page's heading (and, with the console's name, its title). */
  heading: string;
  /** A same-origin script for the page (live counts, progress). */
  script?: string;
  children?: Child;
}

/**
 * Every signed-in page's one frame: the navigation, her scope and sign-out above the page's own content
 * (so no page leaves her without a way to see whose console this is, or to sign out).
 */
export function Shell({ t, locale, staff, csrf, current, heading, script, children }: ShellProps) {
  return (
    <Layout lang={locale} title={`${heading} · ${t("console-title")}`} script={script}>
      <header class="top">
        <NavLinks t={t} current={current} />
        <div class="bar">
          <span class="muted">{scopeText(t, locale, staff)}</span>
          <form method="post" action={consolePaths.signOut}>
            <input type="hidden" name={CSRF_FIELD} value={csrf} />
            <button type="submit">{t("console-signout")}</button>
          </form>
        </div>
      </header>
      <h1>{heading}</h1>
      {children}
    </Layout>
  );
}
