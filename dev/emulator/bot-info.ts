import type { User, UserFromGetMe } from "grammy/types";
import type { BotInfoInput } from "./types.ts";

/** The bot `npm start` and the standalone CLI pretend to be. */
export const DEFAULT_DEV_BOT: BotInfoInput = {
  id: 7000000001,
  is_bot: true,
  first_name: "Jinguo Dev",
  username: "jinguo_dev_bot",
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
};

/** getMe's full answer: the given fields over defaults for everything Telegram always sends. */
export function completeBotInfo(input: BotInfoInput): UserFromGetMe {
  const { id, first_name, username, ...rest } = input;
  // Telegram's field order: identity first, then capabilities.
  return {
    id,
    is_bot: true,
    first_name,
    username,
    can_join_groups: false,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
    ...rest,
  } as UserFromGetMe;
}

/** The bot as `from` of its own messages: only the User fields. */
export function botAsUser(bot: UserFromGetMe): User {
  return { id: bot.id, is_bot: true, first_name: bot.first_name, username: bot.username };
}
