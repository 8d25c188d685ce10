/** An FAQ entry a staff member is writing in chat: the `faqw` session slice. */
import * as z from "zod";
import { LOCALES } from "../i18n.ts";
import { defineSlice } from "../store/session.ts";
import { sourceSchema } from "./schema.ts";
import { FOLLOWUPS } from "./validate.ts";

const STEPS = ["question", "answer", "source", "followups"] as const;

// An entry written in chat, one message per step: question (unless it came from a miss),
// answer, source, then follow-up buttons and save. "edit" rewrites an existing entry's answer.
export const entryWritingSchema = z.object({
  mode: z.enum(["new", "edit"]),
  l: z.enum(LOCALES),
  step: z.enum(STEPS).default("answer"),
  id: z.string().max(32).optional(),
  q: z.string().max(300).optional(),
  fromMiss: z.boolean().default(false),
  answer: z.string().max(4000).optional(),
  source: sourceSchema.optional(),
  f: z.array(z.enum(FOLLOWUPS)).default([]),
});
export type EntryWriting = z.output<typeof entryWritingSchema>;

/** The entry being written (none: null). */
export const entryWriting = defineSlice("faqw", entryWritingSchema, {
  label: "mydata-session-faqw",
  describe: (w, text) =>
    w.mode === "edit"
      ? text("mydata-session-faqw-edit", { id: w.id ?? "—", step: STEPS.indexOf(w.step) + 1 })
      : text("mydata-session-faqw-new", { question: w.q ?? "—", step: STEPS.indexOf(w.step) + 1 }),
});
