// The simulator's way to the WeChat emulator: a few of its control-API endpoints under /__sim/wx/, and its events in the page's stream.
import type { IncomingMessage, ServerResponse } from "node:http";
import { readBody, sendJson } from "../../emulator/http-util.ts";
import type { Emulator } from "../../emulator/index.ts";
import { loadLocalesFromDisk } from "../../locales.ts";
import type { WechatEmulator } from "../../wechat-emulator/index.ts";

/** What the simulator needs of the running WeChat emulator; absent when a real account is configured. */
export interface WechatLink {
  emulator: WechatEmulator;
  /** Creates the account menu again (an emulator reset forgets it, as `npm start` made it). */
  setupMenu(): Promise<void>;
}

/**
 * What the page may ask of the WeChat emulator: her actions as a follower and what she sees. The
 * page's CSP allows only its own origin, so these go through here, to the emulator's own control
 * API (/__wx/…): the emulator signs, seals and posts to the Worker exactly as for any other caller.
 */
const ALLOWED: [method: string, path: RegExp][] = [
  ["GET", /^$/],
  ["GET", /^\/users$/],
  ["GET", /^\/users\/[A-Za-z0-9_-]{1,64}(\/messages)?$/],
  ["GET", /^\/menu$/],
  ["POST", /^\/(follow|scan|unfollow|send|click)$/],
];

let hints: string[] | undefined;

/**
 * The line above a WeChat screen's numbered options in each language (« 回复数字选择： »,
 * src/wechat/render.ts): the page marks as options only the numbered lines under it, not a
 * numbered list inside a message's own text.
 */
export function optionHints(): string[] {
  hints ??= (() => {
    const i18n = loadLocalesFromDisk();
    return (["zh-CN", "en"] as const).map((locale) => i18n.text(locale, "wechat-options-hint"));
  })();
  return hints;
}

/** Event types of the WeChat emulator the page shows (API calls and pushes are left out: noise). */
const FORWARDED = new Set(["message", "user", "menu", "reset"]);

/**
 * Re-emits the WeChat emulator's conversation events on the page's own event stream as `wx`
 * events (`{type: "wx", wx: {type, …}}`), so the page follows one stream for both channels.
 * Returns the unsubscribe function.
 */
export function forwardWechatEvents(wechat: WechatEmulator, emulator: Emulator): () => void {
  return wechat.onEvent((event) => {
    if (FORWARDED.has(event.type)) emulator.emit("wx", { wx: event });
  });
}

/** Serves `/__sim/wx/…` by passing it to the emulator's `/__wx/…`; 404 for anything else, 503 without an emulator. */
export async function proxyWechat(
  wechat: WechatLink | undefined,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const path = url.pathname.slice("/__sim/wx".length);
  const method = req.method ?? "GET";
  const refuse = (status: number, description: string) => {
    req.resume();
    sendJson(req, res, status, { ok: false, error_code: status, description });
  };
  if (!wechat) return refuse(503, "the WeChat emulator is not running (a real account is configured)");
  if (!ALLOWED.some(([m, p]) => m === method && p.test(path)))
    return refuse(404, "no such WeChat simulator endpoint");
  let body: Buffer | undefined;
  if (method === "POST") {
    if (!(req.headers["content-type"] ?? "").startsWith("application/json"))
      return refuse(415, "send application/json");
    const read = await readBody(req, 64 * 1024);
    if (!read.ok) return refuse(413, "body too large");
    body = read.body;
  } else {
    req.resume();
  }
  try {
    const answer = await fetch(`${wechat.emulator.url}/__wx${path}`, {
      method,
      ...(body ? { body: new Uint8Array(body), headers: { "content-type": "application/json" } } : {}),
    });
    const text = await answer.text();
    res.writeHead(answer.status, { "content-type": "application/json", "cache-control": "no-store" });
    res.end(text);
  } catch (error) {
    sendJson(req, res, 502, {
      ok: false,
      error_code: 502,
      description: `the WeChat emulator did not answer: ${String((error as Error).message ?? error)}`,
    });
  }
}
