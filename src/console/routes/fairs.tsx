/** The job-fairs pages: list with RSVPs, create, edit and cancel as /newfair does, and the QR poster. */
import type { Context, Hono } from "hono";
import type { Deps } from "../../deps.ts";
import { changeLines, wasValues } from "../../fairs/changes.ts";
import { fairKeys } from "../../fairs/keys.ts";
import {
  cancelFair,
  fairForStaff,
  fairStatsFor,
  previewFairEdit,
  publishFair,
  updateFair,
} from "../../fairs/manage.ts";
import { fairPoster } from "../../fairs/poster.ts";
import { getFair } from "../../fairs/store.ts";
import { announcementMessage, changeMessage, fairCard, isOpen } from "../../fairs/templates.ts";
import { type Fair, fairId } from "../../fairs/types.ts";
import type { PersonId } from "../../people/id.ts";
import { pickerCities, pickerDistricts } from "../../regions/picker.ts";
import { actingStaff } from "../../staff/scope.ts";
import { dateExamples } from "../../time/examples.ts";
import { csrfToken } from "../auth/csrf.ts";
import { type FieldProblem, newNonce } from "../broadcast-form.ts";
import type { ConsoleEnv } from "../env.ts";
import { type FairField, type FairInput, fairDraftOf, fairInputOf, readFairForm } from "../fair-form.ts";
import { requireCsrf, requireSession } from "../guard.ts";
import { consolePaths } from "../paths.ts";
import { refuse } from "../refusal.ts";
import { chatHtml, problemHtml, textIn } from "../text.ts";
import { FairDetailPage, type FairFormProps, FairListPage, FairNewPage } from "../views/fairs.tsx";
import type { Flash } from "../views/status-note.tsx";

type C = Context<ConsoleEnv>;
const DID = ["published", "existing", "saved", "unchanged", "cancelled", "closed", "confirm"] as const;

function acting(c: C): { d: Deps; by: PersonId } {
  const { deps, session } = c.var;
  return { d: deps.domain(deps.now()), by: session.staff.id };
}

/** The fair of the URL if it lies in her scope (whatever its state); else 404, saying nothing more. */
async function fairInScope(d: Deps, by: PersonId, raw: string): Promise<Fair> {
  const id = fairId.safeParse(raw);
  const fair = id.success ? await getFair(d.redis, id.data) : null;
  if (!fair) refuse("not-found");
  actingStaff(d, by, { region: fair.region });
  return fair;
}

/** What the form needs besides her input: token, her districts, the problems in the chat's words. */
async function formProps(
  c: C,
  d: Deps,
  action: string,
  input: FairInput,
  problems: Partial<Record<FairField, FieldProblem>>,
  ready: FairFormProps["ready"],
): Promise<FairFormProps> {
  const { deps, session, locale } = c.var;
  const within = session.staff.region ?? undefined;
  return {
    t: textIn(deps.i18n, locale),
    locale,
    staff: session.staff,
    csrf: await csrfToken(deps.keys.csrf, session.sid),
    action,
    input,
    regions: pickerCities({ within }).map((city) => ({
      city,
      districts: pickerDistricts(city.code, { within }),
    })),
    problems: Object.fromEntries(
      Object.entries(problems).map(([k, p]) => [k, problemHtml(d.i18n, locale, p.key, p.args)]),
    ),
    ready,
    example: dateExamples(d.now, d.config.TIMEZONE).iso,
  };
}

function flashOf(c: C): Flash {
  const did = DID.find((x) => x === c.req.query("did"));
  if (!did) return null;
  const t = textIn(c.var.deps.i18n, c.var.locale);
  const stale = did === "existing" || did === "closed" || did === "unchanged" || did === "confirm";
  return { kind: stale ? "stale" : "ok", text: t(`console-fair-did-${did}`) };
}

/** Adds the job-fair pages under /fairs. */
export function fairRoutes(app: Hono<ConsoleEnv>): void {
  app.get("/fairs", requireSession, async (c) => {
    const { d, by } = acting(c);
    const { fairs } = await fairStatsFor(d, by);
    const t = textIn(c.var.deps.i18n, c.var.locale);
    return c.html(
      <FairListPage
        t={t}
        locale={c.var.locale}
        staff={c.var.session.staff}
        csrf={await csrfToken(c.var.deps.keys.csrf, c.var.session.sid)}
        timeZone={d.config.TIMEZONE}
        fairs={fairs}
        flash={flashOf(c)}
      />,
    );
  });

  app.get("/fairs/new", requireSession, async (c) => {
    const { d } = acting(c);
    const input = { ...readFairForm({ targets: "all" }), nonce: newNonce() };
    return c.html(<FairNewPage {...(await formProps(c, d, consolePaths.fairNew, input, {}, null))} />);
  });

  app.post("/fairs/new", requireSession, requireCsrf, async (c) => {
    const { d, by } = acting(c);
    const { locale } = c.var;
    const body = await c.req.parseBody({ all: true });
    const input = readFairForm(body);
    if (!input.nonce) input.nonce = newNonce();
    const { draft, problems } = fairDraftOf(d, by, input);
    if (!draft)
      return c.html(
        <FairNewPage {...(await formProps(c, d, consolePaths.fairNew, input, problems, null))} />,
        422,
      );
    if (body.step !== "save") {
      const message = announcementMessage(d.i18n, locale, { fair: draft, timeZone: d.config.TIMEZONE });
      const ready = {
        intro: [chatHtml(d.i18n, locale, "fair-preview-title")],
        message: { ...message, buttons: [] },
        button: d.i18n.text(locale, "fair-button-publish"),
      };
      return c.html(<FairNewPage {...(await formProps(c, d, consolePaths.fairNew, input, {}, ready))} />);
    }
    // Once per form: the same form published again (a double submit) publishes nothing.
    const fair = await publishFair(
      d,
      draft,
      { id: by, locale, progress: false },
      `console:${by}:${input.nonce}`,
    );
    if (!fair) return c.redirect(`${consolePaths.fairs}?did=existing`, 303);
    return c.redirect(`${consolePaths.fair(fair.id)}?did=published`, 303);
  });

  app.get("/fairs/:id", requireSession, async (c) => {
    const { d, by } = acting(c);
    const fair = await fairInScope(d, by, c.req.param("id"));
    return detailPage(c, d, fair, null);
  });

  app.post("/fairs/:id/edit", requireSession, requireCsrf, async (c) => {
    const { d, by } = acting(c);
    const { locale } = c.var;
    const fair = await fairInScope(d, by, c.req.param("id"));
    const found = await fairForStaff(d, by, fair.id);
    if (!found.ok) return c.redirect(`${consolePaths.fair(fair.id)}?did=closed`, 303);
    const body = await c.req.parseBody({ all: true });
    const input = readFairForm(body);
    const { draft, problems } = fairDraftOf(d, by, input);
    if (!draft) return detailPage(c, d, fair, { input, problems, ready: null }, 422);
    const tz = d.config.TIMEZONE;
    const { changes, told, notify } = await previewFairEdit(d, by, fair, draft);
    // Nothing changed (or a second press of the same save): nothing is saved, nobody is told.
    if (changes.length === 0) return c.redirect(`${consolePaths.fair(fair.id)}?did=unchanged`, 303);
    if (body.step === "save") {
      await updateFair(d, fair, draft, { id: by, locale, progress: false });
      return c.redirect(`${consolePaths.fair(fair.id)}?did=saved`, 303);
    }
    const intro = [
      chatHtml(d.i18n, locale, "fair-edit-changes"),
      ...changeLines(d.i18n, locale, changes, tz).map((line) =>
        chatHtml(d.i18n, locale, "console-fair-change", { line }),
      ),
      notify > 0
        ? chatHtml(d.i18n, locale, "fair-edit-notify", { count: notify })
        : chatHtml(d.i18n, locale, told.length > 0 ? "fair-edit-nobody" : "fair-edit-silent"),
    ];
    const message =
      notify > 0
        ? {
            ...changeMessage(d.i18n, locale, { fair: draft, timeZone: tz, was: wasValues(told) }),
            buttons: [],
          }
        : { html: fairCard(d.i18n, locale, { fair: draft, timeZone: tz }) };
    const ready = { intro, message, button: d.i18n.text(locale, "fair-button-save") };
    return detailPage(c, d, fair, { input, problems: {}, ready });
  });

  app.post("/fairs/:id/cancel", requireSession, requireCsrf, async (c) => {
    const { d, by } = acting(c);
    const fair = await fairInScope(d, by, c.req.param("id"));
    const body = await c.req.parseBody();
    if (body.confirm !== "yes") return c.redirect(`${consolePaths.fair(fair.id)}?did=confirm`, 303);
    const found = await fairForStaff(d, by, fair.id);
    if (!found.ok) return c.redirect(`${consolePaths.fair(fair.id)}?did=closed`, 303);
    await cancelFair(d, found.fair, { id: by, locale: c.var.locale, progress: false });
    return c.redirect(`${consolePaths.fair(fair.id)}?did=cancelled`, 303);
  });

  app.get("/fairs/:id/poster.png", requireSession, async (c) => {
    const { d, by } = acting(c);
    const fair = await fairInScope(d, by, c.req.param("id"));
    const { png } = await fairPoster(d, fair, c.var.deps.bot.replace(/^@/, ""));
    return c.body(png as Uint8Array<ArrayBuffer>, 200, {
      "content-type": "image/png",
      "content-disposition": `attachment; filename="fair-${fair.id}.png"`,
    });
  });
}

/** One fair's page, with its edit form (as typed, with problems or a preview, when given). */
async function detailPage(
  c: C,
  d: Deps,
  fair: Fair,
  edit: { input: FairInput; problems: Parameters<typeof formProps>[4]; ready: FairFormProps["ready"] } | null,
  status: 200 | 422 = 200,
) {
  const { deps, session, locale } = c.var;
  const open = isOpen(fair, d.now);
  const rsvps = await d.redis.scard(fairKeys.rsvp(fair.id));
  const input = edit?.input ?? fairInputOf(fair, d.config.TIMEZONE);
  const form = open
    ? await formProps(c, d, consolePaths.fairEdit(fair.id), input, edit?.problems ?? {}, edit?.ready ?? null)
    : null;
  return c.html(
    <FairDetailPage
      t={textIn(deps.i18n, locale)}
      locale={locale}
      fair={fair}
      card={fairCard(d.i18n, locale, { fair, timeZone: d.config.TIMEZONE })}
      rsvps={rsvps}
      open={open}
      staff={session.staff}
      csrf={await csrfToken(deps.keys.csrf, session.sid)}
      flash={flashOf(c)}
      form={form}
    />,
    status,
  );
}
