/** An application as stored (`jg:signup:{ref}`), parsed and written, with its reference number. */
import * as z from "zod";
import { storedPersonId } from "../people/id.ts";
import { INDUSTRIES, NEEDS, STAGES, STATUSES } from "./constants.ts";

// @upstash/redis JSON-parses hash values on read, so "1e5" typed as text would come back as a
// number: free text is stored JSON-encoded (a string literal), which parses back to itself.
const text = z.union([z.string(), z.number()]).transform(String);

const applicationSchema = z.object({
  ref: text,
  user: storedPersonId,
  locale: z.enum(["zh-CN", "en"]).catch("zh-CN"),
  name: text,
  phone: text,
  region: text,
  stage: z.enum(STAGES),
  industry: z.enum(INDUSTRIES),
  needs: z.array(z.enum(NEEDS)).catch([]),
  about: text.catch(""),
  status: z.enum(STATUSES),
  created: z.coerce.number(),
  updated: z.coerce.number(),
  consent_v: text,
  consent_at: z.coerce.number(),
  mentor: text.optional(),
  mentor_name: text.optional(),
  note: text.optional(),
  closed_by: z.enum(["staff", "applicant"]).optional(),
  closed: z.coerce.number().optional(),
  source: text.optional(),
});

/** One application as stored in `jg:signup:{ref}`. */
export type Application = z.output<typeof applicationSchema>;

/** Parses a stored hash; null when missing or unreadable. */
export function parseApplication(raw: Record<string, unknown> | null): Application | null {
  if (!raw) return null;
  const parsed = applicationSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** Hash fields for a (partial) application: strings JSON-encoded, arrays and numbers as JSON. */
export function toFields(app: Partial<Application>): Record<string, string | number | string[]> {
  const out: Record<string, string | number | string[]> = {};
  for (const [key, value] of Object.entries(app)) {
    if (value === undefined) continue;
    out[key] = typeof value === "string" ? JSON.stringify(value) : (value as number | string[]);
  }
  return out;
}

/** JG-2026-000123: the year in the federation's time zone and a per-year counter. */
export function formatRef(year: number, n: number): string {
  return `JG-${year}-${String(n).padStart(6, "0")}`;
}

/** The calendar year of a moment in a time zone. */
export function yearIn(ms: number, timeZone: string): number {
  return Number(new Intl.DateTimeFormat("en", { timeZone, year: "numeric" }).format(ms));
}

/** Reference numbers as typed by people: case and spacing forgiven. */
export const REF_PATTERN = /^JG-\d{4}-\d{6}$/;
