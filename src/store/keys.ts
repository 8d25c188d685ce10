/**
 * The one key scheme. Every key starts with `jg:`; TTLs live next to the keys they govern.
 * The README's storage table mirrors this file.
 */
export const keys = {
  user: (id: number) => `jg:user:${id}`,
  session: (chatId: number) => `jg:session:${chatId}`,
  dedupe: (updateId: number) => `jg:dedupe:${updateId}`,
  botInfo: () => "jg:botinfo",
  audit: () => "jg:audit",
} as const;

export const ttl = {
  /** Telegram stops redelivering an update after about a day. */
  dedupe: 60 * 60 * 26,
  /** A conversation state nobody touched for a week is abandoned. */
  session: 60 * 60 * 24 * 7,
  botInfo: 60 * 60 * 24,
} as const;
