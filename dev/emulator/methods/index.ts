import { BOT_METHODS } from "./bot.ts";
import { CHAT_METHODS } from "./chat.ts";
import type { Handler } from "./common.ts";
import { MEDIA_METHODS } from "./media.ts";
import { MESSAGE_METHODS } from "./messages.ts";
import { WEBHOOK_METHODS } from "./webhook.ts";

export type { Handler, MethodContext } from "./common.ts";

const ALL: Record<string, Handler> = {
  ...BOT_METHODS,
  ...WEBHOOK_METHODS,
  ...MESSAGE_METHODS,
  ...MEDIA_METHODS,
  ...CHAT_METHODS,
};

// The Bot API matches method names case-insensitively.
const BY_LOWER = new Map(
  Object.entries(ALL).map(([name, handler]) => [name.toLowerCase(), { name, handler }]),
);

/** The implementation of a method and its canonical name, if the emulator has one. */
export function lookupMethod(method: string): { name: string; handler: Handler } | undefined {
  return BY_LOWER.get(method.toLowerCase());
}

/** Names of all implemented methods. */
export function methodNames(): string[] {
  return Object.keys(ALL);
}
