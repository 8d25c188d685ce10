/** Who a person is to the service: one id per channel (a Telegram user id, or a WeChat openid written `wx:{openid}`). */
import * as z from "zod";

/** Her Telegram user id (private chats share it as their chat id). */
export type TelegramId = number;

/**
 * Her WeChat openid under the `wx:` prefix. The prefix keeps the two channels' ids apart in every
 * key and set, and keeps the value from ever looking like a number: @upstash/redis turns a member or
 * field that reads as JSON (a bare number) into a number, and a prefixed string never does.
 */
export type WechatId = `wx:${string}`;

/** A person's id: Telegram's number or a `wx:` openid. Every store keys her data by it. */
export type PersonId = TelegramId | WechatId;

/** The channels a person can be reached through. */
export const CHANNELS = ["telegram", "wechat"] as const;
export type ChannelName = (typeof CHANNELS)[number];

const WECHAT_PREFIX = "wx:";
// WeChat openids are 28 characters of base64url today; anything close is accepted, nothing that could break a key.
const OPENID = /^[A-Za-z0-9_-]{6,64}$/;

/** True for a WeChat person's id. */
export function isWechatId(id: PersonId): id is WechatId {
  return typeof id === "string";
}

/** The channel she is reached through. */
export function channelOf(id: PersonId): ChannelName {
  return isWechatId(id) ? "wechat" : "telegram";
}

/** Her id for a WeChat openid (FromUserName); null when it is not an openid. */
export function wechatPerson(openid: string): WechatId | null {
  return OPENID.test(openid) ? `${WECHAT_PREFIX}${openid}` : null;
}

/** The openid inside a WeChat person's id (touser of an API call). */
export function openidOf(id: WechatId): string {
  return id.slice(WECHAT_PREFIX.length);
}

/**
 * Reads a person's id from storage or a queue message: a positive safe integer (or its decimal
 * string) is a Telegram id, `wx:` + an openid a WeChat one; anything else is null.
 */
export function personIdOf(raw: unknown): PersonId | null {
  if (typeof raw === "number") return Number.isSafeInteger(raw) && raw > 0 ? raw : null;
  if (typeof raw !== "string") return null;
  if (raw.startsWith(WECHAT_PREFIX)) return wechatPerson(raw.slice(WECHAT_PREFIX.length));
  if (!/^\d{1,16}$/.test(raw)) return null;
  return personIdOf(Number(raw));
}

/** The ids among `members` (set members, zset members), in order; what is not an id is dropped. */
export function personIds(members: readonly unknown[]): PersonId[] {
  const out: PersonId[] = [];
  for (const m of members) {
    const id = personIdOf(m);
    if (id !== null) out.push(id);
  }
  return out;
}

/** zod for a PersonId at an edge (queue messages, stored JSON). */
export const personIdSchema = z.custom<PersonId>((value) => personIdOf(value) === value, "not a person id");

/**
 * zod for a PersonId read back from storage, where @upstash/redis may hand a Telegram id over as a
 * number or a string: either becomes the id; anything else fails.
 */
export const storedPersonId = z.unknown().transform((value, ctx): PersonId => {
  const id = personIdOf(value);
  if (id === null) {
    ctx.addIssue({ code: "custom", message: "not a person id" });
    return z.NEVER;
  }
  return id;
});
