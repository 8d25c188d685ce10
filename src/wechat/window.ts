/** Her customer-service window on WeChat: what her last message and last event allow the account to send, kept in her profile. */

import type { PersonId } from "../people/id.ts";
import { keys } from "../store/keys.ts";
import type { Redis } from "../store/redis.ts";

/**
 * WeChat's rules for Official Accounts (客服消息下发规则), as the emulator enforces them: a message
 * from her allows 5 customer-service messages within 48 hours; a follow, a poster scan or a menu
 * click allows 3 within a minute. A new interaction renews the allowance of its kind; allowances of
 * both kinds add up. Passive replies (the webhook's answer) never count.
 */
export const WINDOW = {
  message: { count: 5, ms: 48 * 3600_000 },
  event: { count: 3, ms: 60_000 },
} as const;

/** Profile fields (`jg:user:{id}`): when she last wrote / acted, and how many sends each allowed so far. */
export const WINDOW_FIELDS = {
  messageAt: "wx_msg_at",
  messageUsed: "wx_msg_used",
  eventAt: "wx_evt_at",
  eventUsed: "wx_evt_used",
} as const;

/** Which kind of interaction opened a window. */
export type WindowKind = keyof typeof WINDOW;

/** The profile fields a new interaction of `kind` at `now` sets (written with the rest of her profile). */
export function windowOpened(kind: WindowKind, now: number): Record<string, number> {
  return kind === "message"
    ? { [WINDOW_FIELDS.messageAt]: now, [WINDOW_FIELDS.messageUsed]: 0 }
    : { [WINDOW_FIELDS.eventAt]: now, [WINDOW_FIELDS.eventUsed]: 0 };
}

// Takes one send from the allowance that ends first; answers which one, or why none, with her
// language fields (the send is written in her language). Nothing is created for an unknown person.
const RESERVE = `
local f = redis.call('HMGET', KEYS[1], 'wx_msg_at', 'wx_msg_used', 'wx_evt_at', 'wx_evt_used', 'locale', 'lang')
local now = tonumber(ARGV[1])
local open = false
local best = nil
local bestUntil = nil
local mAt = tonumber(f[1])
if mAt then
  local u = mAt + tonumber(ARGV[2])
  if u > now then
    open = true
    if (tonumber(f[2]) or 0) < tonumber(ARGV[3]) then best = 'message'; bestUntil = u end
  end
end
local eAt = tonumber(f[3])
if eAt then
  local u = eAt + tonumber(ARGV[4])
  if u > now then
    open = true
    if (tonumber(f[4]) or 0) < tonumber(ARGV[5]) and (best == nil or u < bestUntil) then best = 'event'; bestUntil = u end
  end
end
local verdict = 'expired'
if best == 'message' then redis.call('HINCRBY', KEYS[1], 'wx_msg_used', 1); verdict = 'message'
elseif best == 'event' then redis.call('HINCRBY', KEYS[1], 'wx_evt_used', 1); verdict = 'event'
elseif open then verdict = 'quota' end
return {verdict, f[5] or '', f[6] or ''}
`;

/** What a reservation found: a send taken from an allowance, or the window closed (and why), and her language fields. */
export interface Reservation {
  verdict: WindowKind | "expired" | "quota";
  locale: unknown;
  lang: unknown;
}

/**
 * Takes one customer-service send from her allowance, atomically (a Lua script over her profile).
 * `expired`: no window is open; `quota`: one is, but its sends are used up until she writes again.
 */
export async function reserveSend(redis: Redis, id: PersonId, now: number): Promise<Reservation> {
  const [verdict, locale, lang] = await redis.eval<string[], [string, unknown, unknown]>(
    RESERVE,
    [keys.user(id)],
    [
      String(now),
      String(WINDOW.message.ms),
      String(WINDOW.message.count),
      String(WINDOW.event.ms),
      String(WINDOW.event.count),
    ],
  );
  const known = verdict === "message" || verdict === "event" || verdict === "quota";
  return { verdict: known ? verdict : "expired", locale: locale || undefined, lang: lang || undefined };
}

/**
 * WeChat said the window is closed (45015) or used up (45047) although our count said otherwise
 * (another system wrote to her, or clocks differ): no more customer-service sends until she next
 * writes or acts. Only an existing profile is touched.
 */
export async function closeWindow(redis: Redis, id: PersonId): Promise<void> {
  const key = keys.user(id);
  if ((await redis.exists(key)) === 0) return;
  await redis.hset(key, {
    [WINDOW_FIELDS.messageUsed]: WINDOW.message.count,
    [WINDOW_FIELDS.eventUsed]: WINDOW.event.count,
  });
}
