/** The FAQ page: misses, 👍/👎, history and revert, and writing an entry, through the FAQ's staff actions (src/faq/staff-actions.ts). */
import type { Context, Hono } from "hono";
import type { Deps } from "../../deps.ts";
import { entryLabel } from "../../faq/label.ts";
import {
  attachMiss,
  dismissMiss,
  faqEditsFor,
  faqStatsFor,
  missesFor,
  revertEntryEdit,
  saveWrittenEntry,
} from "../../faq/staff-actions.ts";
import { answerProblem, parseSource } from "../../faq/staff-entry.ts";
import { FOLLOWUPS } from "../../faq/validate.ts";
import { LOCALES, type Locale } from "../../i18n.ts";
import type { PersonId } from "../../people/id.ts";
import { csrfToken } from "../auth/csrf.ts";
import { newNonce } from "../broadcast-form.ts";
import type { ConsoleEnv } from "../env.ts";
import { requireCsrf, requireSession } from "../guard.ts";
import { claimMark, releaseMark } from "../once.ts";
import { consolePaths } from "../paths.ts";
import { refuse } from "../refusal.ts";
import { chatHtml, problemHtml, textIn } from "../text.ts";
import { type FaqEntryInput, FaqNewPage, FaqPage } from "../views/faq.tsx";
import type { Flash } from "../views/status-note.tsx";

type C = Context<ConsoleEnv>;
/** Misses and history items a page shows. */
const MISSES = 30;
const HISTORY = 20;
const DID = [
  "attached",
  "dismissed",
  "saved",
  "reverted",
  "newer",
  "unknown",
  "conflict",
  "existing",
] as const;

function acting(c: C): { d: Deps; by: PersonId } {
  const { deps, session } = c.var;
  return { d: deps.domain(deps.now()), by: session.staff.id };
}

/** The FAQ language asked for, else her own. */
const faqLocale = (c: C, given: unknown): Locale => LOCALES.find((l) => l === given) ?? c.var.locale;

const back = (l: Locale, did: (typeof DID)[number], told = 0) =>
  `${consolePaths.faq}?l=${l}&did=${did}${told > 0 ? `&told=${told}` : ""}`;

/** Adds the FAQ pages under /faq. */
export function faqRoutes(app: Hono<ConsoleEnv>): void {
  app.get("/faq", requireSession, async (c) => {
    const { d, by } = acting(c);
    const { deps, session, locale } = c.var;
    const faq = faqLocale(c, c.req.query("l"));
    const [misses, stats, history] = await Promise.all([
      missesFor(d, by, faq, MISSES),
      faqStatsFor(d, by, faq),
      faqEditsFor(d, by, faq, HISTORY),
    ]);
    const entries = stats.rows.map((row) => {
      const entry = stats.entry(row.id);
      return { ...row, label: entry ? entryLabel(entry) : row.id };
    });
    const t = textIn(deps.i18n, locale);
    const did = DID.find((x) => x === c.req.query("did"));
    const told = Number(c.req.query("told") ?? 0) || 0;
    const flash: Flash = did
      ? {
          kind:
            did === "attached" || did === "dismissed" || did === "saved" || did === "reverted"
              ? "ok"
              : "stale",
          text: [t(`console-faq-did-${did}`), told > 0 ? t("console-faq-told", { count: told }) : ""]
            .filter(Boolean)
            .join(" "),
        }
      : null;
    return c.html(
      <FaqPage
        t={t}
        locale={locale}
        timeZone={deps.timeZone}
        faq={faq}
        staff={session.staff}
        csrf={await csrfToken(deps.keys.csrf, session.sid)}
        isAdmin={session.staff.role === "admin"}
        misses={misses}
        entries={entries}
        history={history}
        flash={flash}
      />,
    );
  });

  app.post("/faq/attach", requireSession, requireCsrf, async (c) => {
    const { d, by } = acting(c);
    const body = await c.req.parseBody();
    const l = faqLocale(c, body.l);
    const question = String(body.question ?? "").slice(0, 300);
    const id = String(body.id ?? "").slice(0, 64);
    if (!question || !id) refuse("not-found");
    const saved = await attachMiss(d, by, { locale: l, question }, id);
    if (!saved.ok) {
      if (saved.reason === "unknown") refuse("not-found");
      return c.redirect(back(l, "conflict"), 303);
    }
    return c.redirect(back(l, "attached", saved.told), 303);
  });

  app.post("/faq/dismiss", requireSession, requireCsrf, async (c) => {
    const { d, by } = acting(c);
    const body = await c.req.parseBody();
    const l = faqLocale(c, body.l);
    const question = String(body.question ?? "").slice(0, 300);
    if (!question) refuse("not-found");
    await dismissMiss(d, by, l, question);
    return c.redirect(back(l, "dismissed"), 303);
  });

  app.post("/faq/revert", requireSession, requireCsrf, async (c) => {
    const { d, by } = acting(c);
    const body = await c.req.parseBody();
    const l = faqLocale(c, body.l);
    const at = Number(body.at);
    const id = String(body.id ?? "").slice(0, 64);
    if (!id || !Number.isFinite(at)) refuse("not-found");
    // Staff: NotAllowedError (admins only), answered 404 like any action outside what she may do.
    const outcome = await revertEntryEdit(d, by, l, { id, at });
    return c.redirect(back(l, outcome), 303);
  });

  app.get("/faq/new", requireSession, async (c) => {
    const q = (c.req.query("q") ?? "").slice(0, 300);
    const input: FaqEntryInput = {
      l: faqLocale(c, c.req.query("l")),
      question: q,
      answer: "",
      source: "",
      followups: [],
      fromMiss: q !== "",
      nonce: newNonce(),
    };
    return newPage(c, input, {}, 200);
  });

  app.post("/faq/new", requireSession, requireCsrf, async (c) => {
    const { d, by } = acting(c);
    const { locale } = c.var;
    const body = await c.req.parseBody({ all: true });
    const one = (name: string) => {
      const v = body[name];
      return typeof v === "string" ? v : Array.isArray(v) && typeof v[0] === "string" ? v[0] : "";
    };
    const picked = ([] as unknown[]).concat(body.followups ?? []);
    const nonce = one("nonce");
    const input: FaqEntryInput = {
      l: faqLocale(c, one("l")),
      question: one("question").trim().slice(0, 300),
      answer: one("answer").slice(0, 4000),
      source: one("source").slice(0, 300),
      followups: FOLLOWUPS.filter((f) => picked.includes(f)),
      fromMiss: one("from_miss") === "1",
      nonce: /^[a-z0-9]{6,12}$/.test(nonce) ? nonce : newNonce(),
    };
    // The chat's rules for each step: a question, an answer of at most 600 characters, a source with its year.
    const problems: Record<string, ReturnType<typeof chatHtml>> = {};
    if (!input.question) problems.question = chatHtml(d.i18n, locale, "console-faq-question-empty");
    const answer = answerProblem(input.answer);
    if (answer)
      problems.answer = problemHtml(
        d.i18n,
        locale,
        `faq-write-answer-${answer.kind}`,
        answer.kind === "long" ? { length: answer.length } : {},
      );
    const source = parseSource(input.source);
    if (!source) problems.source = problemHtml(d.i18n, locale, "faq-write-source-bad");
    if (Object.keys(problems).length > 0 || !source) return newPage(c, input, problems, 422);
    // Once per form: the same form saved again (a double submit) writes nothing more.
    const mark = `${by}:${input.nonce}`;
    if (!(await claimMark(d.redis, mark))) return c.redirect(back(input.l, "existing"), 303);
    const saved = await saveWrittenEntry(d, by, {
      mode: "new",
      l: input.l,
      step: "followups",
      q: input.question,
      fromMiss: input.fromMiss,
      answer: input.answer.trim(),
      source,
      f: input.followups,
    });
    if (!saved.ok) {
      await releaseMark(d.redis, mark);
      const key = saved.reason === "conflict" ? "faq-edit-conflict" : "console-faq-invalid";
      return newPage(c, input, { form: chatHtml(d.i18n, locale, key) }, 422);
    }
    return c.redirect(back(input.l, "saved", saved.told), 303);
  });
}

/** The new-entry page with what she typed and each field's problem. */
async function newPage(
  c: C,
  input: FaqEntryInput,
  problems: Parameters<typeof FaqNewPage>[0]["problems"],
  status: 200 | 422,
) {
  const { deps, session, locale } = c.var;
  return c.html(
    <FaqNewPage
      t={textIn(deps.i18n, locale)}
      locale={locale}
      staff={session.staff}
      csrf={await csrfToken(deps.keys.csrf, session.sid)}
      input={input}
      problems={problems}
    />,
    status,
  );
}
