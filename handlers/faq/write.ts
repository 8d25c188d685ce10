/** An FAQ entry written in chat, one message per step: question, answer, source, follow-up buttons, save. */
import { InlineKeyboard } from "grammy";
import * as z from "zod";
import { answerText } from "../../src/faq/answer-view.ts";
import { loadFaqIndex } from "../../src/faq/library.ts";
import { saveWrittenEntry } from "../../src/faq/staff-actions.ts";
import { answerProblem, parseSource } from "../../src/faq/staff-entry.ts";
import { FOLLOWUPS } from "../../src/faq/validate.ts";
import { entryWriting, entryWritingSchema, type EntryWriting as State } from "../../src/faq/writing.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import { stale } from "../shared/stale.ts";

const CANCEL = /^(?:取消|算了|不要了|cancel|stop|quit)$/i;

const read = (ctx: BotContext): State | null => entryWriting.get(ctx.session);

const cancelButton = (ctx: BotContext) => new InlineKeyboard().text(ctx.tText("faq-write-cancel"), "fqw:x");

function followupKeyboard(ctx: BotContext, chosen: readonly string[]) {
  const kb = new InlineKeyboard();
  for (const f of FOLLOWUPS) {
    kb.text(`${chosen.includes(f) ? "✅ " : ""}${ctx.tText(`faq-followup-${f}`)}`, `fqw:f:${f}`).row();
  }
  return kb.text(ctx.tText("faq-write-save"), "fqw:ok").text(ctx.tText("faq-write-cancel"), "fqw:x");
}

async function prompt(ctx: BotContext, state: State): Promise<void> {
  entryWriting.set(ctx.session, state);
  if (state.step === "followups") {
    await ctx.reply(ctx.t("faq-write-followups"), {
      parse_mode: "HTML",
      reply_markup: followupKeyboard(ctx, state.f),
    });
    return;
  }
  const key = `faq-write-${state.step}${state.mode === "edit" && state.step !== "question" ? "-edit" : ""}`;
  await ctx.reply(ctx.t(key, { question: state.q ?? "", id: state.id ?? "" }), {
    parse_mode: "HTML",
    reply_markup: cancelButton(ctx),
  });
}

/** Starts writing a new entry (from a miss or from scratch) or a new answer for entry `id`. */
export async function startWriting(
  ctx: BotContext,
  start: { mode: "new" | "edit"; l: State["l"]; q?: string; id?: string },
): Promise<void> {
  if (start.mode === "new") {
    const step = start.q ? "answer" : "question";
    return prompt(ctx, entryWritingSchema.parse({ ...start, step, fromMiss: !!start.q }));
  }
  const { index } = await loadFaqIndex(ctx.deps.redis, start.l);
  const entry = start.id ? index.entry(start.id) : undefined;
  if (!entry)
    return void (await ctx.reply(ctx.t("faq-edit-unknown", { id: start.id ?? "" }), { parse_mode: "HTML" }));
  await ctx.reply(ctx.t("faq-edit-current", { id: entry.id }), { parse_mode: "HTML" });
  await ctx.reply(answerText(ctx.deps.i18n, start.l, entry), { parse_mode: "HTML" });
  await prompt(
    ctx,
    entryWritingSchema.parse({ ...start, step: "answer", f: entry.followups, source: entry.source }),
  );
}

/** A staff member's typed text while writing; false when she is not writing (a normal question). */
export async function onWriteText(ctx: BotContext, text: string): Promise<boolean> {
  const state = read(ctx);
  if (!state) return false;
  const t = text.trim();
  if (CANCEL.test(t)) {
    await cancel(ctx);
    return true;
  }
  if (state.step === "question") await prompt(ctx, { ...state, q: t.slice(0, 300), step: "answer" });
  else if (state.step === "answer") {
    const problem = answerProblem(t);
    if (problem)
      await ctx.reply(
        ctx.t(`faq-write-answer-${problem.kind}`, problem.kind === "long" ? { length: problem.length } : {}),
        { reply_markup: cancelButton(ctx) },
      );
    else await prompt(ctx, { ...state, answer: t, step: "source" });
  } else if (state.step === "source") {
    const source = state.mode === "edit" && /^[-—－]$/.test(t) ? state.source : parseSource(t);
    if (!source)
      await ctx.reply(ctx.t("faq-write-source-bad"), { parse_mode: "HTML", reply_markup: cancelButton(ctx) });
    else await prompt(ctx, { ...state, source, step: "followups" });
  } else
    await ctx.reply(ctx.t("faq-write-followups"), {
      parse_mode: "HTML",
      reply_markup: followupKeyboard(ctx, state.f),
    });
  return true;
}

async function cancel(ctx: BotContext): Promise<void> {
  entryWriting.clear(ctx.session);
  await ctx.reply(ctx.t("faq-write-cancelled"));
}

/** Whether an entry is being written in this chat. */
export const isWriting = (ctx: BotContext) => read(ctx) !== null;

/** /cancel while writing: drops the entry, says so. */
export const cancelWriting = cancel;

/** Another form started (/newfair, /signup…): the entry being written gives way to it, silently. */
export function dropWriting(ctx: BotContext): void {
  entryWriting.clear(ctx.session);
}

/** Presses on the writing buttons: toggle a follow-up, save, cancel. */
export async function onWriteCallback(ctx: BotContext): Promise<void> {
  const data = ctx.callbackQuery?.data ?? "";
  const state = read(ctx);
  if (!state) return stale(ctx);
  await ctx.answerCallbackQuery();
  if (data === "fqw:x") return cancel(ctx);
  const toggled = z.enum(FOLLOWUPS).safeParse(data.slice("fqw:f:".length));
  if (data.startsWith("fqw:f:") && toggled.success && state.step === "followups") {
    const f = state.f.includes(toggled.data)
      ? state.f.filter((x) => x !== toggled.data)
      : [...state.f, toggled.data];
    entryWriting.set(ctx.session, { ...state, f: FOLLOWUPS.filter((x) => f.includes(x)) });
    await ctx.editMessageReplyMarkup({ reply_markup: followupKeyboard(ctx, f) }).catch(() => undefined);
    return;
  }
  if (data === "fqw:ok" && state.step === "followups") return save(ctx, state);
}

async function save(ctx: BotContext, state: State): Promise<void> {
  const saved = await saveWrittenEntry(ctx.deps, ctx.from!.id, state);
  if (!saved.ok)
    return void (await ctx.reply(
      ctx.t(saved.reason === "conflict" ? "faq-edit-conflict" : "faq-write-invalid"),
    ));
  entryWriting.clear(ctx.session);
  const done = ctx.t(state.mode === "new" ? "faq-saved-new" : "faq-saved-edit", { id: saved.id });
  await ctx.reply(saved.told > 0 ? `${done}\n${ctx.t("faq-notified", { sent: saved.told })}` : done, {
    parse_mode: "HTML",
  });
}
