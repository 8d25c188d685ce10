/** The page of a refusal (401, 403, 404), in both languages, saying how to get in from the bot. */
import type { I18n } from "../../i18n.ts";
import type { Refusal } from "../refusal.ts";
import type { Text } from "../text.ts";
import { BilingualPage } from "./bilingual.tsx";

/** How to open the console: from the bot, as a Mini App or with a one-time link. */
function HowToOpen({ t, bot }: { t: Text; bot: string }) {
  return <p>{t("console-refused-howto", { bot })}</p>;
}

function RefusalPart({ reason, t, bot }: { reason: Refusal; t: Text; bot: string }) {
  switch (reason) {
    case "session":
    case "webapp":
    case "link":
      return (
        <>
          <h1>{t("console-refused-heading")}</h1>
          <p>
            {reason === "session"
              ? t("console-refused-session")
              : reason === "webapp"
                ? t("console-refused-webapp")
                : t("console-refused-link")}
          </p>
          <HowToOpen t={t} bot={bot} />
        </>
      );
    case "not-staff":
      return (
        <>
          <h1>{t("console-refused-staff-heading")}</h1>
          <p>{t("console-refused-staff")}</p>
        </>
      );
    case "csrf":
      return (
        <>
          <h1>{t("console-refused-csrf-heading")}</h1>
          <p>{t("console-refused-csrf")}</p>
        </>
      );
    case "not-found":
      return (
        <>
          <h1>{t("console-not-found-heading")}</h1>
          <p>{t("console-not-found")}</p>
        </>
      );
  }
}

/** The whole refusal page; `bot` is how the bot is named on it (its @username). */
export function RefusalPage({ reason, i18n, bot }: { reason: Refusal; i18n: I18n; bot: string }) {
  return (
    <BilingualPage
      i18n={i18n}
      titleKey="console-title"
      part={(t) => <RefusalPart reason={reason} t={t} bot={bot} />}
    />
  );
}
