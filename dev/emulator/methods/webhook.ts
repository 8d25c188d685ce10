import type { WebhookInfo } from "grammy/types";
import type { Core } from "../core.ts";
import { ApiError, badRequest, Described } from "../errors.ts";
import { bool, int, json, type Params, str } from "../params.ts";
import type { Handler } from "./common.ts";

/** Points update delivery at `url` (undefined removes the webhook). Shared with the control API. */
export function applyWebhook(core: Core, url: string | undefined, secret?: string, allowed?: string[]): void {
  const previous = core.webhook;
  core.webhook = { maxConnections: previous.maxConnections };
  if (url) {
    core.webhook.url = url;
    if (secret) core.webhook.secret = secret;
    if (allowed && allowed.length > 0) core.webhook.allowedUpdates = allowed;
  }
  core.events.emit("webhook", { url: url ?? "", has_secret: Boolean(secret) });
}

function checkUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw badRequest("bad webhook: Failed to resolve host: Name or service not known");
  }
  // Telegram insists on HTTPS; a local emulator has to accept plain HTTP.
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw badRequest("bad webhook: An HTTPS URL must be provided for webhook");
  }
}

function dropPending(core: Core, p: Params): void {
  if (bool(p, "drop_pending_updates")) core.updates.clear();
}

const setWebhook: Handler = (core, p) => {
  const url = str(p, "url") ?? "";
  dropPending(core, p);
  if (url === "") {
    const had = Boolean(core.webhook.url);
    applyWebhook(core, undefined);
    return new Described(true, had ? "Webhook was deleted" : "Webhook is already deleted");
  }
  checkUrl(url);
  const secret = str(p, "secret_token");
  if (secret !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secret)) {
    throw badRequest("secret token contains unallowed characters");
  }
  const allowed = json(p, "allowed_updates", "can't parse allowed updates JSON object");
  const same = core.webhook.url === url && core.webhook.secret === secret;
  applyWebhook(core, url, secret, Array.isArray(allowed) ? allowed.map(String) : undefined);
  const connections = int(p, "max_connections");
  if (connections !== undefined) core.webhook.maxConnections = Math.min(100, Math.max(1, connections));
  return new Described(true, same ? "Webhook is already set" : "Webhook was set");
};

const deleteWebhook: Handler = (core, p) => {
  dropPending(core, p);
  const had = Boolean(core.webhook.url);
  applyWebhook(core, undefined);
  return new Described(true, had ? "Webhook was deleted" : "Webhook is already deleted");
};

/** getWebhookInfo's answer, also served by the control API. */
export function webhookInfo(core: Core): WebhookInfo {
  const w = core.webhook;
  const info: WebhookInfo = {
    url: w.url ?? "",
    has_custom_certificate: false,
    pending_update_count: core.updates.size,
  };
  if (w.url) {
    info.ip_address = "127.0.0.1";
    info.max_connections = w.maxConnections;
    if (w.allowedUpdates) info.allowed_updates = w.allowedUpdates as WebhookInfo["allowed_updates"];
  }
  if (w.lastErrorDate !== undefined) info.last_error_date = w.lastErrorDate;
  if (w.lastErrorMessage !== undefined) info.last_error_message = w.lastErrorMessage;
  return info;
}

const getUpdates: Handler = (core, p, ctx) => {
  if (core.webhook.url) {
    throw new ApiError(
      409,
      "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
    );
  }
  const limit = Math.min(100, Math.max(1, int(p, "limit") ?? 100));
  const timeout = Math.min(50, Math.max(0, int(p, "timeout") ?? 0));
  return core.updates.take(int(p, "offset"), limit, timeout, ctx.signal);
};

/** Update delivery configuration and long polling. */
export const WEBHOOK_METHODS: Record<string, Handler> = {
  setWebhook,
  deleteWebhook,
  getWebhookInfo: (core) => webhookInfo(core),
  getUpdates,
};
