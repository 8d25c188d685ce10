/** The job-fairs pages: upcoming fairs with their RSVPs, one fair with its poster, cancel and edit, and the /newfair form. */
import { raw } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import type { OutgoingMessage } from "../../channel/types.ts";
import { type Fair, LIMITS, TARGETS } from "../../fairs/types.ts";
import type { Locale } from "../../i18n.ts";
import { regionLabel } from "../../regions/index.ts";
import type { Region } from "../../regions/types.ts";
import type { StaffMember } from "../../staff/roles.ts";
import { formatDateTime } from "../../time/format.ts";
import { CSRF_FIELD } from "../auth/csrf.ts";
import type { FairField, FairInput } from "../fair-form.ts";
import { consolePaths } from "../paths.ts";
import type { Text } from "../text.ts";
import { MessagePreview } from "./broadcasts.tsx";
import { CheckChoices } from "./check-choices.tsx";
import { Shell } from "./shell.tsx";
import type { Flash } from "./status-note.tsx";
import { StatusNote } from "./status-note.tsx";

interface ListProps {
  t: Text;
  locale: Locale;
  staff: StaffMember;
  csrf: string;
  timeZone: string;
  fairs: { fair: Fair; rsvps: number }[];
  flash: Flash;
}

/** Upcoming fairs in her scope, soonest first, with their RSVP counts. */
export function FairListPage({ t, locale, staff, csrf, timeZone, fairs, flash }: ListProps) {
  return (
    <Shell current="fairs" t={t} locale={locale} staff={staff} csrf={csrf} heading={t("console-fair-title")}>
      <StatusNote flash={flash} />
      <p class="actions">
        <a class="button" href={consolePaths.fairNew}>
          {t("console-fair-new")}
        </a>
      </p>
      {fairs.length === 0 ? (
        <p>{t("console-fair-empty")}</p>
      ) : (
        <ul class="rows">
          {fairs.map(({ fair, rsvps }) => (
            <li class="row">
              <a class="row-title" href={consolePaths.fair(fair.id)}>
                {fair.title}
              </a>
              <span class="status" data-rsvps={fair.id}>
                {t("console-fair-rsvps", { count: rsvps })}
              </span>
              <span class="muted">
                {formatDateTime(fair.startsAt, locale, timeZone)} · {regionLabel(fair.region, locale)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Shell>
  );
}

interface FormProps {
  t: Text;
  locale: Locale;
  staff: StaffMember;
  csrf: string;
  /** Where the form posts: a new fair, or the edit of one. */
  action: string;
  input: FairInput;
  /** Cities of her scope with their districts inside it. */
  regions: { city: Region; districts: Region[] }[];
  problems: Partial<Record<FairField, HtmlEscapedString>>;
  /** After "Preview": what subscribers (or those who signed up) get, the words above it, and the button. */
  ready: { intro: HtmlEscapedString[]; message: OutgoingMessage | null; button: string } | null;
  example: string;
}

/** /newfair's fields on one page, each with the chat's message next to it when it is not right. */
export function FairForm(props: FormProps) {
  const { t, locale, csrf, action, input, regions, problems, ready, example } = props;
  const invalid = (name: FairField) =>
    problems[name] ? { "aria-invalid": "true", "aria-describedby": `${name}-error` } : {};
  const problem = (name: FairField) =>
    problems[name] ? (
      <p class="field-error" id={`${name}-error`} role="alert">
        {problems[name]}
      </p>
    ) : null;
  const field = (
    name: "title" | "venue" | "contact" | "when" | "employers" | "positions" | "link",
    max?: number,
  ) => (
    <>
      <label for={name}>{t(`fair-field-${name}`)}</label>
      <input
        id={name}
        name={name}
        value={input[name]}
        {...(max ? { maxlength: max } : {})}
        {...(name === "when" ? { placeholder: example } : {})}
        {...invalid(name)}
      />
      {problem(name)}
    </>
  );
  return (
    <form method="post" action={action} class="compose">
      <input type="hidden" name={CSRF_FIELD} value={csrf} />
      <input type="hidden" name="nonce" value={input.nonce} />
      {field("title", LIMITS.title)}
      {field("when")}
      <p class="help">{t("console-fair-when-help", { example })}</p>
      {field("venue", LIMITS.venue)}
      <label for="region">{t("fair-field-region")}</label>
      <select id="region" name="region" {...invalid("region")}>
        {regions.map(({ city, districts }) => (
          <optgroup label={regionLabel(city.code, locale)}>
            {districts.map((d) => (
              <option value={d.code} selected={input.region === d.code}>
                {regionLabel(d.code, locale)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {problem("region")}
      {field("employers")}
      {field("positions")}
      <fieldset {...invalid("targets")}>
        <legend>{t("fair-field-targets")}</legend>
        <CheckChoices
          name="targets"
          values={TARGETS}
          checked={input.targets}
          label={(target) => t(`fair-target-${target}`)}
        />
        {problem("targets")}
      </fieldset>
      <label for="description">{t("fair-field-description")}</label>
      <textarea
        id="description"
        name="description"
        rows={5}
        maxlength={LIMITS.description}
        {...invalid("description")}
      >
        {input.description}
      </textarea>
      {problem("description")}
      {field("contact", LIMITS.contact)}
      {field("link", LIMITS.link)}
      <p class="actions">
        <button type="submit" name="step" value="preview">
          {t("console-fair-preview-button")}
        </button>
      </p>
      {ready ? (
        <section class="ready">
          {ready.intro.map((line) => (
            <p>{line}</p>
          ))}
          {ready.message ? <MessagePreview t={t} message={ready.message} /> : null}
          <p class="actions">
            <button type="submit" name="step" value="save" class="primary">
              {ready.button}
            </button>
          </p>
        </section>
      ) : null}
    </form>
  );
}

/** The page of a new fair's form. */
export function FairNewPage(props: FormProps) {
  return (
    <Shell
      current="fairs"
      t={props.t}
      locale={props.locale}
      staff={props.staff}
      csrf={props.csrf}
      heading={props.t("console-fair-new-title")}
    >
      <p>
        <a href={consolePaths.fairs}>{props.t("console-fair-back")}</a>
      </p>
      <FairForm {...props} />
    </Shell>
  );
}

interface DetailProps {
  t: Text;
  locale: Locale;
  fair: Fair;
  /** The fair as subscribers see it (the bot's card, HTML with escaped text). */
  card: string;
  rsvps: number;
  open: boolean;
  staff: StaffMember;
  csrf: string;
  flash: Flash;
  /** The edit form, when the fair is still open. */
  form: FormProps | null;
}

/** One fair: its card, RSVPs, the QR poster, cancel, and its edit form. */
export function FairDetailPage(props: DetailProps) {
  const { t, locale, fair, card, rsvps, open, staff, csrf, flash, form } = props;
  return (
    <Shell
      current="fairs"
      t={t}
      locale={locale}
      staff={staff}
      csrf={csrf}
      heading={t("console-fair-detail-title", { id: fair.id, title: fair.title })}
    >
      <p>
        <a href={consolePaths.fairs}>{t("console-fair-back")}</a>
      </p>
      <StatusNote flash={flash} />
      <dl class="facts">
        <dt>{t("console-fair-status")}</dt>
        <dd>{t(open ? "console-fair-open" : "console-fair-closed")}</dd>
        <dt>{t("console-fair-rsvps-heading")}</dt>
        <dd>{rsvps}</dd>
      </dl>
      <div class="preview">
        <div class="preview-text">{raw(card)}</div>
      </div>
      <p class="actions">
        <a class="button" href={consolePaths.fairPoster(fair.id)} download={`fair-${fair.id}.png`}>
          {t("console-fair-poster")}
        </a>
      </p>
      {open ? (
        <form method="post" action={consolePaths.fairCancel(fair.id)} class="actions">
          <input type="hidden" name={CSRF_FIELD} value={csrf} />
          <label>
            <input type="checkbox" name="confirm" value="yes" required /> {t("console-fair-cancel-confirm")}
          </label>
          <button type="submit" class="button-cancel">
            {t("console-fair-cancel")}
          </button>
        </form>
      ) : null}
      {form ? (
        <>
          <h2>{t("console-fair-edit")}</h2>
          <FairForm {...form} />
        </>
      ) : null}
    </Shell>
  );
}

export type { FormProps as FairFormProps };
