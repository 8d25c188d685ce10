/** The typed answer she last gave on a channel without buttons (as a checksum): the `lch` session slice, so the same text sent twice is one answer. */
import * as z from "zod";
import { defineSlice, type Session } from "../store/session.ts";
import { normalizeChoice } from "../text/choices.ts";

/** How long after a typed answer the same text again is a double send (a slow reply, a second tap on « send »). */
export const DOUBLE_SEND_MS = 2 * 60_000;

const lastChoiceSchema = z.object({
  /** A checksum of her text as normalizeChoice reads it: enough to know it again, nothing to read back. */
  h: z.number().int(),
  /** When it was taken (epoch ms). */
  at: z.number(),
});

/** Her last typed answer (WeChat): the same text again within DOUBLE_SEND_MS, taken by nothing now, was sent twice. */
export const lastChoice = defineSlice("lch", lastChoiceSchema, {
  label: "mydata-session-lch",
  describe: (_value, text) => text("mydata-session-lch-value"),
});

// djb2 over the normalized text: an equality check within two minutes, not a secret.
function checksum(text: string): number {
  let h = 5381;
  for (const c of normalizeChoice(text)) h = ((h * 33) ^ c.codePointAt(0)!) >>> 0;
  return h;
}

/** Remembers a typed answer that an option or a form step took. */
export function rememberAnswer(session: Session, text: string, now: number): void {
  lastChoice.set(session, { h: checksum(text), at: now });
}

/** Whether `text` repeats the answer taken a moment ago. */
export function repeatsAnswer(session: Session, text: string, now: number): boolean {
  const last = lastChoice.get(session);
  return last !== null && now - last.at <= DOUBLE_SEND_MS && last.h === checksum(text);
}
