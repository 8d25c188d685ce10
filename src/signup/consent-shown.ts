/** The sign-up consent notice she was just shown: the `suc` session slice, so a typed « 同意 » counts. */
import * as z from "zod";
import { defineSlice, type Session } from "../store/session.ts";

/** Where a form can be started from; kept with the application (deep-link payloads included). */
export const SOURCE = /^[A-Za-z0-9_-]{1,40}$/;

/** A typed answer to the notice counts for this long after it was shown. */
const ANSWER_MS = 30 * 60_000;

const shownSchema = z.object({
  at: z.number(),
  src: z.string().regex(SOURCE),
  /** She came through a poster link on her first visit: once the notice is answered, what else the bot does. */
  intro: z.literal(true).optional(),
});

/**
 * The consent notice was just shown (when and from where; nothing about her), so that a typed
 * « 同意 » can stand for the button for half an hour.
 */
export const consentShown = defineSlice("suc", shownSchema, {
  label: "mydata-session-suc",
  describe: (_shown, text) => text("mydata-session-suc-value"),
});

/**
 * The consent notice she may be answering by typing: where it came from and whether it is still
 * fresh enough for a typed answer to count; null when none was shown.
 */
export function pendingConsent(session: Session, now: number): { src: string; fresh: boolean } | null {
  const shown = consentShown.get(session);
  return shown ? { src: shown.src, fresh: now - shown.at <= ANSWER_MS } : null;
}
