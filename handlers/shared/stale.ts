/** A press that no longer applies (an old message, a form already closed) or a staff action the domain refused: nothing happens, and she is told so. */
import type { MiddlewareFn } from "grammy";
import { NotAllowedError } from "../../src/staff/scope.ts";
import type { BotContext } from "../../src/telegram/context.ts";

/** Answers a press on a button that no longer applies: a short notice, nothing changes. */
export async function stale(ctx: BotContext): Promise<void> {
  await ctx.answerCallbackQuery({ text: ctx.tText("callback-stale") });
}

/**
 * Answers a staff action the domain refused (not staff, outside her scope, admins only) as a stale
 * button: the refusal reveals nothing about what lies outside her scope.
 */
export const answerRefusals: MiddlewareFn<BotContext> = async (ctx, next) => {
  try {
    await next();
  } catch (error) {
    if (!(error instanceof NotAllowedError)) throw error;
    // The press may have been answered before the refusal: a second answer is refused, harmlessly.
    if (ctx.callbackQuery) await stale(ctx).catch(() => undefined);
    else await ctx.reply(ctx.t("callback-stale"));
  }
};
