/** The mentor sign-up form in progress: the `signup` session slice, and what can be read from a draft. */
import * as z from "zod";
import { defineSlice, type Session } from "../store/session.ts";
import { CONSENT_VERSION, DRAFT_TTL_MS, INDUSTRIES, NEEDS, STAGES, STEPS, type StepId } from "./constants.ts";

const answersSchema = z.object({
  name: z.string().optional(),
  phone: z.string().optional(),
  region: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  stage: z.enum(STAGES).optional(),
  industry: z.enum(INDUSTRIES).optional(),
  needs: z.array(z.enum(NEEDS)).optional(),
  about: z.string().optional(),
});
export type Answers = z.output<typeof answersSchema>;

const draftSchema = z.object({
  v: z.literal(1),
  step: z.enum([...STEPS, "review"]),
  a: answersSchema,
  /** Editing one answer from the review: the next valid answer returns to the review. */
  edit: z.boolean().optional(),
  /** The city chosen on the region step while she picks the district. */
  city: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  /** She chose "later" on the resume offer: her plain text goes to other features until she resumes. */
  hold: z.literal("later").optional(),
  /** "Cancel your sign-up?" is on screen: a typed « 是 » or « yes » answers it, not the question. */
  confirm: z.literal("cancel").optional(),
  /** Needs ticked so far on the multi-select step. */
  picked: z.array(z.enum(NEEDS)).optional(),
  /** Where she came from: "signup", "menu", or the deep-link payload. */
  src: z.string().max(64).optional(),
  /** She came through a poster link on her first visit: once she submits or leaves, what else the bot does. */
  intro: z.literal(true).optional(),
  /** Language of her last step, for the nudge sent from the cron. */
  loc: z.enum(["zh-CN", "en"]),
  consentV: z.string(),
  consentAt: z.number(),
  started: z.number(),
  updated: z.number(),
});
/** The form in progress, kept in the session slice `signup` (jg:session:{chat}, 7-day TTL). */
export type Draft = z.output<typeof draftSchema>;
/** Where the form can stand: one of the questions or the review. */
export type Position = Draft["step"];

/** A new draft right after consent, positioned on the first question. */
export function newDraft(now: number, locale: Draft["loc"], src?: string, intro?: boolean): Draft {
  return {
    ...(intro ? { intro: true as const } : {}),
    v: 1,
    step: "name",
    a: {},
    loc: locale,
    consentV: CONSENT_VERSION,
    consentAt: now,
    started: now,
    updated: now,
    ...(src ? { src } : {}),
  };
}

/** The draft as stored, even past its 7 days (the cron needs its time to decide). */
export const signupDraft = defineSlice("signup", draftSchema, {
  label: "mydata-session-signup",
  describe: (draft, text) =>
    text("mydata-session-signup-value", { done: answeredCount(draft.a), total: STEPS.length }),
});

/** The draft in a session, or null when there is none, it is corrupt, or it is past its 7 days. */
export function readDraft(session: Session, now: number): Draft | null {
  const draft = signupDraft.get(session);
  return draft && now - draft.updated < DRAFT_TTL_MS ? draft : null;
}

/** The first question still unanswered, or "review" when all are answered. */
export function firstOpen(a: Answers): Position {
  return STEPS.find((s) => a[s] === undefined) ?? "review";
}

/** 1-based number of a question. */
export function stepNumber(step: StepId): number {
  return STEPS.indexOf(step) + 1;
}

/** How many questions are answered. */
export function answeredCount(a: Answers): number {
  return STEPS.filter((s) => a[s] !== undefined).length;
}

/** The question before this one, or null on the first. */
export function previousStep(step: StepId): StepId | null {
  return STEPS[STEPS.indexOf(step) - 1] ?? null;
}
