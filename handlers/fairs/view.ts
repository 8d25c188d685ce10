/** A fair's details view and the /fairs list, with the buttons her state and staff's scope allow. */
import { InlineKeyboard } from "grammy";
import { fairDetailsScreen } from "../../src/fairs/details.ts";
import { fairListScreen } from "../../src/fairs/list.ts";
import { announcementButtons, fairData, isOpen } from "../../src/fairs/templates.ts";
import type { Fair } from "../../src/fairs/types.ts";
import { inScope } from "../../src/staff/scope.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import { inlineKeyboard, screenKeyboard } from "../../src/telegram/keyboard.ts";

/** The fair buttons with the attend button in her current state (attend, or attending · undo). */
export function fairButtons(ctx: BotContext, id: string, attending: boolean): InlineKeyboard {
  const rows = announcementButtons(ctx.deps.i18n, ctx.locale, id);
  if (attending) rows[0] = [{ text: ctx.tText("fair-button-attending"), callback: fairData.unattend(id) }];
  return inlineKeyboard(rows);
}

/** A fair's card for the details view (src/fairs/details.ts), and for staff of its region their buttons. */
export function detailsView(ctx: BotContext, fair: Fair, attending: boolean) {
  const now = ctx.deps.now;
  const view = fairDetailsScreen(ctx.deps.i18n, ctx.locale, fair, {
    attending,
    now,
    timeZone: ctx.deps.config.TIMEZONE,
  });
  const open = isOpen(fair, now);
  const kb = screenKeyboard(view) ?? new InlineKeyboard();
  if (ctx.staff && inScope(ctx.staff, fair.region)) {
    kb.row().text(ctx.tText("fair-button-qr"), `fair:qr:${fair.id}`);
    if (open)
      kb.text(ctx.tText("fair-button-edit"), `fair:ed:${fair.id}`).text(
        ctx.tText("fair-button-cancel"),
        `fair:cx:${fair.id}`,
      );
  }
  return { text: view.html, reply_markup: kb };
}

/** One page of /fairs (src/fairs/list.ts): numbered short cards, a details button per fair, and paging. */
export function listView(ctx: BotContext, fairs: readonly Fair[], page: number, scope: "m" | "a") {
  const view = fairListScreen(ctx.deps.i18n, ctx.locale, fairs, {
    page,
    scope,
    timeZone: ctx.deps.config.TIMEZONE,
  });
  return { text: view.html, reply_markup: screenKeyboard(view) ?? new InlineKeyboard() };
}
