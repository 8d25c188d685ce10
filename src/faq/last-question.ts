/** The question behind the latest FAQ answer in a chat: the `faq` session slice. */
import * as z from "zod";
import { LOCALES } from "../i18n.ts";
import { defineSlice } from "../store/session.ts";

// The last question asked, so "pass to staff" and 👎 know what it was without putting the text
// in callback data (64 bytes). Normalised and masked: no phone or ID number is kept.
const lastSchema = z.object({
  q: z.string().max(300),
  h: z.string().max(16),
  e: z.string().max(32).optional(),
  /** The language it was asked (and answered) in. */
  l: z.enum(LOCALES).optional(),
});
export type LastQuestion = z.output<typeof lastSchema>;

/** Her last question in this chat (normalised and masked), its hash and the entry that answered it. */
export const lastQuestion = defineSlice("faq", lastSchema, {
  label: "mydata-session-faq",
  describe: (last, text) => text("mydata-session-faq-value", { question: last.q }),
});
