/** The closing note a staff member was asked for after "close": the `ssnote` session slice. */
import * as z from "zod";
import { defineSlice } from "../store/session.ts";

/** An application reference as it appears in callback data: JG-2026-000123. */
export const REF_PATTERN = "(JG-\\d{4}-\\d{6})";

export const closingNote = defineSlice(
  "ssnote",
  z.object({ ref: z.string().regex(new RegExp(`^${REF_PATTERN}$`)), at: z.number() }),
  {
    label: "mydata-session-ssnote",
    describe: (note, text) => text("mydata-session-ssnote-value", { ref: note.ref }),
  },
);
