import type { Update } from "grammy/types";
import type { Core } from "./core.ts";
import { invoke } from "./dispatch.ts";
import { paramsOf } from "./params.ts";

/** What happened to an update handed to the bot. */
export interface DeliveryResult {
  update: Update;
  /** True when the webhook answered 2xx. */
  delivered: boolean;
  /** The webhook's HTTP status; null when there was no webhook or no answer. */
  status: number | null;
  /** Set when no webhook is configured: the update waits for getUpdates. */
  queued?: boolean;
  /** Why the update was not sent (allowed_updates, deliver: false). */
  skipped?: string;
  error?: string;
  /** A Bot API call the webhook answered with (webhook reply), and how it went. */
  webhook_reply?: { method: string; ok: boolean; result?: unknown; description?: string };
  duration_ms?: number;
}

// Telegram's default when allowed_updates is unset: everything but these.
const OPT_IN = new Set(["chat_member", "message_reaction", "message_reaction_count"]);

function updateType(update: Update): string {
  return Object.keys(update).find((k) => k !== "update_id") ?? "unknown";
}

function allowed(core: Core, type: string): boolean {
  const list = core.webhook.allowedUpdates;
  return list ? list.includes(type) : !OPT_IN.has(type);
}

/** Runs the Bot API call a webhook may answer with, as Telegram does. */
async function webhookReply(core: Core, text: string): Promise<DeliveryResult["webhook_reply"]> {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof body !== "object" || body === null || typeof (body as { method?: unknown }).method !== "string")
    return undefined;
  const { method, ...fields } = body as { method: string } & Record<string, unknown>;
  const outcome = await invoke(core, method, paramsOf(fields), "webhook_reply");
  const { ok, description } = outcome.call.response;
  return { method: outcome.call.method, ok, result: outcome.call.result, description };
}

/**
 * POSTs the update to the webhook with the secret header and waits for the answer; without a
 * webhook the update is queued for getUpdates. Failures are kept for getWebhookInfo.
 */
export async function deliver(core: Core, update: Update): Promise<DeliveryResult> {
  const type = updateType(update);
  const url = core.webhook.url;
  let result: DeliveryResult;
  if (!url) {
    core.updates.push(update);
    result = { update, delivered: false, status: null, queued: true };
  } else if (!allowed(core, type)) {
    result = { update, delivered: false, status: null, skipped: `"${type}" is not in allowed_updates` };
  } else {
    const started = Date.now();
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (core.webhook.secret) headers["x-telegram-bot-api-secret-token"] = core.webhook.secret;
    try {
      const res = await fetch(url, {
        method: "POST",
        headers,
        body: JSON.stringify(update),
        signal: AbortSignal.timeout(core.opts.webhookTimeoutMs),
      });
      const text = await res.text();
      result = { update, delivered: res.ok, status: res.status, duration_ms: Date.now() - started };
      if (res.ok) {
        const reply = await webhookReply(core, text);
        if (reply) result.webhook_reply = reply;
      } else {
        noteError(core, `Wrong response from the webhook: ${res.status} ${res.statusText}`.trim());
      }
    } catch (err) {
      const message =
        err instanceof Error && err.name === "TimeoutError" ? "Read timeout expired" : "Connection refused";
      noteError(core, message);
      result = { update, delivered: false, status: null, error: `${message}: ${String(err)}` };
    }
  }
  core.events.emit("update", { update, status: result.status, delivered: result.delivered });
  return result;
}

function noteError(core: Core, message: string): void {
  core.webhook.lastErrorDate = Math.floor(Date.now() / 1000);
  core.webhook.lastErrorMessage = message;
  core.opts.log(`[emulator] webhook ${core.webhook.url}: ${message}`);
}
