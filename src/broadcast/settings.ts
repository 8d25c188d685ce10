/** Broadcast rates, the Stars cost of paid broadcast, the admins' paid setting, and the approval threshold. */
import type { Config } from "../config.ts";
import type { ChannelName, PersonId } from "../people/id.ts";
import { keys } from "../store/keys.ts";
import type { Redis } from "../store/redis.ts";
import { broadcastKeys } from "./keys.ts";

/** Telegram's free broadcast ceiling: about 30 messages per second. */
export const FREE_RATE_CAP = 30;
/** Telegram bills paid broadcasts 0.1 Star per message (allow_paid_broadcast). */
export const STARS_PER_MESSAGE = 0.1;

/** Messages per second for a broadcast: BROADCAST_RATE capped at 30, or the paid rate. */
export function broadcastRate(config: Config, paid: boolean): number {
  return paid ? config.BROADCAST_PAID_RATE : Math.min(config.BROADCAST_RATE, FREE_RATE_CAP);
}

/**
 * Messages per second for one channel's part of a broadcast: Telegram's (broadcastRate), or
 * WeChat's WECHAT_BROADCAST_RATE for customer-service and template sends together (WeChat limits
 * them by the day, not the second: 45009 makes its part wait until midnight Beijing time).
 */
export function channelRate(config: Config, channel: ChannelName, paid: boolean): number {
  return channel === "wechat" ? config.WECHAT_BROADCAST_RATE : broadcastRate(config, paid);
}

/**
 * The consumer's hash fields (`jg:bcs:consumer`) of a channel: its throttle (`throttle_until`) and
 * its sends still counting against its rate (`window`); Telegram's keep their names, WeChat's end
 * in `:wechat`, so one channel's limit never slows the other.
 */
export function paceField(name: "throttle_until" | "window", channel: ChannelName): string {
  return channel === "telegram" ? name : `${name}:${channel}`;
}

/** Whole Stars a paid broadcast to `recipients` costs at most. */
export function starsEstimate(recipients: number): number {
  return Math.ceil(recipients * STARS_PER_MESSAGE);
}

/** Whether an admin has enabled paid broadcast. */
export async function paidEnabled(redis: Redis): Promise<boolean> {
  const value = await redis.hget(broadcastKeys.settings(), "paid");
  return value === 1 || value === "1";
}

/** Turns paid broadcast on or off and audits it (staff ask through setPaidBroadcast, which checks the role). */
export async function setPaidEnabled(redis: Redis, on: boolean, by: PersonId, now: number): Promise<void> {
  const pipe = redis.pipeline();
  pipe.hset(broadcastKeys.settings(), { paid: on ? 1 : 0, paid_by: by, paid_at: now });
  pipe.xadd(keys.audit(), "*", { type: "broadcast-setting", paid: on ? 1 : 0, by, at: now });
  await pipe.exec();
}

/** Whether a broadcast of this size needs an admin's approval first. */
export function needsApproval(config: Config, recipients: number, authorIsAdmin: boolean): boolean {
  return !authorIsAdmin && recipients > config.BROADCAST_APPROVAL_THRESHOLD;
}
