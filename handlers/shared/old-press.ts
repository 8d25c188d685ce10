/** A press on a button under an old message: an undo that has expired, and a change confirmed at the bottom of the chat rather than far up. */
import type { InlineKeyboard } from "grammy";
import { isOldMessage } from "../../src/channel/message-age.ts";
import type { BotContext } from "../../src/telegram/context.ts";

/**
 * Whether the pressed message is older than a short while (10 minutes). Telegram gives the date it
 * was sent (0 for a message it no longer gives out): alerts and answers may have come since, so it
 * is no longer where she is looking.
 */
export function pressedOldMessage(ctx: BotContext): boolean {
  const date = ctx.callbackQuery?.message?.date ?? 0;
  return isOldMessage(date * 1000, ctx.deps.now);
}

/**
 * Confirms a change made by a press (answered already): on a fresh message, by editing it in
 * place; on an old one, in a new message at the bottom of the chat, leaving the old one as it was
 * (and the same when the edit is refused).
 */
export async function confirmPress(
  ctx: BotContext,
  html: string,
  reply_markup?: InlineKeyboard,
): Promise<void> {
  const extra = { parse_mode: "HTML" as const, ...(reply_markup ? { reply_markup } : {}) };
  if (ctx.callbackQuery?.message && !pressedOldMessage(ctx)) {
    const edited = await ctx.editMessageText(html, extra).then(
      () => true,
      () => false,
    );
    if (edited) return;
  }
  await ctx.reply(html, extra);
}

/**
 * An undo pressed after its short while: nothing changes. She is told so on the button, the undo
 * is taken off the old message (its other buttons stay), and a new message at the bottom says
 * where to make the change instead (`html`, `reply_markup`).
 */
export async function undoExpired(
  ctx: BotContext,
  notice: string,
  html: string,
  reply_markup: InlineKeyboard,
): Promise<void> {
  await ctx.answerCallbackQuery({ text: notice, show_alert: true });
  const pressed = ctx.callbackQuery?.data;
  const rows = ctx.callbackQuery?.message?.reply_markup?.inline_keyboard ?? [];
  const keep = rows
    .map((row) => row.filter((b) => !("callback_data" in b) || b.callback_data !== pressed))
    .filter((row) => row.length > 0);
  await ctx.editMessageReplyMarkup({ reply_markup: { inline_keyboard: keep } }).catch(() => undefined);
  await ctx.reply(html, { parse_mode: "HTML", reply_markup });
}
