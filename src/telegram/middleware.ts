/** The bot's fixed middleware: Bot API refusals that change nothing, locale, staff, rate limit, the error boundary's reply. */
import type { MiddlewareFn, Transformer } from "grammy";
import { negotiateLocale } from "../i18n.ts";
import { logError } from "../log.ts";
import { createRateLimiter } from "../ratelimit.ts";
import type { BotContext } from "./context.ts";

/**
 * Editing a message into exactly what it already shows is refused by Telegram ("message is not
 * modified"); it happens on every double tap. The message already says what it should: success.
 */
export const ignoreNotModified: Transformer = async (prev, method, payload, signal) => {
  const res = await prev(method, payload, signal);
  if (!res.ok && method.startsWith("edit") && res.description.includes("message is not modified")) {
    return { ok: true, result: true } as Awaited<ReturnType<typeof prev>>;
  }
  return res;
};

/**
 * A press answered too late (the update waited while the Worker was down, or came back after a
 * failure) is refused with "query is too old"; a Telegram 5xx can refuse any answer. The answer
 * only stops the button's spinner (and shows its short notice); the press itself (an RSVP, a
 * resume) must still count, so neither refusal is an error.
 */
export const ignoreExpiredAnswer: Transformer = async (prev, method, payload, signal) => {
  const res = await prev(method, payload, signal);
  if (
    !res.ok &&
    method === "answerCallbackQuery" &&
    (/query is too old|query id is invalid/i.test(res.description) || res.error_code >= 500)
  ) {
    return { ok: true, result: true } as Awaited<ReturnType<typeof prev>>;
  }
  return res;
};

/** Sets ctx.locale, ctx.t and ctx.tText from the stored choice, then Telegram's language (this update's, else as last seen). */
export const localeMiddleware: MiddlewareFn<BotContext> = (ctx, next) => {
  ctx.locale = negotiateLocale(ctx.profile?.locale, ctx.from?.language_code, ctx.profile?.raw.lang);
  ctx.t = (key, args) => ctx.deps.i18n.t(ctx.locale, key, args);
  ctx.tText = (key, args) => ctx.deps.i18n.text(ctx.locale, key, args);
  return next();
};

/** Resolves ctx.staff from the STAFF configuration. */
export const staffMiddleware: MiddlewareFn<BotContext> = (ctx, next) => {
  const id = ctx.from?.id;
  ctx.staff = ctx.deps.config.STAFF.find((member) => member.id === id) ?? null;
  return next();
};

/**
 * Drops a user's updates beyond a burst: flooding must not cost everyone else.
 * Per isolate, in memory: a best-effort guard, not a quota.
 */
export function rateLimitMiddleware(opts = { burst: 20, perSeconds: 10 }): MiddlewareFn<BotContext> {
  const limiter = createRateLimiter(opts.burst, opts.perSeconds * 1000);
  return async (ctx, next) => {
    const id = ctx.from?.id;
    const over = id !== undefined && ctx.staff === null ? limiter.over(String(id), ctx.deps.now) : 0;
    if (over === 0) return next();
    // Dropped, but not in silence: the first message over the limit says to wait and send again.
    const notice = ctx.tText("rate-limited");
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: notice }).catch(() => undefined);
    else if (over === 1 && ctx.chat?.type === "private") await ctx.reply(notice).catch(() => undefined);
  };
}

/**
 * The error boundary's handler: log without personal data, reply politely, and let the webhook
 * answer 200. The session changes of the failed update are dropped, so the apology's "try again"
 * repeats the same step (a form does not move on to a question that was never shown).
 */
export async function replyOnError(err: { error: unknown; ctx: BotContext }): Promise<void> {
  const { ctx } = err;
  logError("handler_failed", err.error, { update_id: ctx.update.update_id });
  // A step whose prompt never arrived must not count: the session is not written back.
  ctx.failed = true;
  // The handler may have answered the press before failing; a second answer is refused, and
  // that refusal must not keep the apology from being sent.
  if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
  try {
    if (ctx.chat) await ctx.reply(ctx.t("error-generic"), { parse_mode: "HTML" });
  } catch (replyError) {
    logError("error_reply_failed", replyError, { update_id: ctx.update.update_id });
  }
}
