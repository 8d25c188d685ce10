/** The Upstash client, with bounded retries and a timeout per request. */
import { Redis } from "@upstash/redis/cloudflare";

/** What the store needs to reach Upstash. */
export interface RedisSettings {
  url: string;
  token: string;
  /** Upper bound for one request, retries included. */
  timeoutMs?: number;
}

/**
 * Builds the Upstash client with bounded retries: a network error is retried twice with a short
 * backoff, and the whole request is aborted after `timeoutMs`, so a webhook never hangs on an outage.
 */
export function createRedis({ url, token, timeoutMs = 2500 }: RedisSettings): Redis {
  return new Redis({
    url,
    token,
    retry: { retries: 2, backoff: (attempt) => 50 * 2 ** attempt },
    signal: () => AbortSignal.timeout(timeoutMs),
    enableTelemetry: false,
  });
}

export type { Redis };
