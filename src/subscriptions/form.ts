/** The subscription form in progress (city, districts, topics): the `sub` session slice. */
import * as z from "zod";
import { defineSlice, type Session } from "../store/session.ts";
import { DEFAULT_TOPICS, TOPICS } from "./topics.ts";

const STEPS = ["city", "district", "topics"] as const;
const code = z.string().regex(/^\d{6}$/);
// Poster links add regions one by one without a cap, so the form must hold whatever she has
// (bounded by the province's divisions, not by how many one keyboard shows).
const MAX_REGIONS = 200;
/** The subscription form's state. */
export const subscriptionFormSchema = z.object({
  step: z.enum(STEPS),
  city: code.optional(),
  picked: z.array(code).max(MAX_REGIONS).default([]),
  regions: z.array(code).max(MAX_REGIONS).default([]),
  topics: z.array(z.enum(TOPICS)).default([...DEFAULT_TOPICS]),
  source: z.string().max(64).default("subscribe"),
  /** Last step taken; a form idle longer than IDLE_MS no longer takes typed text. */
  at: z.number().default(0),
});
export type SubscriptionForm = z.output<typeof subscriptionFormSchema>;

/** After this long without a step, a typed message is not taken as an answer: the form is dropped. */
export const IDLE_MS = 30 * 60_000;

/** The subscription form in progress: the `sub` session slice. */
export const subscriptionForm = defineSlice("sub", subscriptionFormSchema, {
  label: "mydata-session-sub",
  describe: (form, text) =>
    text("mydata-session-sub-value", { step: STEPS.indexOf(form.step) + 1, count: form.regions.length }),
});

/** Whether her subscription form is open and still takes typed answers (a step within IDLE_MS). */
export function subscribing(session: Session, now: number): boolean {
  const form = subscriptionForm.get(session);
  return form !== null && now - form.at <= IDLE_MS;
}
