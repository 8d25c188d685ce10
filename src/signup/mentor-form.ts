/** A staff member's mentor form in progress (adding one, or editing one field): the `mtform` session slice. */
import * as z from "zod";
import { defineSlice } from "../store/session.ts";
import { INDUSTRIES } from "./constants.ts";
import { MENTOR_FIELDS } from "./mentor-input.ts";

const formSchema = z.object({
  id: z
    .string()
    .regex(/^m\d{1,9}$/)
    .optional(),
  field: z.enum(MENTOR_FIELDS),
  at: z.number(),
  draft: z
    .object({
      name: z.string().optional(),
      industries: z.array(z.enum(INDUSTRIES)).optional(),
      region: z
        .string()
        .regex(/^\d{6}$/)
        .optional(),
      contact: z.string().optional(),
    })
    .default({}),
});

/** Adding a mentor (no id), or editing one field of mentor `id`. */
export const mentorForm = defineSlice("mtform", formSchema, {
  label: "mydata-session-mtform",
  describe: (form, text) =>
    form.id
      ? text("mydata-session-mtform-edit", { id: form.id, field: text(`mentor-field-${form.field}`) })
      : text("mydata-session-mtform-new", { field: text(`mentor-field-${form.field}`) }),
});
