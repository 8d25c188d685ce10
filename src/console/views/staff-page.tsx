/** The frame of a signed-in page: its title, a way back to the console's home, then the page. */
import type { Child } from "hono/jsx";
import type { Locale } from "../../i18n.ts";
import { consolePaths } from "../paths.ts";
import type { Text } from "../text.ts";
import { Layout } from "./layout.tsx";

interface StaffPageProps {
  t: Text;
  locale: Locale;
  /** The page's heading (and, after the console's name, its document title). */
  heading: string;
  /** A same-origin script for the page (live counts, progress). */
  script?: string;
  children?: Child;
}

/** A signed-in page in the staff member's language. */
export function StaffPage({ t, locale, heading, script, children }: StaffPageProps) {
  return (
    <Layout lang={locale} title={`${heading} · ${t("console-title")}`} script={script}>
      <nav class="crumbs">
        <a href={consolePaths.home}>{t("console-nav-home")}</a>
      </nav>
      <h1>{heading}</h1>
      {children}
    </Layout>
  );
}
