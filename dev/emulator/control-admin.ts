import type { Core } from "./core.ts";
import { resetCore } from "./core.ts";
import { badRequest } from "./errors.ts";
import { parseFault } from "./faults.ts";
import { methodNames } from "./methods/index.ts";
import { applyWebhook, webhookInfo } from "./methods/webhook.ts";
import type { Route } from "./route.ts";
import type { BlockReason } from "./types.ts";

const BLOCK_REASONS = new Set(["blocked", "deactivated", "not_started", "not_found"]);

function options(core: Core) {
  const { strictChats, strictHtml, webhookTimeoutMs } = core.opts;
  return { options: { strictChats, strictHtml, webhookTimeoutMs } };
}

/** Inspection and fault injection: calls, reset, faults, blocks, rate limit, webhook, options. */
export const ADMIN_ROUTES: Route[] = [
  ["GET", /^\/?$/, (core) => ({ bot: core.bot, methods: methodNames(), webhook: webhookInfo(core) })],
  [
    "GET",
    /^\/calls$/,
    async (core, _b, url) => {
      const q = url.searchParams;
      const filter = {
        since: q.has("since") ? Number(q.get("since")) : undefined,
        method: q.get("method") ?? undefined,
        chat_id: q.get("chat_id") ?? undefined,
      };
      const calls = await core.calls.wait(filter, Math.min(Number(q.get("wait") ?? 0) || 0, 60_000));
      return { calls, last_seq: core.calls.lastSeq };
    },
  ],
  [
    "DELETE",
    /^\/calls$/,
    (core) => {
      core.calls.clear();
      return {};
    },
  ],
  [
    "POST",
    /^\/reset$/,
    (core) => {
      resetCore(core);
      return {};
    },
  ],
  ["GET", /^\/faults$/, (core) => ({ faults: core.faults.pending(), rate_limit: core.faults.rateLimit })],
  [
    "POST",
    /^\/faults$/,
    (core, body) => {
      core.faults.add(parseFault(body));
      return { faults: core.faults.pending() };
    },
  ],
  [
    "DELETE",
    /^\/faults$/,
    (core) => {
      core.faults.clear();
      return {};
    },
  ],
  ["GET", /^\/block$/, (core) => ({ blocked: core.faults.blockedChats() })],
  [
    "POST",
    /^\/block$/,
    (core, body) => {
      const chatId = Number(body.chat_id);
      const reason = String(body.reason ?? "blocked");
      if (!Number.isSafeInteger(chatId)) throw badRequest("chat_id must be an integer");
      if (!BLOCK_REASONS.has(reason))
        throw badRequest("reason must be blocked, deactivated, not_started or not_found");
      const blocked = body.blocked !== false;
      core.faults.block(chatId, blocked, reason as BlockReason);
      core.events.emit("block", { chat_id: chatId, blocked, reason });
      return { blocked: core.faults.blockedChats() };
    },
  ],
  [
    "POST",
    /^\/rate-limit$/,
    (core, body) => {
      const perSecond =
        body.perSecond === null || body.perSecond === undefined ? null : Number(body.perSecond);
      if (perSecond !== null && !(perSecond > 0))
        throw badRequest("perSecond must be a positive number or null");
      const methods = Array.isArray(body.methods) ? body.methods.map(String) : undefined;
      core.faults.setRateLimit(perSecond === null ? null : { perSecond, ...(methods ? { methods } : {}) });
      return { rate_limit: core.faults.rateLimit };
    },
  ],
  ["GET", /^\/webhook$/, (core) => ({ webhook: webhookInfo(core) })],
  [
    "POST",
    /^\/webhook$/,
    (core, body) => {
      const url = typeof body.url === "string" && body.url ? body.url : undefined;
      const allowed = Array.isArray(body.allowed_updates) ? body.allowed_updates.map(String) : undefined;
      applyWebhook(core, url, typeof body.secret === "string" ? body.secret : undefined, allowed);
      return { webhook: webhookInfo(core) };
    },
  ],
  [
    "DELETE",
    /^\/webhook$/,
    (core) => {
      applyWebhook(core, undefined);
      return { webhook: webhookInfo(core) };
    },
  ],
  ["GET", /^\/options$/, options],
  [
    "POST",
    /^\/options$/,
    (core, body) => {
      if (typeof body.strictChats === "boolean") core.opts.strictChats = body.strictChats;
      if (typeof body.strictHtml === "boolean") core.opts.strictHtml = body.strictHtml;
      if (typeof body.webhookTimeoutMs === "number") core.opts.webhookTimeoutMs = body.webhookTimeoutMs;
      return options(core);
    },
  ],
];
