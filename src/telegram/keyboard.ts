/** The channel's buttons as a Telegram inline keyboard: one conversion for the channel and every handler. */
import { InlineKeyboard } from "grammy";
import type { Button } from "../channel/types.ts";

/** Rows of buttons as an inline keyboard, appended to `kb` when given; empty rows are skipped. */
export function inlineKeyboard(
  rows: readonly (readonly Button[])[],
  kb = new InlineKeyboard(),
): InlineKeyboard {
  for (const row of rows) {
    if (row.length === 0) continue;
    if (kb.inline_keyboard.at(-1)?.length) kb.row();
    for (const b of row) {
      if ("url" in b) kb.url(b.text, b.url);
      else kb.text(b.text, b.callback);
    }
  }
  return kb;
}
