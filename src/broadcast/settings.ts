/** Broadcast rates, the Stars cost of paid broadcast, the admins' paid setting, and the approval threshold. */
import type { Config } from "../config.ts";
import type { PersonId } from "../people/id.ts";
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
