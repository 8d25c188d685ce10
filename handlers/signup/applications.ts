/** Staff's side of mentor sign-up: /signups, application cards and their actions, the closing note, CSV export. */
import { Composer, InputFile } from "grammy";
import * as z from "zod";
import { closingNote, REF_PATTERN } from "../../src/signup/closing-note.ts";
import { STATUSES } from "../../src/signup/constants.ts";
import type { ListFilter } from "../../src/signup/listing.ts";
import {
  applicationForStaff,
  applicationsFor,
  changeApplication,
  exportApplications,
  mentorSuggestions,
  parseNote,
  revealPhone,
} from "../../src/signup/staff-actions.ts";
import { closePromptView, staffCardView, staffListView, suggestView } from "../../src/signup/staff-views.ts";
import type { StaffMember } from "../../src/staff/roles.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import { pendingInput } from "../shared/pending-input.ts";
import { answerRefusals, stale } from "../shared/stale.ts";
import { langOf, show } from "./render.ts";

type StaffContext = BotContext & { staff: StaffMember };
const composer = new Composer<BotContext>();
const pm = composer.chatType("private");
const staff = pm.filter((ctx): ctx is typeof ctx & StaffContext => ctx.staff !== null);
// A press the domain refuses (an admin's export pressed by staff, an application outside her scope) is stale.
staff.use(answerRefusals);

const filterSchema = z.enum(["open", "all", ...STATUSES]);
const REF = REF_PATTERN;

pm.command("signups", async (ctx, next) => {
  if (!ctx.staff) return void (await ctx.reply(ctx.t("staff-only")));
  return next();
});

// Any other press on an application or the list leaves a closing note unasked.
staff.on("callback_query:data", (ctx, next) => {
  const data = ctx.callbackQuery.data;
  if (data.startsWith("ss:") && !data.startsWith("ss:zn:")) closingNote.clear(ctx.session);
  return next();
});

async function showList(ctx: StaffContext, filter: ListFilter, page: number, edit: boolean) {
  const list = await applicationsFor(ctx.deps, ctx.from!.id, filter, page);
  const opts = { admin: ctx.staff.role === "admin", timeZone: ctx.deps.config.TIMEZONE };
  await show(ctx, staffListView(langOf(ctx), list, filter, opts), { edit });
}

async function showCard(ctx: StaffContext, ref: string, edit: boolean) {
  const app = await applicationForStaff(ctx.deps, ctx.from!.id, ref);
  if (!app) return stale(ctx);
  if (ctx.callbackQuery) await ctx.answerCallbackQuery();
  await show(ctx, staffCardView(langOf(ctx), app, ctx.deps.config.TIMEZONE), { edit });
}

staff.command("signups", async (ctx) => {
  const parsed = filterSchema.safeParse(ctx.match.trim().toLowerCase() || "open");
  if (!parsed.success) return void (await ctx.reply(ctx.t("staff-signup-filter-unknown")));
  await showList(ctx, parsed.data, 0, false);
});

staff.callbackQuery(/^ss:l:(\w+):(\d{1,4})$/, async (ctx) => {
  const parsed = filterSchema.safeParse(ctx.match[1]);
  if (!parsed.success) return stale(ctx);
  await ctx.answerCallbackQuery();
  await showList(ctx, parsed.data, Number(ctx.match[2]), true);
});

staff.callbackQuery(new RegExp(`^ss:o:${REF}$`), (ctx) => showCard(ctx, ctx.match[1]!, true));

staff.callbackQuery(new RegExp(`^ss:p:${REF}$`), async (ctx) => {
  const app = await revealPhone(ctx.deps, ctx.from.id, ctx.match[1]!);
  if (!app) return stale(ctx);
  await ctx.answerCallbackQuery();
  await ctx.reply(ctx.t("staff-signup-contact", { ref: app.ref, name: app.name, phone: app.phone }), {
    parse_mode: "HTML",
  });
});

staff.callbackQuery(new RegExp(`^ss:c:${REF}$`), async (ctx) => {
  const next = await changeApplication(ctx.deps, ctx.from.id, ctx.match[1]!, { kind: "contacted" });
  if (!next) return stale(ctx);
  await ctx.answerCallbackQuery({ text: ctx.tText("staff-signup-done") });
  await show(ctx, staffCardView(langOf(ctx), next, ctx.deps.config.TIMEZONE), { edit: true });
});

staff.callbackQuery(new RegExp(`^ss:a:${REF}$`), async (ctx) => {
  const found = await mentorSuggestions(ctx.deps, ctx.from.id, ctx.match[1]!);
  if (!found) return stale(ctx);
  await ctx.answerCallbackQuery();
  await show(ctx, suggestView(langOf(ctx), found.app, found.suggestions), { edit: true });
});

staff.callbackQuery(new RegExp(`^ss:m:${REF}:(m\\d{1,9})$`), async (ctx) => {
  const change = { kind: "matched", mentorId: ctx.match[2]! } as const;
  const next = await changeApplication(ctx.deps, ctx.from.id, ctx.match[1]!, change);
  if (!next) return stale(ctx);
  await ctx.answerCallbackQuery({ text: ctx.tText("staff-signup-done") });
  await show(ctx, staffCardView(langOf(ctx), next, ctx.deps.config.TIMEZONE), { edit: true });
});

staff.callbackQuery(new RegExp(`^ss:z:${REF}$`), async (ctx) => {
  const app = await applicationForStaff(ctx.deps, ctx.from.id, ctx.match[1]!);
  if (!app || app.status === "closed") return stale(ctx);
  closingNote.set(ctx.session, { ref: app.ref, at: ctx.deps.now });
  await ctx.answerCallbackQuery();
  await show(ctx, closePromptView(langOf(ctx), app.ref), { edit: true });
});

async function close(ctx: StaffContext, ref: string, note: string | undefined) {
  closingNote.clear(ctx.session);
  const next = await changeApplication(ctx.deps, ctx.from!.id, ref, { kind: "closed", note });
  if (!next) return ctx.callbackQuery ? stale(ctx) : void (await ctx.reply(ctx.t("callback-stale")));
  if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.tText("staff-signup-done") });
  await show(ctx, staffCardView(langOf(ctx), next, ctx.deps.config.TIMEZONE), { edit: !!ctx.callbackQuery });
}

staff.callbackQuery(new RegExp(`^ss:zn:${REF}$`), (ctx) => close(ctx, ctx.match[1]!, undefined));

// The closing note, typed after "close"; commands (e.g. /cancel) leave it.
staff.on(
  "message:text",
  pendingInput(closingNote, "staff-signup-close-cancelled", async (ctx, pending, text) => {
    const note = parseNote(text);
    if (!note.ok) return void (await ctx.reply(ctx.t(note.error)));
    await close(ctx, pending.ref, note.note);
  }),
);

staff.callbackQuery(["ss:x", "ss:xf"], async (ctx) => {
  const full = ctx.callbackQuery.data === "ss:xf";
  const { csv, rows } = await exportApplications(ctx.deps, ctx.from.id, full);
  await ctx.answerCallbackQuery();
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: ctx.deps.config.TIMEZONE }).format(ctx.deps.now);
  const file = new InputFile(new TextEncoder().encode(csv), `signups-${day}${full ? "-full" : ""}.csv`);
  const caption = ctx.t(full ? "staff-signup-export-caption-full" : "staff-signup-export-caption", {
    count: rows,
  });
  await ctx.replyWithDocument(file, { caption, parse_mode: "HTML" });
});

/** Staff's side of mentor sign-up: /signups, application cards and actions, CSV export. */
export const applications = composer;
