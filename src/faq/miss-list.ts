/** The missed questions a staff member last saw in /faqmisses: the `faqm` session slice. */
import * as z from "zod";
import { LOCALES } from "../i18n.ts";
import { defineSlice } from "../store/session.ts";
import type { FaqLocale } from "./types.ts";

/** How many misses /faqmisses shows, and the list keeps. */
export const MISSES_SHOWN = 10;

/** The misses list staff last saw, so buttons can say "miss 3" in 64 bytes of callback data. */
const snapshotSchema = z.object({ l: z.enum(LOCALES), list: z.array(z.string()).max(MISSES_SHOWN) });

export const shownMisses = defineSlice("faqm", snapshotSchema, {
  label: "mydata-session-faqm",
  describe: (shown, text) => text("mydata-session-faqm-value", { count: shown.list.length }),
});

/** The n-th (0-based) miss of the list she last saw, with its language; null when there is none. */
export function missAt(
  list: z.output<typeof snapshotSchema> | null,
  n: number,
): { locale: FaqLocale; question: string } | null {
  const question = list?.list[n];
  return list && question !== undefined ? { locale: list.l, question } : null;
}
