/** The applications pages: the filtered table, one application and its actions, the CSV export. */
import type { Context, Hono } from "hono";
import * as z from "zod";
import { INDUSTRIES } from "../../signup/constants.ts";
import { langFor } from "../../signup/lang.ts";
import { REF_PATTERN } from "../../signup/record.ts";
import {
  applicationForStaff,
  changeApplication,
  exportApplications,
  mentorSuggestions,
  parseNote,
  revealPhone,
  type StaffChange,
  searchApplicationsFor,
} from "../../signup/staff-actions.ts";
import { addDays, isRealDate, zonedTime } from "../../time/zoned.ts";
import { type Acting, acting } from "../acting.ts";
import type { ConsoleEnv } from "../env.ts";
import { requireCsrf, requireSession } from "../guard.ts";
import { claimOnce } from "../once.ts";
import { consolePaths } from "../paths.ts";
import { refuse } from "../refusal.ts";
import {
  ApplicationPage,
  ApplicationsPage,
  countyGroups,
  FILTERS,
  type SearchForm,
} from "../views/applications.tsx";

/** Rows per page of the table. */
export const APPLICATIONS_PAGE = 25;

const querySchema = z.object({
  status: z.enum(FILTERS as [string, ...string[]]).catch("open"),
  county: z.string().max(12).catch(""),
  industry: z.string().max(20).catch(""),
  from: z.string().max(20).catch(""),
  to: z.string().max(20).catch(""),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A YYYY-MM-DD date's first instant in the service's time zone (or of the next day), or null when it is no date. */
function dayStart(text: string, timeZone: string, after = 0): number | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isRealDate(y, mo, d)) return null;
  const day = addDays({ year: y, month: mo, day: d }, after);
  return zonedTime(day.year, day.month, day.day, 0, 0, timeZone);
}

/** Reads the filters; each bad one gets its message next to its field and is left out of the search. */
function readSearch(a: Acting, raw: Record<string, string>) {
  const q = querySchema.parse(raw);
  const form: SearchForm = { ...q, status: q.status as SearchForm["status"] };
  const errors: Partial<Record<keyof SearchForm, string>> = {};
  const counties = new Set(countyGroups(a.staff).flatMap((g) => g.counties.map((c) => c.code)));
  if (q.county && !counties.has(q.county)) errors.county = a.t("console-app-county-bad");
  const industry = INDUSTRIES.find((i) => i === q.industry);
  if (q.industry && !industry) errors.industry = a.t("console-app-industry-bad");
  const from = q.from ? dayStart(q.from, a.timeZone) : undefined;
  const to = q.to ? dayStart(q.to, a.timeZone, 1) : undefined;
  if (from === null) errors.from = a.t("console-app-date-bad");
  if (to === null) errors.to = a.t("console-app-date-bad");
  if (typeof from === "number" && typeof to === "number" && to <= from)
    errors.to = a.t("console-app-date-order");
  const search = {
    filter: form.status,
    county: errors.county ? undefined : q.county || undefined,
    industry: errors.industry ? undefined : industry,
    from: from ?? undefined,
    to: typeof to === "number" && !errors.to ? to - 1 : undefined,
    page: q.page - 1,
    pageSize: APPLICATIONS_PAGE,
  };
  const kept = new URLSearchParams();
  for (const key of ["status", "county", "industry", "from", "to"] as const)
    if (form[key]) kept.set(key, form[key]);
  return { form, errors, search, query: kept.toString() };
}

/** An application reference from the URL, or a 404 for anything that cannot be one. */
function refOf(c: Context<ConsoleEnv>): string {
  const ref = c.req.param("ref") ?? "";
  if (!REF_PATTERN.test(ref)) refuse("not-found");
  return ref;
}

/** What the page says after a write: done, or nothing changed (already done, or no longer possible). */
const NOTICES = {
  done: "console-app-done",
  repeat: "console-app-repeat",
  stale: "console-app-stale",
} as const;
type Notice = keyof typeof NOTICES;

async function detail(
  c: Context<ConsoleEnv>,
  a: Acting,
  ref: string,
  extra: { phone?: string; notice?: Notice; noteError?: string; note?: string } = {},
  status: 200 | 400 = 200,
) {
  const found = await mentorSuggestions(a.deps, a.by, ref);
  if (!found) refuse("not-found");
  return c.html(
    <ApplicationPage
      t={a.t}
      lang={langFor(a.deps.i18n, a.locale)}
      locale={a.locale}
      staff={a.staff}
      csrf={await a.csrf()}
      timeZone={a.timeZone}
      app={found.app}
      suggestions={found.suggestions}
      phone={extra.phone}
      notice={extra.notice ? a.t(NOTICES[extra.notice]) : undefined}
      noteError={extra.noteError}
      note={extra.note}
    />,
    status,
  );
}

/** After a write: back to the application, saying what happened (303, so a reload posts nothing). */
const back = (c: Context<ConsoleEnv>, ref: string, notice: Notice) =>
  c.redirect(`${consolePaths.application(ref)}?n=${notice}`, 303);

/** Applies a status change once; a repeated form or a change no longer possible changes nothing. */
async function change(c: Context<ConsoleEnv>, make: (form: Record<string, unknown>) => StaffChange | null) {
  const a = acting(c);
  const ref = refOf(c);
  const form = await c.req.parseBody();
  // Outside her scope or unknown: 404 before anything else, so nothing reveals that it exists.
  if (!(await applicationForStaff(a.deps, a.by, ref))) refuse("not-found");
  const wanted = make(form);
  if (!wanted) return back(c, ref, "stale");
  if (!(await claimOnce(c, form))) return back(c, ref, "repeat");
  const next = await changeApplication(a.deps, a.by, ref, wanted);
  return back(c, ref, next ? "done" : "stale");
}

/** Adds the applications pages. */
export function applicationRoutes(app: Hono<ConsoleEnv>): void {
  app.get("/applications", requireSession, async (c) => {
    const a = acting(c);
    const { form, errors, search, query } = readSearch(a, c.req.query());
    const list = await searchApplicationsFor(a.deps, a.by, search);
    return c.html(
      <ApplicationsPage
        t={a.t}
        lang={langFor(a.deps.i18n, a.locale)}
        locale={a.locale}
        staff={a.staff}
        csrf={await a.csrf()}
        timeZone={a.timeZone}
        form={form}
        errors={errors}
        list={list}
        query={query}
      />,
      Object.keys(errors).length ? 400 : 200,
    );
  });

  // The export as /signups sends it (phones masked; the full one for admins only, audited).
  app.post("/applications.csv", requireSession, requireCsrf, async (c) => {
    const a = acting(c);
    const form = await c.req.parseBody();
    const full = form.full === "1";
    if (!(await claimOnce(c, form))) return c.redirect(consolePaths.applications, 303);
    const { csv } = await exportApplications(a.deps, a.by, full);
    const day = new Intl.DateTimeFormat("en-CA", { timeZone: a.timeZone }).format(a.deps.now);
    c.header("content-type", "text/csv; charset=utf-8");
    c.header("content-disposition", `attachment; filename="signups-${day}${full ? "-full" : ""}.csv"`);
    return c.body(csv);
  });

  app.get("/applications/:ref", requireSession, async (c) => {
    const notice = c.req.query("n");
    const known = notice && Object.hasOwn(NOTICES, notice) ? (notice as Notice) : undefined;
    return detail(c, acting(c), refOf(c), known ? { notice: known } : {});
  });

  // "Show contact": the full number on this response only (never in a URL), the look audited.
  app.post("/applications/:ref/show", requireSession, requireCsrf, async (c) => {
    const a = acting(c);
    const shown = await revealPhone(a.deps, a.by, refOf(c));
    if (!shown) refuse("not-found");
    return detail(c, a, shown.ref, { phone: shown.phone });
  });

  app.post("/applications/:ref/contacted", requireSession, requireCsrf, (c) =>
    change(c, () => ({ kind: "contacted" })),
  );

  app.post("/applications/:ref/assign", requireSession, requireCsrf, (c) =>
    change(c, (form) =>
      typeof form.mentor === "string" && /^m\d{1,9}$/.test(form.mentor)
        ? { kind: "matched", mentorId: form.mentor }
        : null,
    ),
  );

  app.post("/applications/:ref/close", requireSession, requireCsrf, async (c) => {
    const a = acting(c);
    const ref = refOf(c);
    const form = await c.req.parseBody();
    const text = typeof form.note === "string" ? form.note : "";
    // An empty note closes without one, as "close without a note" does in the chat.
    const note = text.trim() ? parseNote(text) : null;
    if (note && !note.ok) return detail(c, a, ref, { noteError: a.t(note.error), note: text }, 400);
    return change(c, () => ({ kind: "closed", note: note?.ok ? note.note : undefined }));
  });
}
