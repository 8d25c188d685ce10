// The WeChat API side (/cgi-bin/…): tokens, customer-service and template messages, the menu, in WeChat's shapes.
import type { IncomingMessage, ServerResponse } from "node:http";
import { readBody, sendJson } from "../emulator/http-util.ts";
import { nowOf, record, type WxCore } from "./core.ts";
import { OK, WxError, wxError } from "./errors.ts";
import type { FaultApi } from "./faults.ts";
import { validateMenu } from "./menu.ts";
import { take } from "./quota.ts";

type Params = Record<string, unknown>;
type Handler = (core: WxCore, params: Params, ctx: { ip: string; token: string | null }) => Params;

const MAX_BODY = 1024 * 1024;

function injected(core: WxCore, api: FaultApi, openid?: string): void {
  const code = core.faults.take(api, openid);
  if (code !== undefined) throw new WxError(code);
}

function checkApp(core: WxCore, params: Params, ip: string): void {
  const s = core.settings;
  if (!params.appid) throw new WxError(41002);
  if (params.appid !== s.appId) throw new WxError(40013);
  if (!params.secret) throw new WxError(41004);
  if (params.secret !== s.appSecret) throw new WxError(40125);
  if (s.ipWhitelist && !s.ipWhitelist.includes(ip)) {
    throw new WxError(40164, `invalid ip ${ip} ipv6 ::ffff:${ip}, not in whitelist`);
  }
  injected(core, "token");
}

function follower(core: WxCore, openid: unknown) {
  const user = typeof openid === "string" ? core.users.get(openid) : undefined;
  if (!user) throw new WxError(40003);
  return user;
}

function renderTemplate(content: string, data: Record<string, { value: string }>): string {
  return content.replace(/\{\{(\w+)\.DATA\}\}/g, (_m, key: string) => data[key]?.value ?? "");
}

const HANDLERS: Record<string, { method: "GET" | "POST"; handle: Handler }> = {
  token: {
    method: "GET",
    handle(core, params, { ip }) {
      if (params.grant_type !== "client_credential") throw new WxError(40002);
      checkApp(core, params, ip);
      return core.tokens.classicToken(nowOf(core));
    },
  },
  stable_token: {
    method: "POST",
    handle(core, params, { ip }) {
      if (params.grant_type !== "client_credential") throw new WxError(40002);
      checkApp(core, params, ip);
      return core.tokens.stableToken(nowOf(core), params.force_refresh === true);
    },
  },
  "message/custom/send": {
    method: "POST",
    handle(core, params) {
      const user = follower(core, params.touser);
      injected(core, "custom", user.openid);
      if (params.msgtype !== "text") throw new WxError(40008);
      const content = (params.text as { content?: unknown } | undefined)?.content;
      if (typeof content !== "string" || content === "") throw new WxError(44004);
      // WeChat's limit for one text message: 2,048 bytes of UTF-8.
      if (Buffer.byteLength(content, "utf8") > 2048) throw new WxError(45002);
      if (!user.followed) throw new WxError(43004);
      const refused = take(user.grants, nowOf(core));
      if (refused) throw new WxError(refused);
      record(core, user, { direction: "out", via: "custom", msgtype: "text", text: content });
      return { ...OK };
    },
  },
  "message/template/send": {
    method: "POST",
    handle(core, params) {
      const user = follower(core, params.touser);
      injected(core, "template", user.openid);
      const id = params.template_id;
      const templates = core.settings.templates;
      if (typeof id !== "string" || !id || (templates && !templates.has(id))) throw new WxError(40037);
      const data = params.data;
      if (typeof data !== "object" || data === null || Array.isArray(data)) throw new WxError(47001);
      for (const field of Object.values(data)) {
        if (
          typeof field !== "object" ||
          field === null ||
          typeof (field as { value?: unknown }).value !== "string"
        ) {
          throw new WxError(47001);
        }
      }
      if (!user.followed) throw new WxError(43004);
      const now = nowOf(core);
      const claim =
        typeof params.client_msg_id === "string" ? `${user.openid}:${params.client_msg_id}` : null;
      const previous = claim ? core.templateClaims.get(claim) : undefined;
      // Emulator assumption: within 10 minutes a repeated client_msg_id answers the first msgid and sends nothing.
      if (previous && now - previous.at < 10 * 60_000) return { ...OK, msgid: previous.msgid };
      const msgid = core.nextTemplateMsgId++;
      if (claim) core.templateClaims.set(claim, { msgid, at: now });
      const fields = data as Record<string, { value: string }>;
      const spec = templates?.get(id);
      record(core, user, {
        direction: "out",
        via: "template",
        msgtype: "template",
        key: id,
        text: spec
          ? `${spec.title}\n${renderTemplate(spec.content, fields)}`
          : Object.values(fields)
              .map((f) => f.value)
              .join("\n"),
        template: {
          template_id: id,
          ...(typeof params.url === "string" ? { url: params.url } : {}),
          data: fields,
          msgid,
        },
      });
      return { ...OK, msgid };
    },
  },
  "menu/create": {
    method: "POST",
    handle(core, params) {
      injected(core, "menu");
      core.menu = validateMenu(params);
      core.events.emit("menu", { menu: core.menu });
      return { ...OK };
    },
  },
  "menu/get": {
    method: "GET",
    handle(core) {
      if (!core.menu) throw new WxError(46003);
      return { menu: { button: core.menu } };
    },
  },
  "menu/delete": {
    method: "GET",
    handle(core) {
      core.menu = null;
      core.events.emit("menu", { menu: null });
      return { ...OK };
    },
  },
};

/** The paths this emulator serves, for `GET /__wx`. */
export const IMPLEMENTED = Object.entries(HANDLERS).map(([api, h]) => `${h.method} /cgi-bin/${api}`);

function callerIp(req: IncomingMessage): string {
  const address = req.socket.remoteAddress ?? "";
  return address.startsWith("::ffff:") ? address.slice(7) : address;
}

/** Serves `/cgi-bin/…` with WeChat's answers: HTTP 200 and `{errcode, errmsg}` for errors. */
export async function handleApi(
  core: WxCore,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const api = url.pathname.slice("/cgi-bin/".length);
  const handler = HANDLERS[api];
  if (!handler) {
    req.resume();
    return sendJson(req, res, 404, {
      errcode: 404,
      errmsg: `the emulator does not implement /cgi-bin/${api}`,
    });
  }
  let params: Params = Object.fromEntries(url.searchParams);
  let response: Params;
  try {
    if (req.method === "POST") {
      const read = await readBody(req, MAX_BODY);
      if (!read.ok) throw new WxError(47001);
      if (read.body.length === 0) throw new WxError(44002);
      try {
        const body: unknown = JSON.parse(read.body.toString("utf8"));
        if (typeof body !== "object" || body === null || Array.isArray(body))
          throw new Error("not an object");
        params = { ...params, ...(body as Params) };
      } catch {
        throw new WxError(47001);
      }
    } else {
      req.resume();
    }
    const token = url.searchParams.get("access_token");
    if (api !== "token" && api !== "stable_token") core.tokens.check(token, nowOf(core));
    response = handler.handle(core, params, { ip: callerIp(req), token });
  } catch (error) {
    if (!(error instanceof WxError)) throw error;
    response = wxError(error.errcode, error.errmsg);
  }
  const { access_token: _omit, secret: _secret, ...logged } = params;
  const errcode = typeof response.errcode === "number" ? response.errcode : 0;
  const call = core.calls.add({
    method: api,
    params: logged,
    at: nowOf(core),
    response: {
      ok: errcode === 0,
      ...(errcode ? { error_code: errcode, description: String(response.errmsg) } : {}),
    },
    result: response,
    source: "http",
  });
  core.events.emit("call", { call });
  sendJson(req, res, 200, response);
}
