// The customer-service window: what each interaction allows the account to send her, and for how long.
import type { QuotaRules } from "./types.ts";

/** One interaction's allowance: `left` messages until `until` (emulator clock, ms). */
export interface Grant {
  kind: keyof QuotaRules;
  until: number;
  left: number;
}

/** WeChat's documented rules for Official Accounts (客服消息下发规则). */
export const DEFAULT_QUOTA: QuotaRules = {
  message: { count: 5, windowMs: 48 * 3600_000 },
  event: { count: 3, windowMs: 60_000 },
};

/** A new interaction replaces the allowance of its kind, counted from now. */
export function grant(grants: Grant[], rules: QuotaRules, kind: keyof QuotaRules, now: number): Grant[] {
  const rule = rules[kind];
  return [...grants.filter((g) => g.kind !== kind), { kind, until: now + rule.windowMs, left: rule.count }];
}

/**
 * Takes one message from the allowance that ends first. Returns the WeChat error code when none is
 * left: 45015 when every window has closed, 45047 when a window is open but its messages are used up.
 */
export function take(grants: Grant[], now: number): 0 | 45015 | 45047 {
  const open = grants.filter((g) => g.until > now).sort((a, b) => a.until - b.until);
  if (open.length === 0) return 45015;
  const usable = open.find((g) => g.left > 0);
  if (!usable) return 45047;
  usable.left -= 1;
  return 0;
}

/** What a simulator shows: is the window open, until when, how many messages are left. */
export function windowOf(
  grants: Grant[],
  now: number,
): { open: boolean; until: number | null; left: number } {
  const open = grants.filter((g) => g.until > now);
  return {
    open: open.length > 0,
    until: open.length ? Math.max(...open.map((g) => g.until)) : null,
    left: open.reduce((n, g) => n + g.left, 0),
  };
}
