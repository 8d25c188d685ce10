/** The last resort: a press nobody handled is stale, /cancel with nothing open says so, any other message gets the menu. */
import { Composer } from "grammy";
import type { BotContext } from "../../src/telegram/context.ts";
import { sendMenu } from "../shared/main-menu.ts";
import { stale } from "../shared/stale.ts";

const composer = new Composer<BotContext>();
const pm = composer.chatType("private");

// A button nobody handled is stale (an old menu, a deleted fair): say so, change nothing.
pm.on("callback_query", async (ctx) => {
  await stale(ctx);
});

// Every form handles its own /cancel; reaching here means nothing was open.
pm.command("cancel", async (ctx) => {
  await sendMenu(ctx, ctx.t("cancel-nothing"));
});

pm.on("message", async (ctx) => {
  await sendMenu(ctx, ctx.t("fallback"));
});

/** Last in the chain: messages nobody handled get the menu; other update kinds get silence. */
export const fallback = composer;
