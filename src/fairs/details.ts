/** A fair's details as a screen for every channel: the card, her state (attending, cancelled, over) and what she can do. */
import { itemOf, option, type Screen } from "../channel/screen.ts";
import type { I18n, Locale } from "../i18n.ts";
import { announcementButtons, fairCard, fairData, isOpen } from "./templates.ts";
import type { Fair } from "./types.ts";

/**
 * The details of a fair as she sees them: its card, then whether she attends (or that it was
 * cancelled or is over); an open fair offers attend (or « attending · undo »), the calendar and the
 * details, a closed one the list of fairs.
 */
export function fairDetailsScreen(
  i18n: I18n,
  locale: Locale,
  fair: Fair,
  o: { attending: boolean; now: number; timeZone: string },
): Screen {
  const card = fairCard(i18n, locale, { fair, timeZone: o.timeZone });
  let note = o.attending ? i18n.t(locale, "fair-you-attend") : "";
  if (fair.status === "cancelled") note = i18n.t(locale, "fair-is-cancelled");
  else if (fair.startsAt <= o.now) note = i18n.t(locale, "fair-is-over");
  const html = note ? `${card}\n\n${note}` : card;
  if (!isOpen(fair, o.now)) {
    return { html, rows: [[option(i18n.text(locale, "fair-button-list"), "fair:ls:a:0")]] };
  }
  const rows = announcementButtons(i18n, locale, fair.id).map((row) => row.map(itemOf));
  if (o.attending) rows[0] = [option(i18n.text(locale, "fair-button-attending"), fairData.unattend(fair.id))];
  return { html, rows };
}
