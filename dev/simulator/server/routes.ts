import type { IncomingMessage, ServerResponse } from "node:http";
import * as z from "zod";
import { childrenOf, cities } from "../../../src/regions/index.ts";
import { readBody, sendJson } from "../../emulator/http-util.ts";
import type { PageHandler } from "../../emulator/index.ts";
import { type Asset, assetFor, CONTENT_SECURITY_POLICY } from "./assets.ts";
import type { BroadcastView } from "./broadcasts.ts";
import { PersonaError, type PersonaStore } from "./personas.ts";
import { optionHints, proxyWechat, type WechatLink } from "./wechat.ts";

/** Where the Worker is: running, being restarted with new STAFF, or down. */
export type WorkerState = "starting" | "ready" | "restarting" | "failed";

/** What the page may ask of the launcher that hosts it. */
export interface SimulatorHost {
  personas: PersonaStore;
  bot: { username?: string; first_name: string };
  worker(): { state: WorkerState; staff: string; error?: string };
  /** The console's Mini App URL (CONSOLE_URL + /console/app), opened for staff as Telegram opens it. */
  consoleApp?: string;
  /** Clears chats, calls, faults, stored data and personas; says what it could clear. */
  reset(): Promise<{ storage: "flushed" | "kept"; note?: string }>;
  /** The newest broadcasts as the bot's engine recorded them, with what each persona got. */
  broadcasts(): Promise<BroadcastView[]>;
  /** The WeChat emulator, when `npm start` runs one (WeChat personas talk to it). */
  wechat?(): WechatLink | undefined;
}

const LOCAL_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

function regionList() {
  return cities().flatMap((city) => [
    { code: city.code, name: city.name, en: city.en, level: city.level },
    ...childrenOf(city.code).map((c) => ({ code: c.code, name: c.name, en: c.en, level: c.level })),
  ]);
}

function sendAsset(res: ServerResponse, asset: Asset): void {
  res.writeHead(200, {
    "content-type": asset.type,
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-content-type-options": "nosniff",
    "cache-control": "no-store",
  });
  res.end(asset.body);
}

async function jsonBody(req: IncomingMessage): Promise<unknown> {
  // A JSON content type cannot come from a plain cross-site form, and other origins are refused,
  // so a web page open in the same browser cannot drive these endpoints.
  const origin = req.headers.origin;
  if (origin && !LOCAL_ORIGIN.test(origin)) throw new PersonaError("cross-origin request refused", 403);
  if (!(req.headers["content-type"] ?? "").startsWith("application/json"))
    throw new PersonaError("send application/json", 415);
  const read = await readBody(req, 64 * 1024);
  if (!read.ok) throw new PersonaError("body too large", 413);
  try {
    return read.body.length ? JSON.parse(read.body.toString("utf8")) : {};
  } catch {
    throw new PersonaError("body is not JSON");
  }
}

async function api(host: SimulatorHost, req: IncomingMessage, path: string): Promise<unknown> {
  const method = req.method ?? "GET";
  const one = /^\/personas\/(\d{1,12})$/.exec(path);
  if (method === "GET" && path === "/state") {
    const wx = host.wechat?.()?.emulator.settings;
    const wechat = wx ? { account: wx.account, appId: wx.appId, optionHints: optionHints() } : null;
    const consoleApp = host.consoleApp ? { consoleApp: host.consoleApp } : {};
    return { personas: host.personas.all(), worker: host.worker(), bot: host.bot, wechat, ...consoleApp };
  }
  if (method === "GET" && path === "/regions") return { regions: regionList() };
  if (method === "GET" && path === "/broadcasts") return { broadcasts: await host.broadcasts() };
  if (method === "POST" && path === "/personas") {
    return { persona: host.personas.create((await jsonBody(req)) as never) };
  }
  if (method === "PUT" && one) {
    return { persona: host.personas.update(Number(one[1]), (await jsonBody(req)) as never) };
  }
  if (method === "DELETE" && one) {
    await jsonBody(req);
    host.personas.remove(Number(one[1]));
    return {};
  }
  if (method === "POST" && path === "/reset") {
    await jsonBody(req);
    return await host.reset();
  }
  throw new PersonaError("no such simulator endpoint", 404);
}

/** Serves the simulator page at `/` and its API under `/__sim/`, on the emulator's own server. */
export function simulatorPages(host: SimulatorHost): PageHandler {
  return async (req, res, url) => {
    if (url.pathname === "/__sim/wx" || url.pathname.startsWith("/__sim/wx/")) {
      const origin = req.headers.origin;
      if (origin && !LOCAL_ORIGIN.test(origin)) {
        req.resume();
        sendJson(req, res, 403, { ok: false, error_code: 403, description: "cross-origin request refused" });
      } else await proxyWechat(host.wechat?.(), req, res, url);
      return true;
    }
    if (url.pathname.startsWith("/__sim/")) {
      try {
        const result = await api(host, req, url.pathname.slice("/__sim".length));
        sendJson(req, res, 200, { ok: true, ...(result as object) });
      } catch (err) {
        req.resume();
        const status = err instanceof PersonaError ? err.status : err instanceof z.ZodError ? 400 : 500;
        const description =
          err instanceof z.ZodError
            ? err.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ")
            : String((err as Error).message ?? err);
        sendJson(req, res, status, { ok: false, error_code: status, description });
      }
      return true;
    }
    if (req.method !== "GET") return false;
    const asset = await assetFor(url.pathname);
    if (!asset) return false;
    sendAsset(res, asset);
    return true;
  };
}
