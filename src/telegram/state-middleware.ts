/** Dedupe, session and profile in one round trip before the features, and what changed written back after. */
import type { MiddlewareFn } from "grammy";
import { localeFromTelegram } from "../i18n.ts";
import { logError } from "../log.ts";
import { keys, ttl } from "../store/keys.ts";
import { loadUpdateState, saveUpdateState } from "../store/state.ts";
import type { BotContext } from "./context.ts";

const HOUR = 3600_000;

/**
 * Dedupe, session and profile in one round trip before the features; changes written back after.
 * A redelivered update stops here. A Redis outage does not stop the bot: it answers without saving.
 */
export const stateMiddleware: MiddlewareFn<BotContext> = async (ctx, next) => {
  const chatId = ctx.chat?.id;
  const userId = ctx.from?.id;
  const redis = ctx.deps.redis;
  ctx.profileChanges = {};
  try {
    const claim = { key: keys.dedupe(ctx.update.update_id), ttl: ttl.dedupe };
    const state = await loadUpdateState(redis, { claim, chatId, userId });
    if (state.duplicate) return;
    ctx.session = state.session;
    ctx.profile = state.profile;
    ctx.storageOk = true;
  } catch (error) {
    logError("state_load_failed", error, { update_id: ctx.update.update_id });
    ctx.session = {};
    ctx.profile = null;
    ctx.storageOk = false;
  }
  const before = JSON.stringify(ctx.session);
  await next();
  if (!ctx.storageOk) return;
  const now = ctx.deps.now;
  if (userId !== undefined && ctx.chat?.type === "private" && !ctx.profileDeleted) {
    // Touch the profile at most hourly so plain reads don't cost a write each.
    if (!ctx.profile) Object.assign(ctx.profileChanges, { created: now, seen: now, status: "active" });
    else if (now - ctx.profile.seen > HOUR) ctx.profileChanges.seen = now;
    // Telegram's language, kept so messages sent outside a chat (alerts, reminders) use it too.
    const lang = localeFromTelegram(ctx.from?.language_code);
    if (lang && ctx.profile?.raw.lang !== lang) ctx.profileChanges.lang = lang;
  }
  const after = JSON.stringify(ctx.session);
  try {
    await saveUpdateState(
      redis,
      { chatId, userId },
      {
        session: after === before || ctx.profileDeleted || ctx.failed ? undefined : ctx.session,
        profile: ctx.profileDeleted ? undefined : ctx.profileChanges,
      },
    );
  } catch (error) {
    logError("state_save_failed", error, { update_id: ctx.update.update_id });
  }
};
