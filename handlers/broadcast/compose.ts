/** /broadcast's first steps: the announcement itself, its link buttons, and the audience screen. */
import { InlineKeyboard } from "grammy";
import type { Message } from "grammy/types";
import { checkText, labelOf, parseButtons } from "../../src/broadcast/compose.ts";
import { broadcastDraft, type Draft, scopeCode } from "../../src/broadcast/draft.ts";
import { entitiesToHtml } from "../../src/broadcast/entities.ts";
import { MAX_HTML } from "../../src/broadcast/types.ts";
import { describeAudience } from "../../src/broadcast/view.ts";
import { getRegion, regionLabel } from "../../src/regions/index.ts";
import type { BotContext } from "../../src/telegram/context.ts";

/** A cancel button for every step of the flow. */
export const quitRow = (ctx: BotContext, kb = new InlineKeyboard()) =>
  kb.text(ctx.tText("bc-button-quit"), "bc:quit");

const MEDIA = ["photo", "document", "video", "animation", "audio"] as const;

/** Step 1: the announcement itself, typed (kept with its formatting) or a media post to copy. */
export async function onMessage(ctx: BotContext, draft: Draft, msg: Message): Promise<void> {
  const media = MEDIA.find((kind) => msg[kind] !== undefined);
  if (media) {
    // The caption as HTML too, for recipients on a channel that cannot copy the post (WeChat).
    const caption = msg.caption ? entitiesToHtml(msg.caption, msg.caption_entities) : "";
    const content = {
      kind: "copy" as const,
      chatId: msg.chat.id,
      messageId: msg.message_id,
      ...(caption && caption.length <= MAX_HTML ? { html: caption } : {}),
    };
    const label = labelOf(msg.caption, ctx.tText(`bc-label-${media}`));
    return askButtons(ctx, { ...draft, content, label });
  }
  if (msg.text === undefined) {
    await ctx.reply(ctx.t("bc-message-unsupported"), { reply_markup: quitRow(ctx) });
    return;
  }
  const problem = checkText(msg.text);
  if (problem) {
    const args = { length: msg.text.trim().length, max: 4096 };
    await ctx.reply(ctx.t(`bc-text-${problem}`, args), { reply_markup: quitRow(ctx) });
    return;
  }
  const html = entitiesToHtml(msg.text, msg.entities);
  if (html.length > MAX_HTML) {
    const args = { length: msg.text.trim().length, max: 4096 };
    await ctx.reply(ctx.t("bc-text-too-long", args), { reply_markup: quitRow(ctx) });
    return;
  }
  await askButtons(ctx, { ...draft, content: { kind: "html", html }, label: labelOf(msg.text, "") });
}

/** Skip and cancel: the keyboard of every message at the link-buttons step. */
export const skipRow = (ctx: BotContext) =>
  quitRow(ctx, new InlineKeyboard().text(ctx.tText("bc-button-skip"), "bc:skip").row());

async function askButtons(ctx: BotContext, draft: Draft): Promise<void> {
  broadcastDraft.set(ctx.session, { ...draft, step: "buttons" });
  await ctx.reply(ctx.t("bc-ask-buttons"), { parse_mode: "HTML", reply_markup: skipRow(ctx) });
}

/** Step 2: up to three link buttons, typed one per line. */
export async function onButtons(ctx: BotContext, draft: Draft, text: string): Promise<void> {
  const parsed = parseButtons(text, draft.links);
  if ("problem" in parsed) {
    const line = "line" in parsed ? parsed.line.slice(0, 80) : "";
    await ctx.reply(ctx.t(`bc-buttons-${parsed.problem}`, { line, max: 3 }), {
      parse_mode: "HTML",
      reply_markup: skipRow(ctx),
    });
    return;
  }
  const next = { ...draft, links: parsed.buttons };
  await ctx.reply(ctx.t("bc-buttons-added", { count: parsed.buttons.length }), { parse_mode: "HTML" });
  await showAudience(ctx, next, false);
}

function audienceText(ctx: BotContext, d: Draft, scope: string, note?: string): string {
  const body = ctx.t("bc-audience", describeAudience(ctx.deps.i18n, ctx.locale, d, scope));
  return note ? `${body}\n\n${note}` : body;
}

function audienceKeyboard(ctx: BotContext, d: Draft, scope: string): InlineKeyboard {
  const mark = (on: boolean, text: string) => (on ? `✅ ${text}` : text);
  const kb = new InlineKeyboard().text(
    mark(d.regions.length === 0, ctx.tText("bc-button-everyone", { scope: regionLabel(scope, ctx.locale) })),
    "bc:all",
  );
  // A county's staff have nothing smaller to choose.
  if (getRegion(scope)?.level !== "county") kb.text(ctx.tText("bc-button-regions"), "bc:rg");
  kb.row();
  ["fairs", "business", "training", "aid"].forEach((t, i) => {
    kb.text(mark(d.topics.includes(t as Draft["topics"][number]), ctx.tText(`sub-topic-${t}`)), `bc:t:${t}`);
    if (i % 2 === 1) kb.row();
  });
  for (const lang of ["all", "zh-CN", "en"] as const) {
    kb.text(mark(d.lang === lang, ctx.tText(`bc-lang-${lang}`)), `bc:l:${lang}`);
  }
  kb.row().text(ctx.tText("bc-button-count"), "bc:count").row();
  return quitRow(ctx, kb);
}

/** Step 3: the audience screen (regions inside the scope, topics, language), edited in place. */
export async function showAudience(ctx: BotContext, d: Draft, edit: boolean, note?: string): Promise<void> {
  const scope = scopeCode(ctx.staff!);
  broadcastDraft.set(ctx.session, { ...d, step: "audience", city: undefined, picked: [] });
  const text = audienceText(ctx, d, scope, note);
  const reply_markup = audienceKeyboard(ctx, d, scope);
  if (edit) await ctx.editMessageText(text, { parse_mode: "HTML", reply_markup }).catch(() => undefined);
  else await ctx.reply(text, { parse_mode: "HTML", reply_markup });
}
