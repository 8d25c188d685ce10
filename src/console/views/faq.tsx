/** The FAQ page: missed questions most asked first (attach, write, dismiss), 👍/👎 per entry, the edit history with revert. */
import type { HtmlEscapedString } from "hono/utils/html";
import type { EntryStats } from "../../faq/feedback.ts";
import type { Miss } from "../../faq/misses.ts";
import type { HistoryItem } from "../../faq/schema.ts";
import { FOLLOWUPS } from "../../faq/validate.ts";
import { LOCALES, type Locale } from "../../i18n.ts";
import type { StaffMember } from "../../staff/roles.ts";
import { formatDateTime } from "../../time/format.ts";
import { CSRF_FIELD } from "../auth/csrf.ts";
import { consolePaths } from "../paths.ts";
import type { Text } from "../text.ts";
import { CheckChoices } from "./check-choices.tsx";
import { Shell } from "./shell.tsx";
import type { Flash } from "./status-note.tsx";
import { StatusNote } from "./status-note.tsx";

interface FaqProps {
  t: Text;
  locale: Locale;
  timeZone: string;
  /** The FAQ's language shown (its misses and entries are per language). */
  faq: Locale;
  staff: StaffMember;
  csrf: string;
  isAdmin: boolean;
  misses: Miss[];
  /** Entries of that language with their label, most shown first, with 👍/👎. */
  entries: (EntryStats & { label: string })[];
  history: HistoryItem[];
  flash: Flash;
}

/** The FAQ page of one FAQ language. */
export function FaqPage(props: FaqProps) {
  const { t, locale, timeZone, faq, staff, csrf, isAdmin, misses, entries, history, flash } = props;
  const hidden = (
    <>
      <input type="hidden" name={CSRF_FIELD} value={csrf} />
      <input type="hidden" name="l" value={faq} />
    </>
  );
  return (
    <Shell current="faq" t={t} locale={locale} staff={staff} csrf={csrf} heading={t("console-faq-title")}>
      <nav class="actions" aria-label={t("console-faq-language")}>
        {LOCALES.map((l) =>
          l === faq ? (
            <strong>{t(`console-faq-lang-${l}`)}</strong>
          ) : (
            <a href={`${consolePaths.faq}?l=${l}`}>{t(`console-faq-lang-${l}`)}</a>
          ),
        )}
      </nav>
      <StatusNote flash={flash} />
      <h2>{t("console-faq-misses")}</h2>
      {misses.length === 0 ? (
        <p>{t("console-faq-misses-empty")}</p>
      ) : (
        <ul class="rows">
          {misses.map((m) => (
            <li class="row miss">
              <span class="row-title" lang={faq}>
                {m.question}
              </span>
              <span class="status">{t("console-faq-asked", { count: m.count })}</span>
              <span class="muted">
                {t(`console-faq-kind-${m.kind}`)}
                {m.waiting > 0 ? ` · ${t("console-faq-waiting", { count: m.waiting })}` : ""}
              </span>
              <div class="miss-actions">
                <form method="post" action={consolePaths.faqAttach} class="inline">
                  {hidden}
                  <input type="hidden" name="question" value={m.question} />
                  <select name="id" aria-label={t("console-faq-attach-to")}>
                    {entries.map((e) => (
                      <option value={e.id} selected={e.id === m.near}>
                        {e.label}
                      </option>
                    ))}
                  </select>
                  <button type="submit">{t("console-faq-attach")}</button>
                </form>
                <a
                  class="button"
                  href={`${consolePaths.faqNew}?l=${faq}&q=${encodeURIComponent(m.question)}`}
                >
                  {t("console-faq-write")}
                </a>
                <form method="post" action={consolePaths.faqDismiss} class="inline">
                  {hidden}
                  <input type="hidden" name="question" value={m.question} />
                  <button type="submit" class="button-cancel">
                    {t("console-faq-dismiss")}
                  </button>
                </form>
              </div>
            </li>
          ))}
        </ul>
      )}
      <p class="actions">
        <a class="button" href={`${consolePaths.faqNew}?l=${faq}`}>
          {t("console-faq-new")}
        </a>
      </p>
      <h2>{t("console-faq-entries")}</h2>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("console-faq-entry")}</th>
              <th scope="col">{t("console-faq-shown")}</th>
              <th scope="col">👍</th>
              <th scope="col">👎</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr>
                <th scope="row" lang={faq}>
                  {e.label} <span class="muted">{e.id}</span>
                </th>
                <td>{e.shown}</td>
                <td>{e.up}</td>
                <td>{e.down}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t("console-faq-history")}</h2>
      {history.length === 0 ? (
        <p>{t("console-faq-history-empty")}</p>
      ) : (
        <ul class="rows">
          {history.map((h) => (
            <li class="row">
              <span class="row-title">
                {h.id} · {t(`console-faq-action-${h.action}`)}
              </span>
              <span class="muted">{formatDateTime(h.at, locale, timeZone)}</span>
              <span lang={faq}>“{h.note}”</span>
              {isAdmin ? (
                <form method="post" action={consolePaths.faqRevert} class="inline">
                  {hidden}
                  <input type="hidden" name="id" value={h.id} />
                  <input type="hidden" name="at" value={String(h.at)} />
                  <button type="submit" class="button-cancel">
                    {t("console-faq-revert")}
                  </button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Shell>
  );
}

/** What she typed into the new-entry form. */
export interface FaqEntryInput {
  l: Locale;
  question: string;
  answer: string;
  source: string;
  followups: (typeof FOLLOWUPS)[number][];
  /** The miss it answers, if it came from one (the people waiting get the answer). */
  fromMiss: boolean;
  nonce: string;
}

interface NewProps {
  t: Text;
  locale: Locale;
  staff: StaffMember;
  csrf: string;
  input: FaqEntryInput;
  problems: Partial<Record<"question" | "answer" | "source" | "form", HtmlEscapedString>>;
}

/** A new entry, as /faqnew and /faqmisses' "write" take it: question, answer, source and year, buttons. */
export function FaqNewPage({ t, locale, staff, csrf, input, problems }: NewProps) {
  const invalid = (name: "question" | "answer" | "source") =>
    problems[name] ? { "aria-invalid": "true", "aria-describedby": `${name}-error` } : {};
  const problem = (name: "question" | "answer" | "source" | "form") =>
    problems[name] ? (
      <p class="field-error" id={`${name}-error`} role="alert">
        {problems[name]}
      </p>
    ) : null;
  return (
    <Shell
      current="faq"
      t={t}
      locale={locale}
      staff={staff}
      csrf={csrf}
      heading={t("console-faq-new-title", { lang: t(`console-faq-lang-${input.l}`) })}
    >
      <p>
        <a href={`${consolePaths.faq}?l=${input.l}`}>{t("console-faq-back")}</a>
      </p>
      {problem("form")}
      <form method="post" action={consolePaths.faqNew} class="compose">
        <input type="hidden" name={CSRF_FIELD} value={csrf} />
        <input type="hidden" name="l" value={input.l} />
        <input type="hidden" name="nonce" value={input.nonce} />
        <input type="hidden" name="from_miss" value={input.fromMiss ? "1" : ""} />
        <label for="question">{t("console-faq-field-question")}</label>
        <input
          id="question"
          name="question"
          maxlength={300}
          value={input.question}
          lang={input.l}
          {...invalid("question")}
        />
        {problem("question")}
        <label for="answer">{t("console-faq-field-answer")}</label>
        <textarea id="answer" name="answer" rows={6} lang={input.l} {...invalid("answer")}>
          {input.answer}
        </textarea>
        <p class="help">{t("console-faq-field-answer-help")}</p>
        {problem("answer")}
        <label for="source">{t("console-faq-field-source")}</label>
        <input id="source" name="source" maxlength={300} value={input.source} {...invalid("source")} />
        <p class="help">{t("console-faq-field-source-help")}</p>
        {problem("source")}
        <fieldset>
          <legend>{t("console-faq-field-followups")}</legend>
          <CheckChoices
            name="followups"
            values={FOLLOWUPS}
            checked={input.followups}
            label={(f) => t(`faq-followup-${f}`)}
          />
        </fieldset>
        <p class="actions">
          <button type="submit" class="primary">
            {t("faq-write-save")}
          </button>
        </p>
      </form>
    </Shell>
  );
}
