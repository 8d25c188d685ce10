/** The typed answer that last chose an option on a channel without buttons: the `lch` session slice, so the same text sent twice is one answer. */
import * as z from "zod";
import { defineSlice } from "../store/session.ts";

/** How long after a typed choice the same text again is a double send (a slow reply, a second tap on « send »). */
export const DOUBLE_SEND_MS = 2 * 60_000;

const lastChoiceSchema = z.object({
  /** Her text as normalizeChoice reads it (an option's number or label, never free text). */
  t: z.string().max(120),
  /** When it chose (epoch ms). */
  at: z.number(),
});

/** Her last typed choice (WeChat): the same text again within DOUBLE_SEND_MS, choosing nothing now, was sent twice. */
export const lastChoice = defineSlice("lch", lastChoiceSchema, {
  label: "mydata-session-lch",
  describe: (value, text) => text("mydata-session-lch-value", { text: value.t }),
});
