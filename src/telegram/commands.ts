/** A leading /command made to look as grammY expects: its entity added, its address and capitals dropped. */
import type { MiddlewareFn } from "grammy";
import type { MessageEntity } from "grammy/types";
import type { BotContext } from "./context.ts";

const COMMAND = /^\/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{3,32}))?(?=\s|$)/;
const isLeadingCommand = (e: MessageEntity) => e.type === "bot_command" && e.offset === 0;
// Our deep-link payloads start with a lower-case word; a poster's link typed by hand may not.
const START_PAYLOAD = /^(\/start\s+)(sub_|fair_|signup(?![a-z0-9]))/i;

/**
 * Makes a leading /command in a message look as grammY expects before any feature sees it:
 * - Telegram marks it with a bot_command entity, but an update written by hand (a test tool,
 *   another Bot API) may leave it out: the entity Telegram would have sent is added;
 * - in a private chat the bot is the only one there, so "/start@some_bot" is for it whatever name
 *   was typed: the address is dropped (grammY would otherwise ignore the command);
 * - commands are lower case (BotFather allows nothing else), so "/Start" from a keyboard that
 *   capitalises the first letter is "/start", and « /start SUB_370705 » typed from a poster is
 *   its deep link.
 */
export const commandEntityMiddleware: MiddlewareFn<BotContext> = (ctx, next) => {
  const message = ctx.update.message;
  const text = message?.text;
  const m = typeof text === "string" ? COMMAND.exec(text) : null;
  if (!message || !text || !m) return next();
  let length = m[0].length;
  const name = m[1]!;
  const addressee = m[2];
  const foreign = addressee !== undefined && addressee.toLowerCase() !== ctx.me.username.toLowerCase();
  if (ctx.chat?.type === "private" && (foreign || name !== name.toLowerCase())) {
    const kept = foreign ? `/${name.toLowerCase()}` : m[0].toLowerCase();
    const cut = m[0].length - kept.length;
    length = kept.length;
    message.text = `${kept}${text.slice(m[0].length)}`;
    message.entities = (message.entities ?? [])
      .filter((e) => !isLeadingCommand(e))
      .map((e) => (e.offset >= m[0].length ? { ...e, offset: e.offset - cut } : e));
  }
  if (message.text?.startsWith("/start")) {
    message.text = message.text.replace(
      START_PAYLOAD,
      (_, cmd: string, word: string) => cmd + word.toLowerCase(),
    );
  }
  if (!message.entities?.some(isLeadingCommand)) {
    message.entities = [{ type: "bot_command", offset: 0, length }, ...(message.entities ?? [])];
  }
  return next();
};
