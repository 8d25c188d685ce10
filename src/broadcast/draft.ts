/** A staff member's broadcast draft: the `bc` session slice of /broadcast, and the audience and content it makes. */
import * as z from "zod";
import { province } from "../regions/index.ts";
import type { StaffMember } from "../staff/roles.ts";
import { defineSlice } from "../store/session.ts";
import { TOPICS } from "../subscriptions/topics.ts";
import { type Audience, contentSchema } from "./types.ts";

const code = z.string().regex(/^\d{6}$/);
const link = z.object({ text: z.string().min(1).max(64), url: z.url({ protocol: /^https$/ }) });

const STEPS = ["message", "buttons", "audience", "regions", "when", "time", "confirm"] as const;
const draftSchema = z.object({
  step: z.enum(STEPS),
  /** Changes with every draft, so a confirm button from an older one is recognised as stale. */
  nonce: z.string().regex(/^[a-z0-9]{6,12}$/),
  content: contentSchema.optional(),
  label: z.string().max(120).default(""),
  links: z.array(link).max(3).default([]),
  /** Chosen regions inside the scope; empty means the whole scope. */
  regions: z.array(code).max(20).default([]),
  topics: z
    .array(z.enum(TOPICS))
    .min(1)
    .default([...TOPICS]),
  lang: z.enum(["all", "zh-CN", "en"]).default("all"),
  city: code.optional(),
  picked: z.array(code).max(20).default([]),
  count: z.number().int().nonnegative().optional(),
  at: z.number().int().optional(),
});
export type Draft = z.output<typeof draftSchema>;

/** The compose flow's session slice. */
export const broadcastDraft = defineSlice("bc", draftSchema, {
  label: "mydata-session-bc",
  describe: (d, text) =>
    text("mydata-session-bc-value", { label: d.label || "—", step: STEPS.indexOf(d.step) + 1 }),
});

/** A fresh draft at the first step. */
export function newDraft(): Draft {
  const nonce = [...crypto.getRandomValues(new Uint8Array(8))].map((b) => (b % 36).toString(36)).join("");
  return draftSchema.parse({ step: "message", nonce });
}

/** The region code of a staff member's scope (the province for admins). */
export const scopeCode = (staff: StaffMember) => staff.region ?? province.code;

/** The draft's audience, always inside the staff member's scope. */
export function draftAudience(staff: StaffMember, d: Draft): Audience {
  return {
    kind: "subscribers",
    topics: d.topics,
    regions: d.regions.length > 0 ? d.regions : [scopeCode(staff)],
    ...(d.lang === "all" ? {} : { locales: [d.lang] }),
    ...(staff.region ? { within: staff.region } : {}),
  };
}

/** The draft's content with its link buttons, one per row. */
export function draftContent(d: Draft) {
  if (!d.content) return undefined;
  const buttons = d.links.length > 0 ? d.links.map((b) => [b]) : undefined;
  return { ...d.content, ...(buttons && d.content.kind !== "template" ? { buttons } : {}) };
}
