/** The frame of a signed-in work page (job fairs, broadcasts, FAQ): the console's navigation, its title, then the page. */
import type { Child } from "hono/jsx";
import type { Locale } from "../../i18n.ts";
import type { Text } from "../text.ts";
import { Layout } from "./layout.tsx";
import { type NavKey, NavLinks } from "./shell.tsx";

interface StaffPageProps {
  t: Text;
  locale: Locale;
  /** Which page of the navigation this is. */
  current: NavKey;
  /** The page's heading (and, after the console's name, its document title). */
  heading: string;
  /** A same-origin script for the page (live counts, progress). */
  script?: string;
  children?: Child;
}

/** A signed-in page in the staff member's language. */
export function StaffPage({ t, locale, current, heading, script, children }: StaffPageProps) {
  return (
    <Layout lang={locale} title={`${heading} · ${t("console-title")}`} script={script}>
      <header class="top">
        <NavLinks t={t} current={current} />
      </header>
      <h1>{heading}</h1>
      {children}
    </Layout>
  );
}
