/** The FAQ's staff tools in chat: /faqmisses, /faqstats, /faqedits, /faqnew, /faqedit. */
import { Composer, InlineKeyboard } from "grammy";
import { MISSES_SHOWN, missAt, shownMisses } from "../../src/faq/miss-list.ts";
import { dismissMiss, missesFor, revertEntryEdit } from "../../src/faq/staff-actions.ts";
import type { FaqLocale } from "../../src/faq/types.ts";
import { NotAllowedError } from "../../src/staff/scope.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import { answerRefusals, stale } from "../shared/stale.ts";
import { attachMissTo, entryChooser } from "./attach.ts";
import { editsView, statsView } from "./reports.ts";
import {
  cancelWriting,
  dropWriting,
  isWriting,
  onWriteCallback,
  onWriteText,
  startWriting,
} from "./write.ts";

const composer = new Composer<BotContext>();
const COMMANDS = ["faqmisses", "faqstats", "faqedits", "faqnew", "faqedit"];

/** "/faqmisses en", "/faqedits zh": the locale named, else the staff member's own. */
function pickLocale(ctx: BotContext, arg: string): FaqLocale {
  const a = arg.trim().toLowerCase();
  if (a.startsWith("en")) return "en";
  if (a.startsWith("zh") || a.startsWith("中")) return "zh-CN";
  return ctx.locale;
}

const other = (l: FaqLocale): FaqLocale => (l === "en" ? "zh-CN" : "en");

async function showMisses(ctx: BotContext, locale: FaqLocale, edit: boolean) {
  const misses = await missesFor(ctx.deps, ctx.from!.id, locale, MISSES_SHOWN);
  shownMisses.set(ctx.session, { l: locale, list: misses.map((m) => m.question) });
  const kb = new InlineKeyboard();
  const lines = [ctx.t("faq-misses-title", { locale: ctx.tText(`faq-locale-${locale}`) })];
  if (misses.length === 0) lines.push(ctx.t("faq-misses-empty"));
  misses.forEach((m, i) => {
    const args = { n: i + 1, question: m.question, count: m.count, near: m.near ?? "—", waiting: m.waiting };
    lines.push(ctx.t(`faq-miss-line-${m.kind}`, args));
    kb.text(`${i + 1} ➕`, `fqm:a:${i}`)
      .text(`${i + 1} ✍️`, `fqm:n:${i}`)
      .text(`${i + 1} 🗑`, `fqm:x:${i}`)
      .row();
  });
  kb.text(
    ctx.tText("faq-misses-other-locale", { locale: ctx.tText(`faq-locale-${other(locale)}`) }),
    `fqm:l:${other(locale)}`,
  );
  const text = [...lines, "", ctx.t("faq-misses-help")].join("\n");
  if (edit) await ctx.editMessageText(text, { parse_mode: "HTML", reply_markup: kb });
  else await ctx.reply(text, { parse_mode: "HTML", reply_markup: kb });
}

const pm = composer.chatType("private");
pm.command(COMMANDS).filter(
  (ctx) => !ctx.staff,
  (ctx) => ctx.reply(ctx.t("staff-only")),
);
pm.callbackQuery(/^fq[mwe]:/).filter(
  (ctx) => !ctx.staff,
  (ctx) => ctx.answerCallbackQuery({ text: ctx.tText("staff-only") }),
);

const staff = pm.filter((ctx) => ctx.staff !== null);
staff.use(answerRefusals);
const needStorage = async (ctx: BotContext) => {
  if (ctx.storageOk) return true;
  await ctx.reply(ctx.t("storage-unavailable"));
  return false;
};

staff.command("faqmisses", async (ctx) => {
  if (await needStorage(ctx)) await showMisses(ctx, pickLocale(ctx, ctx.match), false);
});
staff.command("faqstats", async (ctx) => {
  if (await needStorage(ctx)) await statsView(ctx);
});
staff.command("faqedits", async (ctx) => {
  if (await needStorage(ctx)) await editsView(ctx, pickLocale(ctx, ctx.match));
});
staff.command("faqnew", async (ctx) => {
  if (await needStorage(ctx)) await startWriting(ctx, { mode: "new", l: pickLocale(ctx, ctx.match) });
});
staff.command("faqedit", async (ctx) => {
  const [id = "", lang = ""] = ctx.match.trim().split(/\s+/);
  if (await needStorage(ctx)) await startWriting(ctx, { mode: "edit", l: pickLocale(ctx, lang), id });
});

staff.callbackQuery(/^fqm:l:(zh-CN|en)$/, async (ctx) => {
  await ctx.answerCallbackQuery();
  await showMisses(ctx, ctx.match[1] as FaqLocale, true);
});

staff.callbackQuery(/^fqm:([anx]):(\d{1,2})$/, async (ctx) => {
  const miss = missAt(shownMisses.get(ctx.session), Number(ctx.match[2]));
  if (!miss) return stale(ctx);
  await ctx.answerCallbackQuery();
  const op = ctx.match[1];
  if (op === "a") return entryChooser(ctx, Number(ctx.match[2]), miss, 0);
  if (op === "n") return startWriting(ctx, { mode: "new", l: miss.locale, q: miss.question });
  await dismissMiss(ctx.deps, ctx.from.id, miss.locale, miss.question);
  await ctx.reply(ctx.t("faq-miss-dismissed", { question: miss.question }), { parse_mode: "HTML" });
});

staff.callbackQuery(/^fqm:pg:(\d{1,2}):(\d{1,2})$/, async (ctx) => {
  const miss = missAt(shownMisses.get(ctx.session), Number(ctx.match[1]));
  if (!miss) return stale(ctx);
  await ctx.answerCallbackQuery();
  await entryChooser(ctx, Number(ctx.match[1]), miss, Number(ctx.match[2]), true);
});

staff.callbackQuery(/^fqm:to:(\d{1,2}):([a-z0-9-]{1,32})$/, async (ctx) => {
  const miss = missAt(shownMisses.get(ctx.session), Number(ctx.match[1]));
  if (!miss) return stale(ctx);
  await attachMissTo(ctx, miss, ctx.match[2]!);
});

staff.callbackQuery(/^fqe:rv:([ze]):([a-z0-9-]{1,32}):(\d{1,15})$/, async (ctx) => {
  const locale: FaqLocale = ctx.match[1] === "e" ? "en" : "zh-CN";
  const target = { id: ctx.match[2]!, at: Number(ctx.match[3]) };
  let outcome: Awaited<ReturnType<typeof revertEntryEdit>>;
  try {
    outcome = await revertEntryEdit(ctx.deps, ctx.from.id, locale, target);
  } catch (error) {
    if (!(error instanceof NotAllowedError)) throw error;
    return void (await ctx.answerCallbackQuery({ text: ctx.tText("faq-revert-admins-only") }));
  }
  await ctx.answerCallbackQuery();
  await ctx.reply(ctx.t(`faq-revert-${outcome}`, { id: target.id }), { parse_mode: "HTML" });
});

staff.callbackQuery(/^fqw:/, onWriteCallback);
staff.command("cancel", async (ctx, next) => (isWriting(ctx) ? cancelWriting(ctx) : next()));
staff.on("message:text", async (ctx, next) => {
  const text = ctx.message.text;
  if (text.startsWith("/")) {
    // Another command starts something else (a fair, a broadcast): the entry gives way to it.
    const name = /^\/([a-z_]+)/i.exec(text)?.[1]?.toLowerCase() ?? "";
    if (!COMMANDS.includes(name) && name !== "help") dropWriting(ctx);
    return next();
  }
  if (!(await onWriteText(ctx, text))) return next();
});

/**
 * Staff side of the FAQ: misses, stats, edits and their revert, entries written in chat.
 * Registered before the subscriptions, so an entry's own words (« stop », « 退订… ») are read
 * by the entry being written, not as a stop request.
 */
export const staffTools = composer;
