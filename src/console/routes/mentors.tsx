/** The mentors pages: roster, add, edit, deactivate; the chat's validation (parseMentorField) and scope. */
import type { Context, Hono } from "hono";
import { getRegion } from "../../regions/index.ts";
import { addMentorAs, changeMentor, mentorForStaff, mentorsFor } from "../../signup/mentor-actions.ts";
import { MENTOR_FIELDS, parseMentorField } from "../../signup/mentor-input.ts";
import type { Mentor, MentorInput } from "../../signup/mentors.ts";
import { type Acting, acting } from "../acting.ts";
import type { ConsoleEnv } from "../env.ts";
import { requireCsrf, requireSession } from "../guard.ts";
import { claimOnce } from "../once.ts";
import { consolePaths } from "../paths.ts";
import { refuse } from "../refusal.ts";
import {
  industriesText,
  type MentorErrors,
  MentorPage,
  MentorsPage,
  type MentorValues,
} from "../views/mentors.tsx";

const EMPTY: MentorValues = { name: "", industries: "", region: "", contact: "" };
const NOTICES = {
  added: "console-mentor-added",
  saved: "console-mentor-saved",
  repeat: "console-app-repeat",
} as const;
type Notice = keyof typeof NOTICES;

/** A mentor's fields as the edit form shows them (typed back in, they parse to the same values). */
function valuesOf(a: Acting, mentor: Mentor): MentorValues {
  return {
    name: mentor.name,
    industries: industriesText(a.t, a.locale, mentor),
    region: getRegion(mentor.region)?.name ?? mentor.region,
    contact: mentor.contact,
  };
}

/** Reads the four fields with the chat form's own parser: the values, or each error next to its field. */
function readMentor(a: Acting, form: Record<string, unknown>) {
  const values = { ...EMPTY };
  const errors: MentorErrors = {};
  let input: Partial<MentorInput> = {};
  for (const field of MENTOR_FIELDS) {
    const raw = form[field];
    values[field] = typeof raw === "string" ? raw.slice(0, 400) : "";
    const parsed = parseMentorField(a.deps.i18n, field, values[field], a.staff.region);
    if (parsed.ok) input = { ...input, ...parsed.value };
    else errors[field] = a.t(parsed.error, parsed.args ?? {});
  }
  return { values, errors, input: input as MentorInput, ok: Object.keys(errors).length === 0 };
}

const noticeOf = (c: Context<ConsoleEnv>): Notice | undefined => {
  const n = c.req.query("n");
  return n && Object.hasOwn(NOTICES, n) ? (n as Notice) : undefined;
};

function mentorIdOf(c: Context<ConsoleEnv>): string {
  const id = c.req.param("id") ?? "";
  if (!/^m\d{1,9}$/.test(id)) refuse("not-found");
  return id;
}

async function roster(
  c: Context<ConsoleEnv>,
  a: Acting,
  form: { values: MentorValues; errors: MentorErrors } = { values: EMPTY, errors: {} },
  notice?: Notice,
) {
  const mentors = await mentorsFor(a.deps, a.by);
  const status = Object.keys(form.errors).length ? 400 : 200;
  return c.html(
    <MentorsPage
      t={a.t}
      locale={a.locale}
      staff={a.staff}
      csrf={await a.csrf()}
      mentors={mentors}
      values={form.values}
      errors={form.errors}
      notice={notice ? a.t(NOTICES[notice]) : undefined}
    />,
    status,
  );
}

async function one(
  c: Context<ConsoleEnv>,
  a: Acting,
  mentor: Mentor,
  form?: { values: MentorValues; errors: MentorErrors },
  notice?: Notice,
) {
  return c.html(
    <MentorPage
      t={a.t}
      locale={a.locale}
      staff={a.staff}
      csrf={await a.csrf()}
      mentor={mentor}
      values={form?.values ?? valuesOf(a, mentor)}
      errors={form?.errors ?? {}}
      notice={notice ? a.t(NOTICES[notice]) : undefined}
    />,
    form && Object.keys(form.errors).length ? 400 : 200,
  );
}

/** Adds the mentors pages. */
export function mentorRoutes(app: Hono<ConsoleEnv>): void {
  app.get("/mentors", requireSession, (c) => roster(c, acting(c), undefined, noticeOf(c)));

  app.post("/mentors", requireSession, requireCsrf, async (c) => {
    const a = acting(c);
    const form = await c.req.parseBody();
    const read = readMentor(a, form);
    if (!read.ok) return roster(c, a, read);
    if (!(await claimOnce(c, form))) return c.redirect(`${consolePaths.mentors}?n=repeat`, 303);
    await addMentorAs(a.deps, a.by, read.input);
    return c.redirect(`${consolePaths.mentors}?n=added`, 303);
  });

  app.get("/mentors/:id", requireSession, async (c) => {
    const a = acting(c);
    const mentor = await mentorForStaff(a.deps, a.by, mentorIdOf(c));
    if (!mentor) refuse("not-found");
    return one(c, a, mentor, undefined, noticeOf(c));
  });

  app.post("/mentors/:id", requireSession, requireCsrf, async (c) => {
    const a = acting(c);
    const mentor = await mentorForStaff(a.deps, a.by, mentorIdOf(c));
    if (!mentor) refuse("not-found");
    const form = await c.req.parseBody();
    const read = readMentor(a, form);
    if (!read.ok) return one(c, a, mentor, read);
    const back = consolePaths.mentor(mentor.id);
    if (!(await claimOnce(c, form))) return c.redirect(`${back}?n=repeat`, 303);
    // Only what changed, so the audit entry names the fields she changed.
    const change: Partial<MentorInput> = {};
    if (read.input.name !== mentor.name) change.name = read.input.name;
    if (read.input.industries.join() !== mentor.industries.join()) change.industries = read.input.industries;
    if (read.input.region !== mentor.region) change.region = read.input.region;
    if (read.input.contact !== mentor.contact) change.contact = read.input.contact;
    if (Object.keys(change).length) await changeMentor(a.deps, a.by, mentor.id, change);
    return c.redirect(`${back}?n=saved`, 303);
  });

  // Sets the state the button showed (not a toggle), so a second submit cannot undo the first.
  app.post("/mentors/:id/active", requireSession, requireCsrf, async (c) => {
    const a = acting(c);
    const mentor = await mentorForStaff(a.deps, a.by, mentorIdOf(c));
    if (!mentor) refuse("not-found");
    const form = await c.req.parseBody();
    const back = consolePaths.mentor(mentor.id);
    if (!(await claimOnce(c, form))) return c.redirect(`${back}?n=repeat`, 303);
    const active = form.active === "1";
    if (active !== mentor.active) await changeMentor(a.deps, a.by, mentor.id, { active });
    return c.redirect(`${back}?n=saved`, 303);
  });
}
