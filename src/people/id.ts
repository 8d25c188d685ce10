/** Who a person is to the service: one named type everywhere, so it can grow from a Telegram id to one id per channel. */

/** A person's id: today her Telegram user id (private chats share it as their chat id). */
export type PersonId = number;
