/** The composition root: the one ordered list of features, and everything assembled from it. */
/**
 * The composition root: the one ordered list of features. The bot's composers, the cron jobs, the
 * personal-data sources behind /mydata and /delete, the broadcast templates and the session slices
 * are all assembled from it. A feature is two folders (src/<name>/, handlers/<name>/) and one line here.
 */
import { basicsTelegram } from "../handlers/basics/index.ts";
import { basicsWechat } from "../handlers/basics/wechat.ts";
import { broadcastTelegram } from "../handlers/broadcast/index.ts";
import { consoleTelegram } from "../handlers/console/index.ts";
import { fairsTelegram } from "../handlers/fairs/index.ts";
import { fairsWechat } from "../handlers/fairs/wechat.ts";
import { faqTelegram } from "../handlers/faq/index.ts";
import { faqWechat } from "../handlers/faq/wechat.ts";
import { privacyTelegram } from "../handlers/privacy/index.ts";
import { privacyWechat } from "../handlers/privacy/wechat.ts";
import { signupTelegram } from "../handlers/signup/index.ts";
import { signupWechat } from "../handlers/signup/wechat.ts";
import { subscriptionsTelegram } from "../handlers/subscriptions/index.ts";
import { subscriptionsWechat } from "../handlers/subscriptions/wechat.ts";
import { basicsDomain } from "./basics/feature.ts";
import { broadcastDomain } from "./broadcast/feature.ts";
import { consoleDomain } from "./console/feature.ts";
import type { Catalog } from "./deps.ts";
import { fairsDomain } from "./fairs/feature.ts";
import { faqDomain } from "./faq/feature.ts";
import type { FeatureDomain } from "./feature.ts";
import type { ScheduledJob } from "./jobs.ts";
import { privacyDomain } from "./privacy/feature.ts";
import { signupDomain } from "./signup/feature.ts";
import { subscriptionsDomain } from "./subscriptions/feature.ts";
import { type BotCommandSpec, commandListOf } from "./telegram/command-list.ts";
import type { TelegramFeature } from "./telegram/feature.ts";
import type { WechatFeature } from "./wechat/feature.ts";

/**
 * One feature: its name, its domain (src/<name>/), its Telegram handlers (handlers/<name>/index.ts)
 * and its WeChat part (handlers/<name>/wechat.ts), run in the same order.
 */
export interface Feature {
  name: string;
  domain: FeatureDomain;
  telegram: TelegramFeature;
  wechat?: WechatFeature;
}

/**
 * Every feature, in order. A feature's composer sees an update before the features after it, and
 * its fallback sees what they all left (fallbacks run in reverse order). So:
 * - the basics come first: /language and /help leave any open form as it is, and the menu is the last resort;
 * - privacy next: /mydata and /delete likewise;
 * - the console next: /console for staff, and her menu button kept in step with STAFF after each update;
 * - broadcast, the FAQ's staff tools and job fairs before subscriptions: a draft or an entry being
 *   written takes its own words (« stop », « 停止 »), it does not unsubscribe her;
 * - subscriptions before sign-up: « 退订 » mid-form stops her alerts;
 * - /mydata lists sections in this order, and /delete erases in the reverse.
 */
export const FEATURES: readonly Feature[] = [
  { name: "basics", domain: basicsDomain, telegram: basicsTelegram, wechat: basicsWechat },
  { name: "privacy", domain: privacyDomain, telegram: privacyTelegram, wechat: privacyWechat },
  { name: "console", domain: consoleDomain, telegram: consoleTelegram },
  { name: "broadcast", domain: broadcastDomain, telegram: broadcastTelegram },
  { name: "faq", domain: faqDomain, telegram: faqTelegram, wechat: faqWechat },
  { name: "fairs", domain: fairsDomain, telegram: fairsTelegram, wechat: fairsWechat },
  {
    name: "subscriptions",
    domain: subscriptionsDomain,
    telegram: subscriptionsTelegram,
    wechat: subscriptionsWechat,
  },
  { name: "signup", domain: signupDomain, telegram: signupTelegram, wechat: signupWechat },
];

/** The features' run-time parts, in feature order; a template name or slice name used twice is an error. */
export function catalogOf(features: readonly Feature[]): Catalog {
  const templates: Record<string, Catalog["templates"][string]> = {};
  const slices: Catalog["slices"][number][] = [];
  for (const { name, domain } of features) {
    for (const [template, render] of Object.entries(domain.templates ?? {})) {
      if (Object.hasOwn(templates, template)) throw new Error(`${name}: template "${template}" is taken`);
      templates[template] = render;
    }
    for (const slice of domain.slices ?? []) {
      if (slices.some((s) => s.name === slice.name))
        throw new Error(`${name}: slice "${slice.name}" is taken`);
      slices.push(slice);
    }
  }
  return { templates, privacy: features.flatMap((f) => f.domain.privacy ?? []), slices };
}

/** What the Worker runs: the catalog, the cron jobs and the Telegram features. */
export const catalog: Catalog = catalogOf(FEATURES);
export const scheduledJobs: readonly ScheduledJob[] = FEATURES.flatMap((f) => f.domain.jobs ?? []);
export const telegramFeatures: readonly TelegramFeature[] = FEATURES.map((f) => f.telegram);
export const wechatFeatures: readonly WechatFeature[] = FEATURES.flatMap((f) => (f.wechat ? [f.wechat] : []));
/** The one list of commands, in feature order: /help, the staff's menu and `npm run telegram:setup` read it. */
export const botCommands: readonly BotCommandSpec[] = commandListOf(telegramFeatures);
