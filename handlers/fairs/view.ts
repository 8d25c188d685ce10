/** A fair's details view and the /fairs list, with the buttons her state and staff's scope allow. */
import { InlineKeyboard } from "grammy";
import { announcementButtons, fairCard, fairData, fairShort } from "../../src/fairs/templates.ts";
import type { Fair } from "../../src/fairs/types.ts";
import { inScope } from "../../src/staff/scope.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import { inlineKeyboard } from "../../src/telegram/keyboard.ts";

/** The fair buttons with the attend button in her current state (attend, or attending · undo). */
export function fairButtons(ctx: BotContext, id: string, attending: boolean): InlineKeyboard {
  const rows = announcementButtons(ctx.deps.i18n, ctx.locale, id);
  if (attending) rows[0] = [{ text: ctx.tText("fair-button-attending"), callback: fairData.unattend(id) }];
  return inlineKeyboard(rows);
}

/** A fair's card for the details view, with its state (cancelled, over, her RSVP) and buttons. */
export function detailsView(ctx: BotContext, fair: Fair, attending: boolean) {
  const params = { fair, timeZone: ctx.deps.config.TIMEZONE };
  const card = fairCard(ctx.deps.i18n, ctx.locale, params);
  const now = ctx.deps.now;
  let note = attending ? ctx.t("fair-you-attend") : "";
  if (fair.status === "cancelled") note = ctx.t("fair-is-cancelled");
  else if (fair.startsAt <= now) note = ctx.t("fair-is-over");
  const open = fair.status === "published" && fair.startsAt > now;
  const kb = open
    ? fairButtons(ctx, fair.id, attending)
    : new InlineKeyboard().text(ctx.tText("fair-button-list"), "fair:ls:a:0");
  if (ctx.staff && inScope(ctx.staff, fair.region)) {
    kb.row().text(ctx.tText("fair-button-qr"), `fair:qr:${fair.id}`);
    if (open)
      kb.text(ctx.tText("fair-button-edit"), `fair:ed:${fair.id}`).text(
        ctx.tText("fair-button-cancel"),
        `fair:cx:${fair.id}`,
      );
  }
  return { text: note ? `${card}\n\n${note}` : card, reply_markup: kb };
}

/** Fairs per page in /fairs. */
export const LIST_PAGE = 5;

/** One page of /fairs: numbered short cards, a details button per fair, and paging. */
export function listView(ctx: BotContext, fairs: readonly Fair[], page: number, scope: "m" | "a") {
  const pages = Math.max(1, Math.ceil(fairs.length / LIST_PAGE));
  const current = Math.min(Math.max(0, page), pages - 1);
  const shown = fairs.slice(current * LIST_PAGE, (current + 1) * LIST_PAGE);
  const params = (fair: Fair) => ({ fair, timeZone: ctx.deps.config.TIMEZONE });
  const lines = shown.map(
    (f, i) => `${current * LIST_PAGE + i + 1}. ${fairShort(ctx.deps.i18n, ctx.locale, params(f))}`,
  );
  const head = ctx.t(scope === "m" ? "fair-list-mine" : "fair-list-all", { count: fairs.length });
  const kb = new InlineKeyboard();
  shown.forEach((f, i) => {
    kb.text(ctx.tText("fair-button-open", { n: current * LIST_PAGE + i + 1 }), fairData.details(f.id));
    if (i % 3 === 2) kb.row();
  });
  kb.row();
  if (current > 0) kb.text(ctx.tText("region-prev"), `fair:ls:${scope}:${current - 1}`);
  if (pages > 1) kb.text(`${current + 1}/${pages}`, `fair:ls:${scope}:${current}`);
  if (current < pages - 1) kb.text(ctx.tText("region-next"), `fair:ls:${scope}:${current + 1}`);
  if (scope === "m") kb.row().text(ctx.tText("fair-button-all"), "fair:ls:a:0");
  return { text: [head, "", lines.join("\n\n")].join("\n"), reply_markup: kb };
}
