/** The broadcasts pages: list, progress JSON, detail, controls and compose, through the chat's own domain functions. */
import type { Context, Hono } from "hono";
import { decideApproval } from "../../broadcast/approval.ts";
import { draftContent, scopeCode } from "../../broadcast/draft.ts";
import { failureReasons } from "../../broadcast/failures.ts";
import { fmt } from "../../broadcast/progress.ts";
import { renderContent } from "../../broadcast/render.ts";
import { needsApproval } from "../../broadcast/settings.ts";
import { countDraftAudience, sendDraft } from "../../broadcast/staff-send.ts";
import { broadcastFor, broadcastsFor, steerBroadcast } from "../../broadcast/steer.ts";
import type { Content } from "../../broadcast/types.ts";
import type { Deps } from "../../deps.ts";
import type { Locale } from "../../i18n.ts";
import type { PersonId } from "../../people/id.ts";
import { childrenOf, getRegion, regionLabel } from "../../regions/index.ts";
import { dateExamples } from "../../time/examples.ts";
import { formatDateTime } from "../../time/format.ts";
import { csrfToken } from "../auth/csrf.ts";
import { audienceDraft, type ComposeInput, draftOf, newNonce, readCompose } from "../broadcast-form.ts";
import type { ConsoleEnv } from "../env.ts";
import { requireCsrf, requireSession } from "../guard.ts";
import { consolePaths } from "../paths.ts";
import { refuse } from "../refusal.ts";
import { chatHtml, problemHtml, textIn } from "../text.ts";
import { ComposePage, type ComposeReady } from "../views/broadcast-compose.tsx";
import { BroadcastDetailPage, BroadcastListPage, progressOf } from "../views/broadcasts.tsx";
import type { Flash } from "../views/status-note.tsx";

/** Broadcasts the list shows (one bounded read of the newest 100, then the counts of these). */
const LIST_SIZE = 20;
const STEER = ["pause", "resume", "cancel", "approve", "reject"] as const;
type Steer = (typeof STEER)[number];
/** What the detail page may be told after a redirect (a control, or the compose form's send). */
const DID = [...STEER, "started", "scheduled", "approval", "existing"] as const;

type C = Context<ConsoleEnv>;

/** The domain's deps at this request's time, and who acts. */
function acting(c: C): { d: Deps; by: PersonId } {
  const { deps, session } = c.var;
  return { d: deps.domain(deps.now()), by: session.staff.id };
}

/** Her content rendered as her language's recipients get it; null if it cannot be (an unknown template). */
async function previewOf(d: Deps, content: Content, locale: Locale) {
  return renderContent(d, content, locale).catch(() => null);
}

/** Adds the broadcasts pages under /broadcasts. */
export function broadcastRoutes(app: Hono<ConsoleEnv>): void {
  app.get("/broadcasts", requireSession, async (c) => {
    const { d, by } = acting(c);
    const items = await broadcastsFor(d, by, LIST_SIZE);
    const t = textIn(c.var.deps.i18n, c.var.locale);
    return c.html(
      <BroadcastListPage
        t={t}
        locale={c.var.locale}
        staff={c.var.session.staff}
        csrf={await csrfToken(c.var.deps.keys.csrf, c.var.session.sid)}
        timeZone={c.var.deps.timeZone}
        items={items}
      />,
    );
  });

  // Polled by public/console/progress.js: the list's broadcasts, or one (`?id=`), as the bars show them.
  app.get("/broadcasts/progress.json", requireSession, async (c) => {
    const { d, by } = acting(c);
    const t = textIn(c.var.deps.i18n, c.var.locale);
    const id = c.req.query("id");
    if (id !== undefined) {
      const one = await broadcastFor(d, by, id.slice(0, 40));
      if (!one) refuse("not-found");
      return c.json([progressOf(t, one)]);
    }
    return c.json((await broadcastsFor(d, by, LIST_SIZE)).map((item) => progressOf(t, item)));
  });

  // The audience picker's live count (public/console/compose.js), inside her scope as the chat counts it.
  app.get("/broadcasts/count.json", requireSession, async (c) => {
    const { d, by } = acting(c);
    const count = await countDraftAudience(d, by, audienceDraft(readCompose(c.req.queries())));
    return c.json({ count, text: fmt(count) });
  });

  app.get("/broadcasts/new", requireSession, async (c) => {
    const input = readCompose({ topics: ["fairs", "business", "training", "aid"], nonce: newNonce() });
    return composePage(c, input, {}, undefined, null, 200);
  });

  app.post("/broadcasts/new", requireSession, requireCsrf, async (c) => {
    const { d, by } = acting(c);
    const { locale } = c.var;
    const body = await c.req.parseBody({ all: true });
    const input = readCompose(body);
    const { draft, problems } = draftOf(input, d.now, d.config.TIMEZONE);
    // Out-of-scope regions are refused (404) here, before anything else is said about the form.
    const count = await countDraftAudience(d, by, draft);
    if (count === 0) problems.audience = { key: "bc-audience-zero" };
    const html = Object.fromEntries(
      Object.entries(problems).map(([field, p]) => [field, problemHtml(d.i18n, locale, p.key, p.args)]),
    );
    if (Object.keys(problems).length > 0) return composePage(c, input, html, fmt(count), null, 422);
    const ready = { ...draft, count };
    if (body.step !== "send") {
      const isAdmin = c.var.session.staff.role === "admin";
      const ask = needsApproval(d.config, count, isAdmin);
      const when =
        draft.at === undefined
          ? d.i18n.text(locale, "bc-when-now")
          : formatDateTime(draft.at, locale, d.config.TIMEZONE);
      const confirm = [chatHtml(d.i18n, locale, "bc-confirm", { count: fmt(count), when })];
      if (ask) {
        const threshold = fmt(d.config.BROADCAST_APPROVAL_THRESHOLD);
        confirm.push(chatHtml(d.i18n, locale, "bc-confirm-approval", { threshold }));
      }
      const content = draftContent(ready);
      const preview = content ? await previewOf(d, content, locale) : null;
      const shown: ComposeReady | null = preview && {
        preview,
        confirm,
        button: d.i18n.text(locale, ask ? "bc-button-ask" : "bc-button-send", { count: fmt(count) }),
      };
      return composePage(c, input, {}, fmt(count), shown, 200);
    }
    // The console knows no names: each admin reads "staff member {id}" in her own language.
    const sent = await sendDraft(d, by, ready, { paid: false, authorName: undefined, locale });
    if (!sent) return composePage(c, input, {}, fmt(count), null, 422);
    const asked = sent.kind === "approval" ? `&asked=${sent.asked}` : "";
    return c.redirect(`${consolePaths.broadcast(sent.id)}?did=${sent.kind}${asked}`, 303);
  });

  app.get("/broadcasts/:id", requireSession, async (c) => {
    const { d, by } = acting(c);
    const { locale, deps, session } = c.var;
    const id = c.req.param("id").slice(0, 40);
    const one = await broadcastFor(d, by, id);
    if (!one) refuse("not-found");
    const t = textIn(deps.i18n, locale);
    const [failures, preview] = await Promise.all([
      one.counts.failed > 0 ? failureReasons(d.redis, id) : [],
      previewOf(d, one.r.content, locale),
    ]);
    return c.html(
      <BroadcastDetailPage
        t={t}
        locale={locale}
        timeZone={deps.timeZone}
        r={one.r}
        counts={one.counts}
        failures={failures}
        preview={preview}
        staff={session.staff}
        csrf={await csrfToken(deps.keys.csrf, session.sid)}
        isAdmin={session.staff.role === "admin"}
        flash={flashOf(c, one.r.counted ?? one.r.total, one.r.scheduled_at)}
      />,
    );
  });

  app.post("/broadcasts/:id/steer", requireSession, requireCsrf, async (c) => {
    const { d, by } = acting(c);
    const id = c.req.param("id").slice(0, 40);
    const body = await c.req.parseBody();
    const action = STEER.find((a) => a === body.action);
    if (!action || !(await broadcastFor(d, by, id))) refuse("not-found");
    // Cancelling cannot be undone: as in the chat, it needs a confirmation (the box ticked).
    if (action === "cancel" && body.confirm !== "yes")
      return c.redirect(`${consolePaths.broadcast(id)}?confirm=1`, 303);
    const result = await steer(d, by, id, action);
    const to = consolePaths.broadcast(id);
    return c.redirect(result ? `${to}?did=${action}` : `${to}?stale=1`, 303);
  });
}

/** A control as the chat's buttons do it: steering for her scope, deciding for admins only (else 404). */
async function steer(d: Deps, by: PersonId, id: string, action: Steer): Promise<boolean> {
  if (action === "approve" || action === "reject") {
    return (await decideApproval(d, by, id, action === "approve", undefined)).ok;
  }
  return (await steerBroadcast(d, by, id, action)).ok;
}

/** The line at the top of the detail page after a control or a send, from its query. */
function flashOf(c: C, count: number, at: number | undefined): Flash {
  const t = textIn(c.var.deps.i18n, c.var.locale);
  if (c.req.query("stale") !== undefined) return { kind: "stale", text: t("console-bc-stale") };
  if (c.req.query("confirm") !== undefined) return { kind: "stale", text: t("console-bc-confirm-first") };
  const did = DID.find((x) => x === c.req.query("did"));
  if (!did) return null;
  const when = at === undefined ? "" : formatDateTime(at, c.var.locale, c.var.deps.timeZone);
  const asked = Number(c.req.query("asked") ?? 0) || 0;
  const key = did === "approval" && asked === 0 ? "console-bc-did-approval-nobody" : `console-bc-did-${did}`;
  return { kind: "ok", text: t(key, { count: fmt(count), when, asked }) };
}

/** The compose page with what she typed, the problems next to their fields, and the count when known. */
async function composePage(
  c: C,
  input: ComposeInput,
  problems: Parameters<typeof ComposePage>[0]["problems"],
  count: string | undefined,
  ready: ComposeReady | null,
  status: 200 | 422,
) {
  const { deps, session, locale } = c.var;
  const scope = scopeCode(session.staff);
  const choices = getRegion(scope)?.level === "county" ? [] : childrenOf(scope);
  const now = deps.now();
  return c.html(
    <ComposePage
      t={textIn(deps.i18n, locale)}
      locale={locale}
      staff={session.staff}
      csrf={await csrfToken(deps.keys.csrf, session.sid)}
      input={input}
      scopeName={regionLabel(scope, locale)}
      choices={choices}
      example={dateExamples(now, deps.timeZone).iso}
      problems={problems}
      count={count}
      ready={ready}
    />,
    status,
  );
}
