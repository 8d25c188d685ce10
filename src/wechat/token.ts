/** The access token, shared by every isolate through one Redis key, refreshed by one isolate at a time. */
import type { Redis } from "../store/redis.ts";

/** The Redis calls the token cache makes (the Upstash client has them). */
export type TokenStore = Pick<Redis, "get" | "set" | "del">;

/** The token, when to replace it and when it stops working (epoch ms), as stored under tokenKey(appId). */
export interface CachedToken {
  token: string;
  refreshAt: number;
  expiresAt: number;
}

/** Where the token lives: one key per AppId (TTL = the token's lifetime), and its refresh lock. */
export const tokenKey = (appId: string) => `jg:wechat:token:${appId}`;
export const tokenLockKey = (appId: string) => `jg:wechat:token:${appId}:lock`;

/** A token as WeChat hands it out: `expires_in` seconds. */
export interface IssuedToken {
  token: string;
  expiresIn: number;
}

export interface TokenCacheOptions {
  redis: TokenStore;
  appId: string;
  /** Calls stable_token; `forceRefresh` invalidates the current token (WeChat allows it 20 times a day). */
  issue(forceRefresh: boolean): Promise<IssuedToken>;
  now: () => number;
  sleep?: (ms: number) => Promise<void>;
  /**
   * Refresh when less than this is left (default 4 min). In normal mode stable_token hands out a new
   * token only in the last 5 minutes of the old one, so a refresh inside them gets a new one.
   */
  refreshBeforeMs?: number;
  /** How long the refresher may hold the lock (longer than one stable_token call can take). */
  lockMs?: number;
  /** How long an isolate without a usable token waits for the refresher before asking WeChat itself. */
  waitMs?: number;
}

/** Hands out a working access token. */
export interface TokenCache {
  /**
   * A token that is not about to expire. With `rejected` (a token WeChat just refused with 40001 or
   * 42001), that token is never handed out again: a fresh one is fetched, force-refreshed if
   * WeChat's normal mode still returns the refused one.
   */
  get(options?: { rejected?: string }): Promise<string>;
}

const POLL_MS = 100;
// A token with less left than this is not handed out even while another isolate refreshes.
const MIN_LEFT_MS = 10_000;

/**
 * The shared token cache. Each isolate keeps a copy in memory; the Redis key is the truth. When
 * the token nears its end, the isolate that wins SET NX on the lock key asks WeChat; the others keep
 * using the old token (still valid for minutes) or, if they have none, wait for the new one, so a
 * cold start of many isolates costs one stable_token call. If Redis is down, the isolate asks WeChat
 * itself: normal mode returns the same token to everyone, so this is safe, only slower.
 */
export function createTokenCache(opts: TokenCacheOptions): TokenCache {
  const { redis, appId, issue, now } = opts;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const refreshBeforeMs = opts.refreshBeforeMs ?? 240_000;
  const lockMs = opts.lockMs ?? 15_000;
  const waitMs = opts.waitMs ?? 3_000;
  const key = tokenKey(appId);
  const lockKey = tokenLockKey(appId);
  let memo: CachedToken | null = null;

  // Not type guards: a token that is not fresh is still a token.
  const fresh = (entry: CachedToken, rejected: string | undefined): boolean =>
    entry.token !== rejected && entry.refreshAt > now();
  const stillValid = (entry: CachedToken, rejected: string | undefined): boolean =>
    entry.token !== rejected && entry.expiresAt - now() > MIN_LEFT_MS;

  const readShared = async (): Promise<CachedToken | null> => {
    try {
      const entry = await redis.get<CachedToken>(key);
      const ok =
        entry &&
        typeof entry.token === "string" &&
        typeof entry.refreshAt === "number" &&
        typeof entry.expiresAt === "number";
      return ok ? entry : null;
    } catch {
      return null;
    }
  };

  const refresh = async (rejected: string | undefined): Promise<string> => {
    let issued = await issue(false);
    if (rejected !== undefined && issued.token === rejected) issued = await issue(true);
    const lifetimeMs = issued.expiresIn * 1000;
    const issuedAt = now();
    // A token handed out with little time left (the old one, near its end) is still kept a while,
    // so the isolates do not ask WeChat on every call until it issues the next one.
    const keepMs = Math.max(lifetimeMs - refreshBeforeMs, Math.min(30_000, lifetimeMs / 2));
    const entry = { token: issued.token, refreshAt: issuedAt + keepMs, expiresAt: issuedAt + lifetimeMs };
    await redis.set(key, entry, { px: lifetimeMs }).catch(() => undefined);
    memo = entry;
    return entry.token;
  };

  return {
    async get(options = {}) {
      const { rejected } = options;
      if (memo && fresh(memo, rejected)) return memo.token;
      const shared = await readShared();
      if (shared && fresh(shared, rejected)) {
        memo = shared;
        return shared.token;
      }
      const owner = crypto.randomUUID();
      const locked = await redis.set(lockKey, owner, { nx: true, px: lockMs }).then(
        (result) => result === "OK",
        () => true, // Redis is down: nobody can coordinate, so refresh here.
      );
      if (locked) {
        try {
          return await refresh(rejected);
        } finally {
          // The lock outlives any stable_token call (fetch timeout < lockMs), so it is still ours.
          await redis.del(lockKey).catch(() => undefined);
        }
      }
      if (shared && stillValid(shared, rejected)) return shared.token;
      for (let waited = 0; waited < waitMs; waited += POLL_MS) {
        await sleep(POLL_MS);
        const entry = await readShared();
        if (entry && (fresh(entry, rejected) || stillValid(entry, rejected))) {
          memo = entry;
          return entry.token;
        }
      }
      // The refresher is slow or gone. Normal mode returns the token it would have got.
      return refresh(rejected);
    },
  };
}
