/** The options she was last shown on a channel without buttons: the `scr` session slice, so a typed answer chooses one. */
import * as z from "zod";
import { defineSlice } from "../store/session.ts";

/** How long a screen's numbers stay hers to type: past this, « 2 » is text again. */
export const LAST_SCREEN_MS = 30 * 60_000;

const lastScreenSchema = z.object({
  /** When the screen was shown (epoch ms). */
  at: z.number(),
  /** Its options in number order: the action and the words that choose it. */
  o: z.array(z.object({ a: z.string().min(1).max(64), n: z.array(z.string().max(120)).max(8) })).max(40),
});
export type LastScreen = z.output<typeof lastScreenSchema>;

/** The numbered options of the screen last sent to her (WeChat), with the words that choose each. */
export const lastScreen = defineSlice("scr", lastScreenSchema, {
  label: "mydata-session-scr",
  describe: (value, text) => text("mydata-session-scr-value", { count: value.o.length }),
});
