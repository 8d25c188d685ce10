/** The channel's buttons and screens as a Telegram inline keyboard: one conversion for the channel and every handler. */
import { InlineKeyboard } from "grammy";
import { buttonOf, type Screen } from "../channel/screen.ts";
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

/** A screen's options and links as an inline keyboard (its rows kept); undefined when it has none. */
export function screenKeyboard(screen: Screen): InlineKeyboard | undefined {
  const rows = screen.rows.filter((row) => row.length > 0);
  return rows.length > 0 ? inlineKeyboard(rows.map((row) => row.map(buttonOf))) : undefined;
}
