import type { User, UserFromGetMe } from "grammy/types";
import { botInfo } from "../../src/telegram/bot-info.ts";
import type { BotInfoInput } from "./types.ts";

/** The bot `npm start` and the standalone CLI pretend to be. */
export const DEFAULT_DEV_BOT: BotInfoInput = {
  id: 7000000001,
  first_name: "Jinguo Dev",
  username: "jinguo_dev_bot",
};

/** getMe's full answer: the given fields over the Worker's own defaults for everything Telegram always sends. */
export function completeBotInfo(input: BotInfoInput): UserFromGetMe {
  const { id, first_name, username, ...rest } = input;
  // Telegram's field order (identity first, then capabilities) is the schema's.
  return { ...botInfo({ id, first_name, username }), ...rest } as UserFromGetMe;
}

/** The bot as `from` of its own messages: only the User fields. */
export function botAsUser(bot: UserFromGetMe): User {
  return { id: bot.id, is_bot: true, first_name: bot.first_name, username: bot.username };
}
