/** Staff broadcasts in chat: /broadcast (compose, preview, schedule, confirm, approval) and /broadcasts. */
import { Composer } from "grammy";
import { broadcastDraft, type Draft, newDraft } from "../../src/broadcast/draft.ts";
import { TOPICS } from "../../src/subscriptions/topics.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import type { TelegramFeature } from "../../src/telegram/feature.ts";
import { pickerPattern } from "../shared/region-picker.ts";
import { answerRefusals, stale } from "../shared/stale.ts";
import { decide } from "./approval.ts";
import { onButtons, onMessage, quitRow, showAudience, skipRow } from "./compose.ts";
import { setPaid, showList, steer } from "./manage.ts";
import { onPick, openPicker, PICKER } from "./regions.ts";
import { askTime, confirm, countAndPreview, onTime, showConfirm } from "./send.ts";

const composer = new Composer<BotContext>();
const pm = composer.chatType("private");

// Not staff: the commands say so; any broadcast button (forged or forwarded) changes nothing.
pm.command(["broadcast", "broadcasts"]).filter(
  (ctx) => ctx.staff === null,
  (ctx) => ctx.reply(ctx.t("staff-only")),
);
pm.callbackQuery(/^bcr?:/).filter((ctx) => ctx.staff === null, stale);

const staff = pm.filter((ctx) => ctx.staff !== null);
// A press the domain refuses (an admin's button pressed by staff, a broadcast outside her scope) is stale.
staff.use(answerRefusals);

staff.command("broadcast", async (ctx) => {
  if (!ctx.storageOk) return void (await ctx.reply(ctx.t("storage-unavailable")));
  broadcastDraft.set(ctx.session, newDraft());
  await ctx.reply(ctx.t("bc-ask-message"), { parse_mode: "HTML", reply_markup: quitRow(ctx) });
});
staff.command("broadcasts", (ctx) => showList(ctx, false));

async function quit(ctx: BotContext): Promise<void> {
  broadcastDraft.set(ctx.session, undefined);
  await ctx.reply(ctx.t("bc-quit"));
}
staff.command("cancel", (ctx, next) => (broadcastDraft.get(ctx.session) ? quit(ctx) : next()));

/** Runs a flow button only at the steps it belongs to; anything else is a stale press. */
function at(steps: readonly Draft["step"][], run: (ctx: BotContext, d: Draft) => Promise<unknown>) {
  return async (ctx: BotContext) => {
    const d = broadcastDraft.get(ctx.session);
    if (!d || !steps.includes(d.step)) return void (await stale(ctx));
    await ctx.answerCallbackQuery();
    await run(ctx, d);
  };
}

const CHOOSING = ["audience"] as const;
staff.callbackQuery("bc:quit", async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  if (broadcastDraft.get(ctx.session)) await quit(ctx);
});
staff.callbackQuery(
  "bc:skip",
  at(["buttons"], (ctx, d) => showAudience(ctx, d, false)),
);
staff.callbackQuery(
  "bc:all",
  at(CHOOSING, (ctx, d) => showAudience(ctx, { ...d, regions: [] }, true)),
);
staff.callbackQuery(/^bc:t:(\w+)$/, async (ctx) => {
  const d = broadcastDraft.get(ctx.session);
  const topic = TOPICS.find((t) => t === ctx.match[1]);
  if (d?.step !== "audience" || !topic) return void (await stale(ctx));
  const topics = d.topics.includes(topic)
    ? d.topics.filter((t) => t !== topic)
    : TOPICS.filter((t) => t === topic || d.topics.includes(t));
  // At least one topic: turning off the last one changes nothing, and says why.
  if (topics.length === 0)
    return void (await ctx.answerCallbackQuery({ text: ctx.tText("bc-topic-keep-one") }));
  await ctx.answerCallbackQuery();
  await showAudience(ctx, { ...d, topics }, true);
});
staff.callbackQuery(
  /^bc:l:(all|zh-CN|en)$/,
  at(CHOOSING, (ctx, d) => showAudience(ctx, { ...d, lang: ctx.match?.[1] as Draft["lang"] }, true)),
);
staff.callbackQuery("bc:rg", at(CHOOSING, openPicker));
staff.callbackQuery(
  "bc:aud",
  at(["regions", "when"], async (ctx, d) => {
    if (d.step === "when") await ctx.editMessageReplyMarkup().catch(() => undefined);
    await showAudience(ctx, d, d.step === "regions");
  }),
);
staff.callbackQuery(pickerPattern(PICKER), async (ctx) => {
  const d = broadcastDraft.get(ctx.session);
  if (!d) return void (await stale(ctx));
  await onPick(ctx, d, ctx.callbackQuery.data);
});
staff.callbackQuery("bc:count", at(CHOOSING, countAndPreview));
staff.callbackQuery(
  "bc:now",
  at(["when", "time"], (ctx, d) => showConfirm(ctx, { ...d, at: undefined })),
);
staff.callbackQuery("bc:later", at(["when", "time"], askTime));
staff.callbackQuery(
  /^bc:at:(\d{7,9})$/,
  at(["time"], (ctx, d) => onTime(ctx, d, Number(ctx.match?.[1]) * 60_000)),
);

// The confirm button carries the draft's nonce: an older draft's button is stale.
staff.callbackQuery(/^bc:(go|gp):([a-z0-9]{6,12})$/, async (ctx) => {
  const d = broadcastDraft.get(ctx.session);
  if (d?.step !== "confirm" || d.nonce !== ctx.match[2]) return void (await stale(ctx));
  await ctx.answerCallbackQuery();
  await confirm(ctx, d, ctx.match[1] === "gp");
});

staff.callbackQuery(/^bc:(ok|no):([a-z0-9]{6,24})$/, async (ctx) => {
  await decide(ctx, ctx.match[2]!, ctx.match[1] === "ok");
});
staff.callbackQuery(/^bc:(p|r|x|xx):([a-z0-9]{6,24})$/, (ctx) =>
  steer(ctx, ctx.match[1] as "p" | "r" | "x" | "xx", ctx.match[2]!),
);
staff.callbackQuery("bc:list", async (ctx) => {
  await ctx.answerCallbackQuery();
  await showList(ctx, true);
});
staff.callbackQuery(/^bc:paid:(on|off)$/, (ctx) => setPaid(ctx, ctx.match[1] === "on"));

const NOW = /^(?:现在|马上|立即|立刻|立即发送|现在发|马上发|now|send now|right now)[。.!！]?$/i;

/** Commands that leave an open draft as it is; any other starts something else (/newfair, /faqnew…). */
const KEEP_DRAFT = ["broadcasts", "help"];

// Typed input while a draft is open; commands go on to their own handlers.
staff.on("message", async (ctx, next) => {
  const d = broadcastDraft.get(ctx.session);
  const text = ctx.message.text;
  if (!d) return next();
  if (text?.startsWith("/")) {
    // The draft gives way, or the next form's first answer would become the announcement.
    const name = /^\/([a-z_]+)/i.exec(text)?.[1]?.toLowerCase() ?? "";
    if (!KEEP_DRAFT.includes(name)) broadcastDraft.set(ctx.session, undefined);
    return next();
  }
  if (d.step === "message") return onMessage(ctx, d, ctx.message);
  if (d.step === "buttons" && text !== undefined) return onButtons(ctx, d, text);
  if (d.step === "time" && text !== undefined) return onTime(ctx, d, text);
  // "When?" answered in words instead of with the buttons: « 现在 » or a time.
  if (d.step === "when" && text !== undefined) {
    if (NOW.test(text.trim())) return showConfirm(ctx, { ...d, at: undefined });
    return onTime(ctx, d, text);
  }
  // A second photo of an album, or a sticker where a button line was expected: the message
  // says "type buttons or tap Skip", so Skip is there.
  if (d.step === "buttons") {
    return void (await ctx.reply(ctx.t("bc-one-message"), {
      parse_mode: "HTML",
      reply_markup: skipRow(ctx),
    }));
  }
  await ctx.reply(ctx.t("bc-use-buttons"), { parse_mode: "HTML", reply_markup: quitRow(ctx) });
});

/** Staff broadcasts: /broadcast (compose, preview, schedule, confirm, approval) and /broadcasts. */
export const broadcastTelegram: TelegramFeature = {
  composer,
  commands: [
    { command: "broadcast", staff: true },
    { command: "broadcasts", staff: true },
  ],
};
