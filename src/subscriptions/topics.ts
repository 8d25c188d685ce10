/** What a person can subscribe to, the words people type for each, and reading typed topics. */
import { matchMany } from "../text/choices.ts";

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

const OPTIONS = TOPICS.map((id) => ({ id, names: WORDS[id] }));

/**
 * Typed topics: "1 3", "13", "一 三", "第1和第3个", "招聘会、培训", "fairs, training", "job fairs and
 * loans", a button's label. Undefined when any part is not a topic, so a typo is asked again rather
 * than silently dropped. Read by the one typed-choice matcher, names exactly (no guessing from a part).
 */
export function topicsFromText(text: string): Topic[] | undefined {
  const found = matchMany(text, OPTIONS, { partial: false, digitRuns: true, all: false });
  return found.ok ? TOPICS.filter((t) => found.ids.includes(t)) : undefined;
}
