// The control API (/__wx/…, JSON, CORS for localhost pages): users acting, conversations, faults, clock, webhook.
import type { IncomingMessage, ServerResponse } from "node:http";
import { readBody, sendJson } from "../emulator/http-util.ts";
import { IMPLEMENTED } from "./api.ts";
import { findCalls, nowOf, resetCore, summary, type WxCore } from "./core.ts";
import { parseFault } from "./faults.ts";
import { takeAnswer } from "./push.ts";
import type { PushMode, QuotaRule, TemplateSpec } from "./types.ts";
import { ControlError, click, follow, rawPush, scan, sendText, unfollow } from "./users.ts";
import { verifyWebhook } from "./webhook.ts";

type Body = Record<string, unknown>;
type Route = [
  method: string,
  path: RegExp,
  run: (core: WxCore, body: Body, url: URL, m: RegExpExecArray) => unknown,
];

const str = (value: unknown) => (typeof value === "string" && value ? value : undefined);
/** `deliver: false` builds the push without posting it (the caller posts it and hands back the answer). */
const deliver = (b: Body) => b.deliver !== false;

function userOr404(core: WxCore, openid: string) {
  const user = core.users.get(decodeURIComponent(openid));
  if (!user) throw new ControlError("no such user", 404);
  return user;
}

function quotaRule(raw: unknown, name: string): QuotaRule {
  const r = raw as { count?: unknown; windowMs?: unknown };
  const count = r?.count === null ? Number.POSITIVE_INFINITY : Number(r?.count);
  const windowMs = Number(r?.windowMs);
  if (!(count >= 0) || !(windowMs > 0))
    throw new ControlError(`quota.${name} needs count (null = no limit) and windowMs`);
  return { count, windowMs };
}

function info(core: WxCore) {
  const s = core.settings;
  return {
    appId: s.appId,
    account: s.account,
    mode: s.mode,
    webhook: s.webhookUrl ?? null,
    now: nowOf(core),
    apis: IMPLEMENTED,
    menu: core.menu,
  };
}

function options(core: WxCore) {
  const s = core.settings;
  return {
    webhookTimeoutMs: s.webhookTimeoutMs,
    retries: s.retries,
    ipWhitelist: s.ipWhitelist ?? null,
    quota: s.quota,
    templates: s.templates ? Object.fromEntries(s.templates) : null,
  };
}

const ROUTES: Route[] = [
  ["GET", /^$/, (core) => info(core)],
  [
    "POST",
    /^\/reset$/,
    (core) => {
      resetCore(core);
      return {};
    },
  ],
  ["GET", /^\/users$/, (core) => ({ users: [...core.users.values()].map((u) => summary(core, u)) })],
  ["GET", /^\/users\/([^/]+)$/, (core, _b, _u, m) => ({ user: summary(core, userOr404(core, m[1] ?? "")) })],
  [
    "GET",
    /^\/users\/([^/]+)\/messages$/,
    (core, _b, _u, m) => {
      const user = userOr404(core, m[1] ?? "");
      return { user: summary(core, user), messages: user.log };
    },
  ],
  [
    "POST",
    /^\/follow$/,
    (core, b) =>
      follow(core, {
        openid: str(b.openid),
        nickname: str(b.nickname),
        scene: str(b.scene),
        deliver: deliver(b),
      }),
  ],
  [
    "POST",
    /^\/scan$/,
    (core, b) =>
      scan(core, {
        openid: str(b.openid),
        nickname: str(b.nickname),
        scene: str(b.scene) ?? "",
        deliver: deliver(b),
      }),
  ],
  ["POST", /^\/unfollow$/, (core, b) => unfollow(core, { openid: str(b.openid), deliver: deliver(b) })],
  [
    "POST",
    /^\/send$/,
    (core, b) =>
      sendText(core, {
        openid: str(b.openid),
        text: typeof b.text === "string" ? b.text : "",
        deliver: deliver(b),
      }),
  ],
  [
    "POST",
    /^\/click$/,
    (core, b) =>
      click(core, { openid: str(b.openid), key: str(b.key), name: str(b.name), deliver: deliver(b) }),
  ],
  [
    "POST",
    /^\/push$/,
    (core, b) =>
      rawPush(core, {
        openid: str(b.openid),
        fields: (b.fields ?? {}) as Record<string, string | number>,
        deliver: deliver(b),
      }),
  ],
  [
    "POST",
    /^\/answer$/,
    (core, b) => {
      const user = userOr404(core, str(b.openid) ?? "");
      const status = b.status === null || b.status === undefined ? null : Number(b.status);
      return takeAnswer(
        core,
        user,
        Number.isInteger(status) ? status : null,
        typeof b.body === "string" ? b.body : "",
      );
    },
  ],
  ["GET", /^\/faults$/, (core) => ({ faults: core.faults.pending() })],
  [
    "POST",
    /^\/faults$/,
    (core, b) => {
      try {
        core.faults.add(parseFault(b));
      } catch (error) {
        throw new ControlError(error instanceof Error ? error.message : String(error));
      }
      return { faults: core.faults.pending() };
    },
  ],
  [
    "DELETE",
    /^\/faults$/,
    (core) => {
      core.faults.clear();
      return { faults: [] };
    },
  ],
  [
    "GET",
    /^\/calls$/,
    async (core, _b, url) => {
      const q = url.searchParams;
      const since = q.get("since");
      const calls = await findCalls(
        core,
        {
          ...(since ? { since: Number(since) } : {}),
          ...(q.get("api") ? { api: q.get("api") as string } : {}),
          ...(q.get("openid") ? { openid: q.get("openid") as string } : {}),
        },
        Math.min(Number(q.get("wait") ?? 0) || 0, 30_000),
      );
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
  ["GET", /^\/menu$/, (core) => ({ menu: core.menu })],
  [
    "GET",
    /^\/templates$/,
    (core) => ({ templates: core.settings.templates ? Object.fromEntries(core.settings.templates) : null }),
  ],
  [
    "POST",
    /^\/templates$/,
    (core, b) => {
      const id = str(b.template_id);
      if (!id || typeof b.title !== "string" || typeof b.content !== "string") {
        throw new ControlError("template_id, title and content are required");
      }
      core.settings.templates ??= new Map();
      core.settings.templates.set(id, { title: b.title, content: b.content } satisfies TemplateSpec);
      return { templates: Object.fromEntries(core.settings.templates) };
    },
  ],
  [
    "POST",
    /^\/clock$/,
    (core, b) => {
      if (b.advance_ms !== undefined) core.clockOffsetMs += Number(b.advance_ms) || 0;
      else if (b.offset_ms !== undefined) core.clockOffsetMs = Number(b.offset_ms) || 0;
      else throw new ControlError("advance_ms or offset_ms is required");
      return { now: nowOf(core), offset_ms: core.clockOffsetMs };
    },
  ],
  [
    "POST",
    /^\/tokens\/expire$/,
    (core) => {
      core.tokens.expireAll(nowOf(core));
      return {};
    },
  ],
  ["GET", /^\/webhook$/, (core) => ({ url: core.settings.webhookUrl ?? null, mode: core.settings.mode })],
  [
    "POST",
    /^\/webhook$/,
    async (core, b) => {
      const s = core.settings;
      if (b.url !== undefined) s.webhookUrl = str(b.url);
      if (b.mode !== undefined) {
        if (!["plain", "safe", "compat"].includes(String(b.mode)))
          throw new ControlError("mode is plain, safe or compat");
        if (b.mode !== "plain" && !s.encodingAesKey)
          throw new ControlError(`mode ${b.mode} needs an EncodingAESKey`);
        s.mode = b.mode as PushMode;
      }
      if (b.token !== undefined) s.token = String(b.token);
      const verified = b.verify === true ? await verifyWebhook(core) : undefined;
      return { url: s.webhookUrl ?? null, mode: s.mode, ...(verified ? { verified } : {}) };
    },
  ],
  ["GET", /^\/options$/, (core) => options(core)],
  [
    "POST",
    /^\/options$/,
    (core, b) => {
      const s = core.settings;
      if (b.webhookTimeoutMs !== undefined)
        s.webhookTimeoutMs = Math.max(1, Number(b.webhookTimeoutMs) || 5000);
      if (b.retries !== undefined) s.retries = Math.max(0, Math.floor(Number(b.retries) || 0));
      if (b.ipWhitelist !== undefined)
        s.ipWhitelist = Array.isArray(b.ipWhitelist) ? b.ipWhitelist.map(String) : undefined;
      if (b.quota !== undefined) {
        const q = b.quota as Body;
        s.quota = {
          message: q.message === undefined ? s.quota.message : quotaRule(q.message, "message"),
          event: q.event === undefined ? s.quota.event : quotaRule(q.event, "event"),
        };
      }
      return options(core);
    },
  ],
];

async function readJson(req: IncomingMessage): Promise<Body> {
  const read = await readBody(req, 1024 * 1024);
  if (!read.ok) throw new ControlError("body too large", 413);
  if (read.body.length === 0) return {};
  try {
    const parsed: unknown = JSON.parse(read.body.toString("utf8"));
    if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) return parsed as Body;
  } catch {
    // reported below
  }
  throw new ControlError("the body must be a JSON object");
}

/** Serves `/__wx/*`: `{ok:true, …}` on success, `{ok:false, error_code, description}` otherwise. */
export async function handleControl(
  core: WxCore,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const path = url.pathname.slice("/__wx".length);
  try {
    if (req.method === "GET" && path === "/events") return core.events.attach(req, res, url);
    for (const [method, pattern, run] of ROUTES) {
      const match = pattern.exec(path);
      if (!match || method !== req.method) continue;
      if (method !== "POST") req.resume();
      const body = method === "POST" ? await readJson(req) : {};
      const result = await run(core, body, url, match);
      return sendJson(req, res, 200, { ok: true, ...(result as object) });
    }
    throw new ControlError("no such emulator endpoint", 404);
  } catch (error) {
    const status = error instanceof ControlError ? error.status : 500;
    if (status === 500) core.settings.log(`[wechat-emulator] control ${path} failed: ${String(error)}`);
    const description = error instanceof Error ? error.message : String(error);
    sendJson(req, res, status, { ok: false, error_code: status, description });
  }
}
