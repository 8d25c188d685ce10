import { Bot, type Composer } from "grammy";
import { broadcastFeature } from "../handlers/broadcast.ts";
import { fairsFeature } from "../handlers/fairs.ts";
import { fallbackFeature } from "../handlers/fallback.ts";
import { faqFeature } from "../handlers/faq.ts";
import { dangerFirstFeature } from "../handlers/faq-danger.ts";
import { faqStaffFeature } from "../handlers/faq-staff.ts";
import { helpFeature } from "../handlers/help.ts";
import { languageFeature } from "../handlers/language.ts";
import { mentorSignupFeature } from "../handlers/mentor-signup.ts";
import { menuFeature } from "../handlers/menu.ts";
import { privacyFeature } from "../handlers/privacy.ts";
import { staffMentorsFeature } from "../handlers/staff-mentors.ts";
import { staffSignupsFeature } from "../handlers/staff-signups.ts";
import { startFeature } from "../handlers/start.ts";
import { subscribeFeature } from "../handlers/subscribe.ts";
import type { BotInfo, Config } from "./config.ts";
import { commandEntityMiddleware } from "./telegram/commands.ts";
import type { BotContext, BotDeps } from "./telegram/context.ts";
import {
  ignoreExpiredAnswer,
  ignoreNotModified,
  localeMiddleware,
  rateLimitMiddleware,
  replyOnError,
  staffMiddleware,
} from "./telegram/middleware.ts";
import { stateMiddleware } from "./telegram/state-middleware.ts";

/** Options for tests and tools: extra composers run just before the fallback. */
export interface BotOptions {
  botInfo: BotInfo;
  extraFeatures?: Composer<BotContext>[];
}

/**
 * Builds the bot with its fixed middleware order:
 * (missing command entities filled in) → dedupe + session + profile → locale → staff → rate limit
 * → danger first → features → FAQ → fallback.
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
    // Safety first: a description of violence gets the domestic-violence answer, mid-form too.
    dangerFirstFeature,
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
