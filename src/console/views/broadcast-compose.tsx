/** The compose page: the announcement, its audience with a live count, a time, then the preview and confirm. */
import type { HtmlEscapedString } from "hono/utils/html";
import type { OutgoingMessage } from "../../channel/types.ts";
import type { Locale } from "../../i18n.ts";
import { regionLabel } from "../../regions/index.ts";
import type { Region } from "../../regions/types.ts";
import type { StaffMember } from "../../staff/roles.ts";
import { TOPICS } from "../../subscriptions/topics.ts";
import { CSRF_FIELD } from "../auth/csrf.ts";
import type { ComposeInput, FieldProblems } from "../broadcast-form.ts";
import { consolePaths } from "../paths.ts";
import type { Text } from "../text.ts";
import { MessagePreview } from "./broadcasts.tsx";
import { CheckChoices } from "./check-choices.tsx";
import { ASSETS } from "./layout.tsx";
import { Shell } from "./shell.tsx";

/** What the page shows once the form passed: the count, the preview, the confirm line and button. */
export interface ComposeReady {
  preview: OutgoingMessage;
  /** The chat's confirm line (count, when) and, above the threshold, its approval note. */
  confirm: HtmlEscapedString[];
  /** The send button's words (send, or ask an admin). */
  button: string;
}

interface ComposeProps {
  t: Text;
  locale: Locale;
  staff: StaffMember;
  csrf: string;
  input: ComposeInput;
  /** Her scope's name ("everyone in …") and the regions inside it she may choose. */
  scopeName: string;
  choices: Region[];
  /** A typed-time example, as the chat's prompt gives it. */
  example: string;
  /** Each field's problem, in the chat's words (HTML from the locale files). */
  problems: Partial<Record<keyof FieldProblems, HtmlEscapedString>>;
  /** The audience count now, when known. */
  count: string | undefined;
  ready: ComposeReady | null;
}

/** A field's problem next to it, tied to the field for screen readers. */
function Problem({ id, html }: { id: string; html: HtmlEscapedString | undefined }) {
  return html ? (
    <p class="field-error" id={`${id}-error`} role="alert">
      {html}
    </p>
  ) : null;
}

/** The compose form; after "Count and preview" it also shows the preview and the send button. */
export function ComposePage(props: ComposeProps) {
  const { t, locale, staff, csrf, input, scopeName, choices, example, problems, count, ready } = props;
  const invalid = (name: keyof FieldProblems) =>
    problems[name] ? { "aria-invalid": "true", "aria-describedby": `${name}-error` } : {};
  return (
    <Shell
      current="broadcasts"
      t={t}
      locale={locale}
      staff={staff}
      csrf={csrf}
      heading={t("console-bc-compose-title")}
      script={ASSETS.composeScript}
    >
      <p>
        <a href={consolePaths.broadcasts}>{t("console-bc-back")}</a>
      </p>
      <form
        method="post"
        action={consolePaths.broadcastNew}
        class="compose"
        data-count-src={consolePaths.broadcastCount}
      >
        <input type="hidden" name={CSRF_FIELD} value={csrf} />
        <input type="hidden" name="nonce" value={input.nonce} />
        <label for="text">{t("console-bc-field-text")}</label>
        <textarea id="text" name="text" rows={6} maxlength={4096} required {...invalid("text")}>
          {input.text}
        </textarea>
        <Problem id="text" html={problems.text} />
        <label for="links">{t("console-bc-field-links")}</label>
        <textarea id="links" name="links" rows={3} {...invalid("links")}>
          {input.links}
        </textarea>
        <p class="help">{t("console-bc-field-links-help")}</p>
        <Problem id="links" html={problems.links} />
        <label for="label">{t("console-bc-field-label")}</label>
        <input id="label" name="label" maxlength={120} value={input.label} />
        {choices.length > 0 ? (
          <fieldset>
            <legend>{t("console-bc-field-regions")}</legend>
            <p class="help">{t("console-bc-field-regions-help", { scope: scopeName })}</p>
            <div class="choices">
              {choices.map((r) => (
                <label>
                  <input
                    type="checkbox"
                    name="regions"
                    value={r.code}
                    checked={input.regions.includes(r.code)}
                  />{" "}
                  {regionLabel(r.code, locale)}
                </label>
              ))}
            </div>
          </fieldset>
        ) : (
          <p class="help">{t("console-bc-scope-only", { scope: scopeName })}</p>
        )}
        <fieldset {...invalid("topics")}>
          <legend>{t("console-bc-field-topics")}</legend>
          <CheckChoices
            name="topics"
            values={TOPICS}
            checked={input.topics}
            label={(topic) => t(`sub-topic-${topic}`)}
          />
          <Problem id="topics" html={problems.topics} />
        </fieldset>
        <fieldset>
          <legend>{t("console-bc-field-lang")}</legend>
          <div class="choices">
            {(["all", "zh-CN", "en"] as const).map((lang) => (
              <label>
                <input type="radio" name="lang" value={lang} checked={input.lang === lang} />{" "}
                {t(`bc-lang-${lang}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <p class="count" aria-live="polite">
          {t("console-bc-count-label")} <output id="bc-count">{count ?? "…"}</output>
        </p>
        <Problem id="audience" html={problems.audience} />
        <fieldset {...invalid("at")}>
          <legend>{t("console-bc-field-when")}</legend>
          <label>
            <input type="radio" name="when" value="now" checked={input.when === "now"} />{" "}
            {t("console-bc-when-now")}
          </label>
          <label>
            <input type="radio" name="when" value="later" checked={input.when === "later"} />{" "}
            {t("console-bc-when-later")}
          </label>
          <input
            id="at"
            name="at"
            value={input.at}
            placeholder={example}
            aria-label={t("console-bc-field-at")}
            {...invalid("at")}
          />
          <p class="help">{t("console-bc-field-at-help", { example })}</p>
          <Problem id="at" html={problems.at} />
        </fieldset>
        <p class="actions">
          <button type="submit" name="step" value="preview">
            {t("console-bc-preview-button")}
          </button>
        </p>
        {ready ? (
          <section class="ready" aria-labelledby="preview-heading">
            <h2 id="preview-heading">{t("console-bc-preview-heading")}</h2>
            <MessagePreview t={t} message={ready.preview} />
            {ready.confirm.map((line) => (
              <p>{line}</p>
            ))}
            <p class="actions">
              <button type="submit" name="step" value="send" class="primary">
                {ready.button}
              </button>
            </p>
          </section>
        ) : null}
      </form>
    </Shell>
  );
}
