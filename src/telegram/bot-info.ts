/** The bot's getMe answer: one schema with Telegram's defaults, for BOT_INFO, the runtime, the emulator and the tests. */
import * as z from "zod";

/** getMe as Telegram answers it; capabilities it leaves out are false. */
export const botInfoSchema = z.object({
  id: z.number().int(),
  is_bot: z.literal(true),
  first_name: z.string(),
  username: z.string(),
  can_join_groups: z.boolean().default(false),
  can_read_all_group_messages: z.boolean().default(false),
  supports_inline_queries: z.boolean().default(false),
  can_connect_to_business: z.boolean().default(false),
  has_main_web_app: z.boolean().default(false),
  has_topics_enabled: z.boolean().default(false),
  allows_users_to_create_topics: z.boolean().default(false),
  can_manage_bots: z.boolean().default(false),
  supports_join_request_queries: z.boolean().default(false),
});

export type BotInfo = z.output<typeof botInfoSchema>;

/** A complete getMe answer from the bot's identity, every capability Telegram reports filled in. */
export function botInfo(
  identity: { id: number; first_name: string; username: string } & Partial<BotInfo>,
): BotInfo {
  return botInfoSchema.parse({ ...identity, is_bot: true });
}

/**
 * What the bot can know about itself without asking: the id is the token's prefix. Used only when
 * getMe cannot be reached, so updates are still answered; commands addressed as /cmd@name then
 * match only the placeholder name, which private chats never use.
 */
export function botInfoFromToken(token: string): BotInfo {
  return botInfo({ id: Number(token.split(":")[0]), first_name: "Jinguo", username: "jinguo_bot" });
}
