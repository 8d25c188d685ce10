import { Bot, type Composer } from "grammy";
import { fallbackFeature } from "../../handlers/basics/fallback.ts";
import { helpFeature } from "../../handlers/basics/help.ts";
import { languageFeature } from "../../handlers/basics/language.ts";
import { menuFeature } from "../../handlers/basics/menu.ts";
import { startFeature } from "../../handlers/basics/start.ts";
import { broadcastFeature } from "../../handlers/broadcast/index.ts";
import { fairsFeature } from "../../handlers/fairs/index.ts";
import { faqFeature } from "../../handlers/faq/questions.ts";
import { faqStaffFeature } from "../../handlers/faq/staff.ts";
import { privacyFeature } from "../../handlers/privacy/index.ts";
import { mentorSignupFeature } from "../../handlers/signup/applicant.ts";
import { staffSignupsFeature } from "../../handlers/signup/applications.ts";
import { staffMentorsFeature } from "../../handlers/signup/mentors.ts";
import { subscribeFeature } from "../../handlers/subscriptions/index.ts";
import type { BotInfo, Config } from "../config.ts";
import { commandEntityMiddleware } from "./commands.ts";
import type { BotContext, BotDeps } from "./context.ts";
import {
  ignoreExpiredAnswer,
  ignoreNotModified,
  localeMiddleware,
  rateLimitMiddleware,
  replyOnError,
  staffMiddleware,
} from "./middleware.ts";
import { stateMiddleware } from "./state-middleware.ts";

/** Options for tests and tools: extra composers run just before the fallback. */
export interface BotOptions {
  botInfo: BotInfo;
  extraFeatures?: Composer<BotContext>[];
}

/**
 * Builds the bot with its fixed middleware order:
 * (missing command entities filled in) → dedupe + session + profile → locale → staff → rate limit
 * → features → FAQ → fallback.
 * Features run inside an error boundary so a failing handler still gets a polite reply and a 200.
 */
export function createBot(config: Config, deps: BotDeps, options: BotOptions): Bot<BotContext> {
  const bot = new Bot<BotContext>(config.TELEGRAM_BOT_TOKEN, {
    botInfo: options.botInfo,
    client: { apiRoot: config.TELEGRAM_API_ROOT },
  });
  bot.api.config.use(ignoreNotModified, ignoreExpiredAnswer);
  const now = deps.now ?? Date.now;
  bot.use((ctx, next) => {
    ctx.config = config;
    ctx.deps = { ...deps, now };
    return next();
  });
  bot.use(commandEntityMiddleware);
  bot.use(stateMiddleware);
  bot.use(localeMiddleware);
  bot.use(staffMiddleware);
  bot.use(rateLimitMiddleware());
  bot.errorBoundary(
    replyOnError,
    languageFeature,
    privacyFeature,
    helpFeature,
    // Before subscriptions: a staff member's draft text ("stop…") is her announcement, not a stop word.
    broadcastFeature,
    // Likewise an FAQ entry being written: « stop » cancels the entry, it does not unsubscribe her.
    faqStaffFeature,
    // And a job fair being written: « 停止 » / « stop » discards the form.
    fairsFeature,
    subscribeFeature,
    // Staff text input (a closing note, a mentor's details) comes before the applicant's form.
    staffSignupsFeature,
    staffMentorsFeature,
    mentorSignupFeature,
    startFeature,
    menuFeature,
    ...(options.extraFeatures ?? []),
    // Last before the fallback: every other feature's forms see their typed answers first.
    faqFeature,
    fallbackFeature,
  );
  return bot;
}
