/** A staff member's job-fair form (/newfair, or editing a fair): the `fair` session slice. */
import * as z from "zod";
import { defineSlice } from "../store/session.ts";
import { draftSchema, fairId } from "./types.ts";

export const STEPS = [
  "title",
  "when",
  "venue",
  "region",
  "employers",
  "positions",
  "targets",
  "description",
  "contact",
  "link",
] as const;
export type Step = (typeof STEPS)[number];
const code = z.string().regex(/^\d{6}$/);
const formSchema = z.object({
  step: z.enum([...STEPS, "preview"]),
  draft: draftSchema.partial().default({}),
  city: code.optional(),
  editing: fairId.optional(),
  /** One field changed from the preview: go back to the preview after it. */
  single: z.boolean().default(false),
  /** The https link offered for an http:// one she typed at the link step. */
  offer: z.string().max(400).optional(),
});
export type Form = z.output<typeof formSchema>;

/** The form in progress (none, or corrupt: null). */
export const fairForm = defineSlice("fair", formSchema, {
  label: "mydata-session-fair",
  describe: (form, text) =>
    form.step === "preview"
      ? text("mydata-session-fair-preview", { title: form.draft.title ?? "—" })
      : text("mydata-session-fair-value", {
          title: form.draft.title ?? "—",
          field: text(`fair-field-${form.step}`),
        }),
});
