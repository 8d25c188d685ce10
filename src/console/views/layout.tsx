/** The console's page shell: document head with the static stylesheet (and script), nothing inline. */

import { raw } from "hono/html";
import type { Child } from "hono/jsx";

/** Where the static assets live (public/console/, served by Workers static assets). */
export const ASSETS = {
  css: "/console/console.css",
  signInScript: "/console/sign-in.js",
  /** Polls a page's progress bars (broadcasts). */
  progressScript: "/console/progress.js",
  /** The broadcast form's live audience count. */
  composeScript: "/console/compose.js",
} as const;

interface LayoutProps {
  /** The page's main language (bilingual pages mark their English part with lang="en"). */
  lang: string;
  title: string;
  /** A same-origin script to load (the CSP allows no other). */
  script?: string;
  children?: Child;
}

/** A whole HTML document. Styles and scripts come only from our own static files (CSP: 'self'). */
export function Layout({ lang, title, script, children }: LayoutProps) {
  return (
    <>
      {raw("<!doctype html>")}
      <html lang={lang}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="referrer" content="no-referrer" />
          <title>{title}</title>
          <link rel="stylesheet" href={ASSETS.css} />
          {script ? <script src={script} defer /> : null}
        </head>
        <body>
          <main>{children}</main>
        </body>
      </html>
    </>
  );
}
