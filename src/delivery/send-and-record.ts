/** Sending one page of a delivery and recording each outcome once: 403 gone, 429 wait, 5xx retried. */
import {
  ChannelConfigError,
  RateLimitedError,
  RecipientGoneError,
  SendError,
  TransientSendError,
} from "../channel/errors.ts";
import type { Channel, DeliveredVia, OutgoingMessage } from "../channel/types.ts";
import type { Locale } from "../i18n.ts";
import { logError } from "../log.ts";
import type { PersonId } from "../people/id.ts";
import { LANGUAGE_FIELDS, localeOfFields } from "../people/language.ts";
import { keys } from "../store/keys.ts";
import type { Redis } from "../store/redis.ts";
import { createRecorder, type OutcomeKeys, type Pipeline } from "./recorder.ts";

export type { OutcomeKeys, Pipeline };

/** One page of a delivery: who, what, and where delivered ids are recorded. */
export interface DeliveryPage {
  /** Set of ids already delivered (`jg:bc:{id}:done`); ids in it are skipped, so redelivery is harmless. */
  doneKey: string;
  recipients: readonly PersonId[];
  /** Builds the message in the recipient's language. */
  render(userId: PersonId, locale: Locale): OutgoingMessage | Promise<OutgoingMessage>;
  /** Where other outcomes are recorded; ids found in them are skipped like done ones. */
  outcomeKeys?: OutcomeKeys;
}

/**
 * Tells a pacer a send's answer came back, or with `false` that its slot went unused (it then counts
 * for nothing); calling it again is harmless.
 */
export type Settle = (sent?: boolean) => void;

export interface DeliveryOptions {
  /**
   * Called before every send attempt; the engine paces to its rate here. What it returns is called
   * when that send's answer came back, so the pacer can count each send until a second after
   * Telegram surely saw it.
   */
  pace?: () => Promise<Settle | undefined>;
  /** How to wait out a 429 (seconds); the engine pauses the whole broadcast. */
  waitRetryAfter?: (seconds: number) => Promise<void>;
  /** Retries for 5xx and network errors before a recipient counts as failed. */
  maxRetries?: number;
  backoffMs?: (attempt: number) => number;
  now?: () => number;
  /** Sends in flight at once (default 1; a Worker may hold 6 connections open). */
  concurrency?: number;
  /** Group commit of delivered ids: at most this late (default 0: each written at once) … */
  recordDelayMs?: number;
  /** … or as soon as this many wait (default 20). */
  recordBatch?: number;
  /** Attempts of a failed record write before the page fails (default 3; a Redis blip outlasts that). */
  recordRetries?: number;
  /** Checked before each send: true stops the page; unsent recipients come back in `remaining`. */
  shouldStop?: () => boolean;
  /** Adds commands to every record write and receives their results. */
  piggyback?: (pipe: Pipeline) => ((results: unknown[]) => void) | undefined;
  /** Called once per Redis request and per send attempt (subrequest budgets). */
  onRequest?: (kind: "redis" | "send") => void;
}

export interface DeliveryReport {
  sent: number;
  skipped: number;
  gone: number;
  failed: { userId: PersonId; reason: string }[];
  /** Recipients not attempted because `shouldStop` said so. */
  remaining: PersonId[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const reasonOf = (error: unknown) => (error instanceof Error ? error.message.slice(0, 200) : "unknown");

/**
 * Sends one page and records each delivered id as soon as Telegram accepts it. Recipients already
 * handled, stopped, or unknown are skipped; 403 marks the recipient stopped; 429 waits and retries;
 * 5xx retries with backoff, then counts as failed with the reason. An error that is not a SendError
 * is a bug or a crash: what was accepted is written, then the error propagates.
 */
export async function sendAndRecord(
  redis: Redis,
  channel: Channel,
  page: DeliveryPage,
  opts: DeliveryOptions = {},
): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, skipped: 0, gone: 0, failed: [], remaining: [] };
  const recipients = [...new Set(page.recipients)];
  if (recipients.length === 0) return report;
  const { pace, maxRetries = 3, now = Date.now, shouldStop, onRequest } = opts;
  const waitRetryAfter = opts.waitRetryAfter ?? ((s: number) => sleep(s * 1000));
  const backoffMs = opts.backoffMs ?? ((attempt: number) => 250 * 2 ** attempt);
  const out = page.outcomeKeys;

  // One round trip for the whole page: who is handled already, and each recipient's status and language.
  const pipe = redis.pipeline();
  pipe.smismember(page.doneKey, recipients);
  if (out) {
    pipe.smismember(out.gone, recipients);
    pipe.hmget(out.failed, ...recipients.map(String));
    pipe.smismember(out.skipped, recipients);
  }
  for (const id of recipients) pipe.hmget(keys.user(id), "status", ...LANGUAGE_FIELDS);
  onRequest?.("redis");
  const results = await pipe.exec<unknown[]>();
  const done = results.shift() as number[];
  const [gone, failed, skipped] = out
    ? [
        results.shift() as number[],
        results.shift() as Record<string, unknown> | null,
        results.shift() as number[],
      ]
    : [[], null, []];
  const profiles = results as (Record<string, unknown> | null)[];

  const recorder = createRecorder(redis, page.doneKey, out, {
    delayMs: opts.recordDelayMs ?? 0,
    batch: opts.recordBatch ?? 20,
    retries: opts.recordRetries,
    now,
    piggyback: opts.piggyback,
    onRequest: onRequest && (() => onRequest("redis")),
  });
  const targets: { userId: PersonId; locale: Locale }[] = [];
  for (const [i, userId] of recipients.entries()) {
    const handled = done[i] === 1 || gone[i] === 1 || skipped[i] === 1 || failed?.[String(userId)] != null;
    const profile = profiles[i];
    if (!handled && profile && profile.status !== "stopped") {
      targets.push({ userId, locale: localeOfFields(profile) });
      continue;
    }
    report.skipped++;
    if (!handled) recorder.skipped(userId);
  }

  // A channel that is misconfigured (an IP not whitelisted, the channel off) refuses everyone alike:
  // after its first refusal the rest of the page is recorded failed with that reason, without a call.
  let broken: ChannelConfigError | undefined;

  async function deliver(userId: PersonId, locale: Locale, first: Settle | undefined): Promise<void> {
    let settle = first;
    if (broken) {
      settle?.(false);
      report.failed.push({ userId, reason: reasonOf(broken) });
      recorder.failed(userId, reasonOf(broken));
      return;
    }
    let message: OutgoingMessage;
    try {
      message = await page.render(userId, locale);
    } catch (error) {
      settle?.(false);
      report.failed.push({ userId, reason: `render: ${reasonOf(error)}` });
      recorder.failed(userId, `render: ${reasonOf(error)}`);
      return;
    }
    let via: DeliveredVia | undefined;
    for (let attempt = 0; ; attempt++) {
      try {
        onRequest?.("send");
        try {
          via = (await channel.send(userId, message)).via;
        } finally {
          settle?.();
          settle = undefined;
        }
      } catch (error) {
        if (error instanceof RateLimitedError) {
          await waitRetryAfter(error.retryAfter);
          attempt--; // a 429 is the channel's pacing, not this recipient's failure
          if (!shouldStop?.()) settle = await pace?.();
          if (shouldStop?.()) {
            settle?.(false);
            report.remaining.push(userId);
            return;
          }
          continue;
        }
        if (error instanceof RecipientGoneError) {
          report.gone++;
          recorder.gone(userId);
          return;
        }
        if (error instanceof TransientSendError && attempt < maxRetries) {
          await sleep(backoffMs(attempt));
          settle = await pace?.();
          continue;
        }
        if (!(error instanceof SendError)) throw error;
        if (error instanceof ChannelConfigError && !broken) {
          broken = error;
          logError("channel_config_error", error);
        }
        report.failed.push({ userId, reason: reasonOf(error) });
        recorder.failed(userId, reasonOf(error));
        return;
      }
      report.sent++;
      await recorder.delivered(userId, via);
      return;
    }
  }

  let next = 0;
  let crashed = false;
  async function worker(): Promise<void> {
    const stopped = () => {
      if (!shouldStop?.()) return false;
      report.remaining.push(...targets.splice(next).map((t) => t.userId));
      return true;
    };
    for (;;) {
      if (next >= targets.length || crashed || stopped()) return;
      const settle = await pace?.();
      if (next >= targets.length || crashed || stopped()) return settle?.(false);
      const target = targets[next++]!;
      await deliver(target.userId, target.locale, settle);
    }
  }
  const width = Math.max(1, Math.min(opts.concurrency ?? 1, targets.length));
  try {
    await Promise.all(Array.from({ length: width }, worker));
  } catch (error) {
    crashed = true;
    // Record what Telegram accepted before the error leaves: that keeps the duplicate window small.
    await recorder.flush().catch(() => undefined);
    throw error;
  } finally {
    recorder.dispose();
  }
  await recorder.flush();
  return report;
}
