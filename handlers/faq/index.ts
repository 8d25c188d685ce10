/** Loans and aid Q&A: the staff tools among the features, free-text questions after all of them. */
import type { TelegramFeature } from "../../src/telegram/feature.ts";
import { dangerFirst } from "./danger.ts";
import { questions } from "./questions.ts";
import { staffTools } from "./staff.ts";

/**
 * Safety first: a description of violence is answered before any feature's form reads it. The staff
 * tools come before the subscriptions, so an entry's own words (« stop », « 退订… ») are read by the
 * entry being written; questions come after every feature's forms have seen the text.
 */
export const faqTelegram: TelegramFeature = {
  first: dangerFirst,
  composer: staffTools,
  fallback: questions,
  commands: [
    { command: "faqmisses", staff: true },
    { command: "faqstats", staff: true },
    { command: "faqedits", staff: true },
    { command: "faqnew", staff: true },
    { command: "faqedit", staff: true, arg: "cmd-arg-entry" },
  ],
};
