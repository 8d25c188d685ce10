/** Staff's mentor roster in chat: /mentors to list, add, edit and (de)activate mentors in their scope. */
import { Composer } from "grammy";
import * as z from "zod";
import { addMentorAs, changeMentor, mentorForStaff, mentorsFor } from "../../src/signup/mentor-actions.ts";
import { mentorForm } from "../../src/signup/mentor-form.ts";
import {
  MENTOR_FIELDS,
  type MentorField,
  nextMentorField,
  parseMentorField,
} from "../../src/signup/mentor-input.ts";
import { mentorAskView, mentorCardView, mentorFieldText, rosterView } from "../../src/signup/mentor-views.ts";
import type { MentorInput } from "../../src/signup/mentors.ts";
import type { StaffMember } from "../../src/staff/roles.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import { pendingInput } from "../shared/pending-input.ts";
import { answerRefusals, stale } from "../shared/stale.ts";
import { langOf, show } from "./render.ts";

type StaffContext = BotContext & { staff: StaffMember };
const composer = new Composer<BotContext>();
const pm = composer.chatType("private");
const staff = pm.filter((ctx): ctx is typeof ctx & StaffContext => ctx.staff !== null);
// A press or an answer the domain refuses (a mentor outside her scope) is stale.
staff.use(answerRefusals);

const MENTOR_ID = "(m\\d{1,9})";

pm.command("mentors", async (ctx, next) => {
  if (!ctx.staff) return void (await ctx.reply(ctx.t("staff-only")));
  return next();
});

async function showRoster(ctx: StaffContext, page: number, edit: boolean) {
  const mentors = await mentorsFor(ctx.deps, ctx.from!.id);
  await show(ctx, rosterView(langOf(ctx), mentors, page), { edit });
}

staff.command("mentors", (ctx) => showRoster(ctx, 0, false));
staff.callbackQuery(/^mt:l:(\d{1,3})$/, async (ctx) => {
  await ctx.answerCallbackQuery();
  await showRoster(ctx, Number(ctx.match[1]), true);
});
staff.callbackQuery(new RegExp(`^mt:o:${MENTOR_ID}$`), async (ctx) => {
  const mentor = await mentorForStaff(ctx.deps, ctx.from.id, ctx.match[1]!);
  if (!mentor) return stale(ctx);
  await ctx.answerCallbackQuery();
  await show(ctx, mentorCardView(langOf(ctx), mentor), { edit: true });
});
staff.callbackQuery(new RegExp(`^mt:act:${MENTOR_ID}$`), async (ctx) => {
  const mentor = await mentorForStaff(ctx.deps, ctx.from.id, ctx.match[1]!);
  const next = mentor && (await changeMentor(ctx.deps, ctx.from.id, mentor.id, { active: !mentor.active }));
  if (!next) return stale(ctx);
  await ctx.answerCallbackQuery({ text: ctx.tText("staff-signup-done") });
  await show(ctx, mentorCardView(langOf(ctx), next), { edit: true });
});
staff.callbackQuery("mt:add", async (ctx) => {
  mentorForm.set(ctx.session, { field: "name", draft: {}, at: ctx.deps.now });
  await ctx.answerCallbackQuery();
  await show(ctx, mentorAskView(langOf(ctx), "name"));
});
staff.callbackQuery(new RegExp(`^mt:e:${MENTOR_ID}:(\\w+)$`), async (ctx) => {
  const mentor = await mentorForStaff(ctx.deps, ctx.from.id, ctx.match[1]!);
  const field = z.enum(MENTOR_FIELDS).safeParse(ctx.match[2]);
  if (!mentor || !field.success) return stale(ctx);
  mentorForm.set(ctx.session, { id: mentor.id, field: field.data, draft: {}, at: ctx.deps.now });
  await ctx.answerCallbackQuery();
  await show(ctx, mentorAskView(langOf(ctx), field.data, mentorFieldText(langOf(ctx), mentor, field.data)));
});

async function saveField(ctx: StaffContext, id: string, change: Partial<MentorInput>) {
  mentorForm.clear(ctx.session);
  const next = await changeMentor(ctx.deps, ctx.from!.id, id, change);
  if (!next) return void (await ctx.reply(ctx.t("callback-stale")));
  await show(ctx, mentorCardView(langOf(ctx), next));
}

// Typed field values while a mentor form is open; a command ends the form (/cancel says so).
staff.on(
  "message:text",
  pendingInput(mentorForm, "mentor-cancelled", async (ctx, { id, field, draft }, text) => {
    const parsed = parseMentorField(ctx.deps.i18n, field, text, ctx.staff.region);
    if (!parsed.ok) {
      await ctx.reply(ctx.t(parsed.error, parsed.args ?? {}), { parse_mode: "HTML" });
      return show(ctx, mentorAskView(langOf(ctx), field));
    }
    if (id) return saveField(ctx, id, parsed.value);
    const filled = { ...draft, ...parsed.value };
    const nextField: MentorField | null = nextMentorField(filled);
    if (nextField) {
      mentorForm.set(ctx.session, { field: nextField, draft: filled, at: ctx.deps.now });
      return show(ctx, mentorAskView(langOf(ctx), nextField));
    }
    mentorForm.clear(ctx.session);
    const mentor = await addMentorAs(ctx.deps, ctx.from.id, filled as MentorInput);
    await ctx.reply(ctx.t("mentor-added", { name: mentor.name }), { parse_mode: "HTML" });
    await show(ctx, mentorCardView(langOf(ctx), mentor));
  }),
);

/** Staff's mentor roster: /mentors to list, add, edit and (de)activate mentors in their scope. */
export const mentors = composer;
