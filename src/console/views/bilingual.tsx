/** A page in both languages (zh-CN first), for visitors whose language the console does not know yet. */
import type { Child } from "hono/jsx";
import { DEFAULT_LOCALE, type I18n, LOCALES, type Locale } from "../../i18n.ts";
import { type Text, textIn } from "../text.ts";
import { Layout } from "./layout.tsx";

interface BilingualProps {
  i18n: I18n;
  /** Key of the page title; the document title joins both languages. */
  titleKey: string;
  script?: string;
  /** One language's part of the page. */
  part: (t: Text, locale: Locale) => Child;
  /** After both parts, once (e.g. a form the page's script fills in). */
  children?: Child;
}

/** Renders `part` once per locale, each in a section marked with its language. */
export function BilingualPage({ i18n, titleKey, script, part, children }: BilingualProps) {
  const title = LOCALES.map((locale) => i18n.text(locale, titleKey)).join(" · ");
  return (
    <Layout lang={DEFAULT_LOCALE} title={title} script={script}>
      {LOCALES.map((locale) => (
        <section lang={locale} class="part">
          {part(textIn(i18n, locale), locale)}
        </section>
      ))}
      {children}
    </Layout>
  );
}
