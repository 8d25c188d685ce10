/** The FAQ's stored shapes (entries, overrides, history), parsed whenever read back. */
import * as z from "zod";
import { storedPersonId } from "../people/id.ts";
import { FOLLOWUPS, MAX_ANSWER_CHARS, MAX_TITLE_CHARS } from "./validate.ts";

// Everything read back from Redis is parsed, never cast: a hand-edited or half-written value
// must be skipped, not crash the bot or poison the index.

const text = z.string().trim().min(1);

export const sourceSchema = z.object({
  kind: z.enum(["seed", "policy"]),
  title: text.max(300),
  year: z.number().int().min(1949).max(2100),
});

export const entrySchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .max(32),
  title: text.max(MAX_TITLE_CHARS).optional(),
  questions: z.array(text.max(300)).min(1).max(200),
  answer: text.refine((a) => [...a].length <= MAX_ANSWER_CHARS),
  followups: z.array(z.enum(FOLLOWUPS)).max(FOLLOWUPS.length),
  source: sourceSchema,
  reviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  keywords: z.array(text).optional(),
});

/** A staff edit as stored in `jg:faq:override:{locale}`: the override plus who, when and its rev. */
export const storedOverrideSchema = z.object({
  id: entrySchema.shape.id,
  addQuestions: z.array(text.max(300)).max(200).optional(),
  answer: entrySchema.shape.answer.optional(),
  followups: entrySchema.shape.followups.optional(),
  source: sourceSchema.optional(),
  reviewed: entrySchema.shape.reviewed.optional(),
  entry: entrySchema.optional(),
  disabled: z.boolean().optional(),
  /** Unique per change; an edit only applies if the rev it started from is still current. */
  rev: z.string().min(1),
  at: z.number(),
  by: storedPersonId,
});
export type StoredOverride = z.output<typeof storedOverrideSchema>;

export const EDIT_ACTIONS = ["phrasing", "new", "answer", "revert"] as const;
export type EditAction = (typeof EDIT_ACTIONS)[number];

/** One change in `jg:faq:history:{locale}`, newest first: enough to undo it. */
export const historyItemSchema = z.object({
  id: entrySchema.shape.id,
  action: z.enum(EDIT_ACTIONS),
  at: z.number(),
  by: storedPersonId,
  /** Short description for staff: the phrasing added, the first words of an answer. */
  note: z.string().max(200),
  rev: z.string(),
  prev: storedOverrideSchema.nullable(),
});
export type HistoryItem = z.output<typeof historyItemSchema>;
