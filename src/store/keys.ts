/** The one key scheme's core: a person's profile and session, update dedupe, getMe, the audit stream. Every key starts with `jg:`; each feature keeps its own keys beside its code, and docs/storage-keys.md lists them all. */
import type { PersonId } from "../people/id.ts";

export const keys = {
  user: (id: PersonId) => `jg:user:${id}`,
  session: (chatId: PersonId) => `jg:session:${chatId}`,
  dedupe: (updateId: number) => `jg:dedupe:${updateId}`,
  /** Per bot: a Redis shared by two bots (or a token change) must not hand one the other's name. */
  botInfo: (botId: number) => `jg:botinfo:${botId}`,
  audit: () => "jg:audit",
} as const;

export const ttl = {
  /** Telegram stops redelivering an update after about a day. */
  dedupe: 60 * 60 * 26,
  /** A conversation state nobody touched for a week is abandoned. */
  session: 60 * 60 * 24 * 7,
  botInfo: 60 * 60 * 24,
} as const;
