/** The sign-up views as screens on any channel: their buttons, the region picker (paged where the channel pages), the phone question. */
import type { Conversation } from "../../src/channel/conversation.ts";
import { itemOf, type Screen } from "../../src/channel/screen.ts";
import { type Lang, langFor, type View } from "../../src/signup/lang.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import { telegramConversation } from "../shared/conversation.ts";
import { cityRows, districtRows } from "../shared/region-picker.ts";

/** Callback prefix of the region picker on step 3 (distinct from the form's own "su:"). */
export const PICKER = "sur";

/** The context's language as the domain views take it (the staff's screens, on Telegram). */
export function langOf(ctx: BotContext): Lang {
  return langFor(ctx.deps.i18n, ctx.locale);
}

/** Her conversation's language as the domain views take it (with the channel's wording). */
export function langIn(c: Conversation): Lang {
  return { locale: c.locale, t: c.t, text: c.text };
}

/** A view as a screen: the region picker's options (paged where the channel has buttons) before its buttons. */
export function viewScreen(c: Conversation, view: View, page = 0): Screen {
  const shown = c.buttons ? page : "all";
  const picker = !view.picker
    ? []
    : view.picker.city
      ? districtRows(c, PICKER, view.picker.city, shown)
      : cityRows(c, PICKER, shown);
  return { html: view.html, rows: [...picker, ...(view.buttons ?? []).map((row) => row.map(itemOf))] };
}

/**
 * Shows a view: in place of the pressed message when `edit` is set and the channel can (see
 * Conversation.show), else as a new message. `page` pages the region picker.
 */
export async function showView(
  c: Conversation,
  view: View,
  opts: { edit?: boolean; page?: number } = {},
): Promise<void> {
  await c.show(viewScreen(c, view, opts.page ?? 0), {
    ...(opts.edit ? { edit: true } : {}),
    ...(view.contact ? { contact: view.contact } : {}),
  });
}

/** Shows a view on Telegram (the staff's screens). */
export function show(ctx: BotContext, view: View, opts: { edit?: boolean; page?: number } = {}) {
  return showView(telegramConversation(ctx), view, opts);
}
