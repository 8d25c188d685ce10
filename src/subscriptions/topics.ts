import { normalizeQuery } from "../regions/normalize.ts";

/** What a person can subscribe to; the broadcast engine targets the same names. */
export const TOPICS = ["fairs", "business", "training", "aid"] as const;
export type Topic = (typeof TOPICS)[number];

/** Job fairs are on by default: that is why most people arrive. */
export const DEFAULT_TOPICS: readonly Topic[] = ["fairs"];

/** The consent text's version; bump it when sub-consent changes meaning. */
export const CONSENT_VERSION = "1";

// Words people type for each topic, in both languages, normalised like region queries.
const WORDS: Record<Topic, readonly string[]> = {
  fairs: ["招聘会", "招聘", "就业", "找工作", "春风送岗", "fairs", "fair", "jobfairs", "jobs", "job"],
  business: ["创业", "贷款", "创业贷款", "创业与贷款", "business", "loans", "loan", "entrepreneurship"],
  training: ["培训", "技能培训", "training", "courses"],
  aid: ["救助", "帮扶", "救助项目", "援助", "aid", "help", "support"],
};

/** Whether a string is a topic name. */
export function isTopic(value: string): value is Topic {
  return (TOPICS as readonly string[]).includes(value);
}

/** Parses the comma-separated `topics` field; unknown entries are dropped. */
export function parseTopics(raw: unknown): Topic[] {
  if (typeof raw !== "string") return [];
  return TOPICS.filter((t) => raw.split(",").includes(t));
}

/** A typed topic: its number (1–4), its name or a synonym in either language. */
export function topicFromWord(word: string): Topic | undefined {
  const w = normalizeQuery(word);
  if (/^[1-4]$/.test(w)) return TOPICS[Number(w) - 1];
  return TOPICS.find((t) => WORDS[t].includes(w));
}

/**
 * Typed topics: "1 3", "招聘会、培训", "fairs, training". Undefined when any part is not a topic,
 * so a typo is asked again rather than silently dropped.
 */
export function topicsFromText(text: string): Topic[] | undefined {
  const parts = text.split(/[\s,，、;；/和及]+/).filter(Boolean);
  const compact = normalizeQuery(text);
  // "13" typed without a separator means topics 1 and 3.
  const tokens = parts.length === 1 && /^[1-4]{2,4}$/.test(compact) ? [...compact] : parts;
  if (tokens.length === 0) return undefined;
  const found = new Set<Topic>();
  for (const token of tokens) {
    const topic = topicFromWord(token);
    if (!topic) return undefined;
    found.add(topic);
  }
  return TOPICS.filter((t) => found.has(t));
}
