/** A typed answer the bot asked a staff member for (a closing note, a mentor's detail): it waits half an hour, and any command ends it. */
import type { NextFunction } from "grammy";
import type { SessionSlice } from "../../src/store/session.ts";
import type { BotContext } from "../../src/telegram/context.ts";

/** Asked for longer ago than this, a later message is not taken for it. */
export const PENDING_MS = 30 * 60_000;

type TextContext = BotContext & { message: { text: string } };

/**
 * Middleware for text while `slice` holds what she was asked for: too old, it is forgotten and the
 * text goes on; a command ends it (/cancel says so with `cancelledKey`, others go on to their
 * handlers); anything else is handed to `take`.
 */
export function pendingInput<C extends TextContext, T extends { at: number }>(
  slice: SessionSlice<T>,
  cancelledKey: string,
  take: (ctx: C, pending: T, text: string) => Promise<unknown>,
): (ctx: C, next: NextFunction) => Promise<void> {
  return async (ctx, next) => {
    const pending = slice.get(ctx.session);
    if (!pending) return next();
    if (ctx.deps.now - pending.at > PENDING_MS) {
      slice.clear(ctx.session);
      return next();
    }
    const text = ctx.message.text;
    if (text.startsWith("/")) {
      slice.clear(ctx.session);
      if (/^\/cancel\b/.test(text)) return void (await ctx.reply(ctx.t(cancelledKey)));
      return next();
    }
    await take(ctx, pending, text);
  };
}
