/** Loans and aid Q&A: the staff tools among the features, free-text questions after all of them. */
import type { TelegramFeature } from "../../src/telegram/feature.ts";
import { questions } from "./questions.ts";
import { staffTools } from "./staff.ts";

/**
 * The staff tools come before the subscriptions, so an entry's own words (« stop », « 退订… ») are
 * read by the entry being written; questions come after every feature's forms have seen the text.
 */
export const faqTelegram: TelegramFeature = { composer: staffTools, fallback: questions };
