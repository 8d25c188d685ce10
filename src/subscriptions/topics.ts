import { normalizeQuery } from "../regions/normalize.ts";
import { chineseNumerals } from "../text/numerals.ts";

/** What a person can subscribe to; the broadcast engine targets the same names. */
export const TOPICS = ["fairs", "business", "training", "aid"] as const;
export type Topic = (typeof TOPICS)[number];

/** Job fairs are on by default: that is why most people arrive. */
export const DEFAULT_TOPICS: readonly Topic[] = ["fairs"];

/** The consent text's version; bump it when sub-consent changes meaning. */
export const CONSENT_VERSION = "1";

// Words people type for each topic, in both languages, normalised like region queries; the buttons'
// own labels (创业与贷款资讯, « Aid programmes ») count too.
const WORDS: Record<Topic, readonly string[]> = {
  fairs: [
    "招聘会",
    "招聘",
    "就业",
    "找工作",
    "春风送岗",
    "fairs",
    "fair",
    "jobfairs",
    "jobfair",
    "jobs",
    "job",
  ],
  business: [
    "创业",
    "贷款",
    "创业贷款",
    "创业与贷款",
    "创业与贷款资讯",
    "贷款资讯",
    "创业资讯",
    "business",
    "loans",
    "loan",
    "entrepreneurship",
    "entrepreneurshiploansnews",
    "entrepreneurshipandloansnews",
  ],
  training: ["培训", "技能培训", "training", "courses"],
  aid: [
    "救助",
    "帮扶",
    "救助项目",
    "救助帮扶",
    "帮扶项目",
    "救助帮扶项目",
    "援助",
    "aid",
    "aidprogrammes",
    "aidprograms",
    "help",
    "support",
  ],
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

// Between topics: punctuation, 和 / 与 / 以及 / 还有 / 跟, "and", "&".
const SEPARATORS = /[,，、;；/&+]+|以及|还有|和|及|与|跟|\s+and\s+/i;

/** One part of a typed answer: a topic by its whole name or number, else by each word of it. */
function topicsOfPart(part: string): Topic[] | undefined {
  // "第1个", "第三项": the number said in a sentence.
  const bare = chineseNumerals(part).replace(/^\s*第\s*|\s*[个項项条]\s*$/gu, "");
  const whole = topicFromWord(bare);
  if (whole) return [whole];
  const compact = normalizeQuery(bare);
  // "13" typed without a separator means topics 1 and 3.
  const words = /^[1-4]{2,4}$/.test(compact) ? [...compact] : bare.split(/\s+/).filter(Boolean);
  if (words.length < 2) return undefined;
  const found: Topic[] = [];
  for (const word of words) {
    const topic = topicFromWord(word);
    if (!topic) return undefined;
    found.push(topic);
  }
  return found;
}

/**
 * Typed topics: "1 3", "一 三", "招聘会、培训", "fairs, training", "job fairs and loans", a button's
 * label. Undefined when any part is not a topic, so a typo is asked again rather than silently dropped.
 */
export function topicsFromText(text: string): Topic[] | undefined {
  const label = topicFromWord(text);
  if (label) return [label];
  const parts = text.split(SEPARATORS).filter((p) => p.trim());
  if (parts.length === 0) return undefined;
  const found = new Set<Topic>();
  for (const part of parts) {
    const topics = topicsOfPart(part);
    if (!topics) return undefined;
    for (const t of topics) found.add(t);
  }
  return TOPICS.filter((t) => found.has(t));
}
