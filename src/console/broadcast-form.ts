/** The console's broadcast form read into the chat's draft, checked by the chat's own rules (compose.ts, schedule.ts). */
import { checkText, labelOf, parseButtons } from "../broadcast/compose.ts";
import type { Draft } from "../broadcast/draft.ts";
import { entitiesToHtml } from "../broadcast/entities.ts";
import { checkSchedule } from "../broadcast/schedule.ts";
import { MAX_HTML } from "../broadcast/types.ts";
import type { TArgs } from "../i18n.ts";
import { TOPICS } from "../subscriptions/topics.ts";
import { dateExamples } from "../time/examples.ts";

type Topic = (typeof TOPICS)[number];
const LANGS = ["all", "zh-CN", "en"] as const;

/** The form's fields as typed, to show again with the messages. */
export interface ComposeInput {
  text: string;
  links: string;
  label: string;
  regions: string[];
  topics: Topic[];
  lang: (typeof LANGS)[number];
  when: "now" | "later";
  at: string;
  nonce: string;
}

/** A field's problem: the chat form's message key and its arguments. */
export type FieldProblem = { key: string; args?: TArgs };
export type FieldProblems = Partial<Record<"text" | "links" | "topics" | "at" | "audience", FieldProblem>>;

type Body = Record<string, string | File | (string | File)[]>;

const all = (body: Body, name: string): string[] => {
  const v = body[name];
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter(
    (x): x is string => typeof x === "string",
  );
};
const one = (body: Body, name: string, max: number): string => (all(body, name)[0] ?? "").slice(0, max);

/** A fresh draft nonce, as the chat makes one (its confirm is once per nonce). */
export function newNonce(): string {
  return [...crypto.getRandomValues(new Uint8Array(8))].map((b) => (b % 36).toString(36)).join("");
}

/** Reads the form (or the live count's query): unknown values are dropped, never trusted. */
export function readCompose(body: Body): ComposeInput {
  const lang = one(body, "lang", 8);
  const nonce = one(body, "nonce", 12);
  return {
    text: one(body, "text", 20_000),
    links: one(body, "links", 2_000),
    label: one(body, "label", 120).trim(),
    regions: [...new Set(all(body, "regions").filter((c) => /^\d{6}$/.test(c)))].slice(0, 20),
    topics: TOPICS.filter((t) => all(body, "topics").includes(t)),
    lang: LANGS.find((l) => l === lang) ?? "all",
    when: one(body, "when", 8) === "later" ? "later" : "now",
    at: one(body, "at", 60),
    nonce: /^[a-z0-9]{6,12}$/.test(nonce) ? nonce : newNonce(),
  };
}

/** The audience part of a draft (for the live count): regions, topics, language. */
export function audienceDraft(input: ComposeInput): Draft {
  return {
    step: "audience",
    nonce: input.nonce,
    label: "",
    links: [],
    regions: input.regions,
    topics: input.topics.length > 0 ? input.topics : [...TOPICS],
    lang: input.lang,
    picked: [],
  };
}

/**
 * The draft the form makes, or the problems of each field, with the chat's messages: the text as
 * /broadcast takes a typed message, the buttons as it takes typed lines, the time as it takes a typed time.
 */
export function draftOf(
  input: ComposeInput,
  now: number,
  timeZone: string,
): { draft: Draft; problems: FieldProblems } {
  const problems: FieldProblems = {};
  const textProblem = checkText(input.text);
  const html = textProblem ? "" : entitiesToHtml(input.text.trim());
  const tooLong = { length: input.text.trim().length, max: 4096 };
  if (textProblem) problems.text = { key: `bc-text-${textProblem}`, args: tooLong };
  else if (html.length > MAX_HTML) problems.text = { key: "bc-text-too-long", args: tooLong };
  let links: Draft["links"] = [];
  if (input.links.trim()) {
    const parsed = parseButtons(input.links);
    if ("problem" in parsed) {
      const line = "line" in parsed ? parsed.line.slice(0, 80) : "";
      problems.links = { key: `bc-buttons-${parsed.problem}`, args: { line, max: 3 } };
    } else links = parsed.buttons;
  }
  if (input.topics.length === 0) problems.topics = { key: "bc-topic-keep-one" };
  let at: number | undefined;
  if (input.when === "later") {
    const read = checkSchedule(input.at, now, timeZone);
    if (read.ok) at = read.at;
    else problems.at = { key: `bc-time-${read.problem}`, args: dateExamples(now, timeZone) };
  }
  const draft: Draft = {
    ...audienceDraft(input),
    step: "confirm",
    content: html ? { kind: "html", html } : undefined,
    label: input.label || labelOf(input.text, ""),
    links,
    ...(at === undefined ? {} : { at }),
  };
  return { draft, problems };
}
