import type { IncomingMessage, ServerResponse } from "node:http";
import { ADMIN_ROUTES } from "./control-admin.ts";
import { USER_ROUTES } from "./control-users.ts";
import type { Core } from "./core.ts";
import { ApiError, badRequest } from "./errors.ts";
import { readBody, sendBytes, sendJson } from "./http-util.ts";
import type { Body, Route } from "./route.ts";

const ROUTES: Route[] = [...ADMIN_ROUTES, ...USER_ROUTES];

async function readJson(req: IncomingMessage, limit: number): Promise<Body> {
  const read = await readBody(req, limit);
  if (!read.ok) throw new ApiError(413, "Request Entity Too Large");
  if (read.body.length === 0) return {};
  try {
    const parsed: unknown = JSON.parse(read.body.toString("utf8"));
    if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) return parsed as Body;
  } catch {
    // reported below
  }
  throw badRequest("can't parse JSON object");
}

/** Serves `/__emu/*`: inspection, fault injection and simulated users (no token needed). */
export async function handleControl(
  core: Core,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const path = url.pathname.slice("/__emu".length);
  try {
    if (req.method === "GET" && path === "/events") return core.events.attach(req, res, url);
    const file = /^\/files\/([^/]+)$/.exec(path);
    if (req.method === "GET" && file) {
      const rec = core.files.get(decodeURIComponent(file[1] ?? ""));
      if (!rec?.bytes) throw new ApiError(404, "Not Found: file not found");
      return sendBytes(req, res, rec.bytes, rec.mime);
    }
    for (const [method, pattern, route] of ROUTES) {
      const match = pattern.exec(path);
      if (!match || method !== req.method) continue;
      // Simulated users may attach base64 media, so /send gets the upload limit.
      const limit = path === "/send" ? core.opts.maxBodyBytes : core.opts.maxJsonBytes;
      const body = method === "POST" ? await readJson(req, limit) : {};
      const result = await route(core, body, url, match);
      return sendJson(req, res, 200, { ok: true, ...(result as object) });
    }
    throw new ApiError(404, "Not Found: no such emulator endpoint");
  } catch (err) {
    const error = err instanceof ApiError ? err : new ApiError(500, `Internal Server Error: ${String(err)}`);
    if (!(err instanceof ApiError)) core.opts.log(`[emulator] control ${path} failed: ${String(err)}`);
    sendJson(req, res, error.code, error.toJSON());
  }
}
