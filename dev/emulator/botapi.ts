import type { IncomingMessage, ServerResponse } from "node:http";
import type { Core } from "./core.ts";
import { invoke, recordCall } from "./dispatch.ts";
import { ApiError } from "./errors.ts";
import { corsHeaders, sendBytes, sendJson } from "./http-util.ts";
import { lookupMethod } from "./methods/index.ts";
import { type Params, paramsOf, readParams } from "./params.ts";

const BOT_PATH = /^\/bot([^/]+)\/(?:test\/)?([^/]+)\/?$/;
const FILE_PATH = /^\/file\/bot([^/]+)\/(.+)$/;

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** True when the path is a Bot API or file download route. */
export function isBotApiPath(pathname: string): boolean {
  return BOT_PATH.test(pathname) || FILE_PATH.test(pathname);
}

/** Serves `/bot{token}/{method}` (any HTTP method, any body encoding) and `/file/bot{token}/{path}`. */
export async function handleBotApi(
  core: Core,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const file = FILE_PATH.exec(url.pathname);
  if (file) return serveFile(core, req, res, decode(file[1] ?? ""), decode(file[2] ?? ""));
  const match = BOT_PATH.exec(url.pathname);
  const token = decode(match?.[1] ?? "");
  const method = decode(match?.[2] ?? "");
  let params: Params;
  try {
    params = await readParams(req, url, { json: core.opts.maxJsonBytes, multipart: core.opts.maxBodyBytes });
  } catch (err) {
    const error = err instanceof ApiError ? err : new ApiError(400, "Bad Request: can't parse request");
    recordCall(
      core,
      method,
      paramsOf({}),
      { ok: false, error_code: error.code, description: error.description },
      "http",
    );
    return sendJson(req, res, error.code, error.toJSON());
  }
  if (token !== core.opts.token) {
    const error = new ApiError(401, "Unauthorized");
    const name = lookupMethod(method)?.name ?? method;
    recordCall(core, name, params, { ok: false, error_code: 401, description: error.description }, "http");
    return sendJson(req, res, 401, error.toJSON());
  }
  // A client that gives up (timeout, abort) ends a long poll early.
  const abort = new AbortController();
  res.on("close", () => abort.abort());
  const outcome = await invoke(core, method, params, "http", abort.signal);
  if (outcome.destroy) {
    req.socket.destroy();
    return;
  }
  if (res.headersSent || res.destroyed) return;
  res.writeHead(outcome.status, {
    ...corsHeaders(req),
    "content-type": outcome.contentType,
    "content-length": Buffer.byteLength(outcome.body),
  });
  res.end(outcome.body);
}

function serveFile(core: Core, req: IncomingMessage, res: ServerResponse, token: string, path: string): void {
  const rec = token === core.opts.token ? core.files.atPath(path) : undefined;
  if (token !== core.opts.token) sendJson(req, res, 401, new ApiError(401, "Unauthorized").toJSON());
  else if (!rec?.bytes) sendJson(req, res, 404, new ApiError(404, "Not Found").toJSON());
  else sendBytes(req, res, rec.bytes, rec.mime);
}
