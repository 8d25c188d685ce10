/** The pages of the two ways in (Mini App, one-time link) and of signing out; both languages, no session yet. */
import type { I18n } from "../../i18n.ts";
import { consolePaths } from "../paths.ts";
import { BilingualPage } from "./bilingual.tsx";
import { ASSETS } from "./layout.tsx";

/** The form's id, which public/console/sign-in.js looks for. */
export const WEBAPP_FORM_ID = "webapp-sign-in";

/**
 * The Mini App's page. Telegram opens it with the initData in the URL fragment, which never reaches
 * the server; our own script (no telegram-web-app.js from a CDN) copies it into this form and posts it.
 */
export function WebAppPage({ i18n, bot }: { i18n: I18n; bot: string }) {
  return (
    <BilingualPage
      i18n={i18n}
      titleKey="console-title"
      script={ASSETS.signInScript}
      part={(t) => (
        <>
          <h1>{t("console-signin-webapp")}</h1>
          <p>{t("console-signin-webapp-help", { bot })}</p>
        </>
      )}
    >
      <form id={WEBAPP_FORM_ID} method="post" action={consolePaths.webAppSignIn} hidden>
        <input type="hidden" name="init_data" value="" />
      </form>
    </BilingualPage>
  );
}

/**
 * A sign-in link asks for one press before it is used up: link previews and scanners fetch links
 * without anyone asking, and a browser sends a SameSite=Strict cookie on the next page only when
 * the sign-in itself came from our own page.
 */
export function LinkPage({ i18n, token }: { i18n: I18n; token: string }) {
  return (
    <BilingualPage
      i18n={i18n}
      titleKey="console-title"
      part={(t) => (
        <>
          <h1>{t("console-signin-link-heading")}</h1>
          <p>{t("console-signin-link-body")}</p>
          <form method="post" action={consolePaths.link(token)}>
            <button type="submit">{t("console-signin-link-button")}</button>
          </form>
        </>
      )}
    />
  );
}

/** After signing out: how to come back. */
export function SignedOutPage({ i18n, bot }: { i18n: I18n; bot: string }) {
  return (
    <BilingualPage
      i18n={i18n}
      titleKey="console-title"
      part={(t) => (
        <>
          <h1>{t("console-signed-out-heading")}</h1>
          <p>{t("console-refused-howto", { bot })}</p>
        </>
      )}
    />
  );
}
