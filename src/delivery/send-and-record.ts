import { RateLimitedError, RecipientGoneError, TransientSendError } from "../channel/errors.ts";
import type { Channel, OutgoingMessage } from "../channel/types.ts";
import type { Locale } from "../i18n.ts";
import { keys } from "../store/keys.ts";
import { LOCALES } from "../store/profile.ts";
import type { Redis } from "../store/redis.ts";

/** One page of a delivery: who, what, and where delivered ids are recorded. */
export interface DeliveryPage {
  /** Set of ids already delivered (`jg:bc:{id}:done`); ids in it are skipped, so redelivery is harmless. */
  doneKey: string;
  recipients: readonly number[];
  /** Builds the message in the recipient's language. */
  render(userId: number, locale: Locale): OutgoingMessage | Promise<OutgoingMessage>;
}

export interface DeliveryOptions {
  /** Called before every send attempt; the engine paces to its rate here. */
  pace?: () => Promise<void>;
  /** How to wait out a 429 (seconds); the engine pauses the whole broadcast. */
  waitRetryAfter?: (seconds: number) => Promise<void>;
  /** Retries for 5xx and network errors before a recipient counts as failed. */
  maxRetries?: number;
  backoffMs?: (attempt: number) => number;
  now?: () => number;
}

export interface DeliveryReport {
  sent: number;
  skipped: number;
  gone: number;
  failed: { userId: number; reason: string }[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends one page and records each delivered id the moment Telegram accepts it. Recipients already
 * done, stopped, or unknown are skipped; 403 marks the recipient stopped; 429 waits and retries;
 * 5xx retries with backoff, then counts as failed with the reason.
 */
export async function sendAndRecord(
  redis: Redis,
  channel: Channel,
  page: DeliveryPage,
  opts: DeliveryOptions = {},
): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, skipped: 0, gone: 0, failed: [] };
  if (page.recipients.length === 0) return report;
  const { pace, maxRetries = 3, now = Date.now } = opts;
  const waitRetryAfter = opts.waitRetryAfter ?? ((s: number) => sleep(s * 1000));
  const backoffMs = opts.backoffMs ?? ((attempt: number) => 250 * 2 ** attempt);

  // One round trip for the whole page: who is done already, and each recipient's status and language.
  const pipe = redis.pipeline();
  pipe.smismember(page.doneKey, page.recipients as number[]);
  for (const id of page.recipients) pipe.hmget(keys.user(id), "status", "locale");
  const [done, ...profiles] = await pipe.exec<[number[], ...(Record<string, unknown> | null)[]]>();

  for (const [i, userId] of page.recipients.entries()) {
    const profile = profiles[i];
    if (done[i] === 1 || !profile || profile.status === "stopped") {
      report.skipped++;
      continue;
    }
    const locale = (LOCALES as readonly unknown[]).includes(profile.locale)
      ? (profile.locale as Locale)
      : "zh-CN";
    const message = await page.render(userId, locale);
    for (let attempt = 0; ; attempt++) {
      await pace?.();
      try {
        await channel.send(userId, message);
        await redis.sadd(page.doneKey, userId);
        report.sent++;
        break;
      } catch (error) {
        if (error instanceof RateLimitedError) {
          await waitRetryAfter(error.retryAfter);
          attempt--; // a 429 is the channel's pacing, not this recipient's failure
          continue;
        }
        if (error instanceof RecipientGoneError) {
          await redis.hset(keys.user(userId), {
            status: "stopped",
            stopped_at: now(),
            stopped_by: "blocked",
          });
          report.gone++;
          break;
        }
        if (error instanceof TransientSendError && attempt < maxRetries) {
          await sleep(backoffMs(attempt));
          continue;
        }
        report.failed.push({
          userId,
          reason: error instanceof Error ? error.message.slice(0, 200) : "unknown",
        });
        break;
      }
    }
  }
  return report;
}
