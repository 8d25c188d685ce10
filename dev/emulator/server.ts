import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { handleBotApi, isBotApiPath } from "./botapi.ts";
import { handleControl } from "./control.ts";
import type { Core } from "./core.ts";
import { ApiError } from "./errors.ts";
import { corsHeaders, sendJson } from "./http-util.ts";

async function route(core: Core, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://emulator.local");
  if (req.method === "OPTIONS") {
    res.writeHead(204, corsHeaders(req));
    res.end();
    return;
  }
  if (url.pathname === "/__emu" || url.pathname.startsWith("/__emu/"))
    return handleControl(core, req, res, url);
  if (isBotApiPath(url.pathname)) return handleBotApi(core, req, res, url);
  if (core.opts.pages && (await core.opts.pages(req, res, url))) return;
  // Telegram answers unknown paths (and malformed tokens) with a bare 404.
  req.resume();
  sendJson(req, res, 404, new ApiError(404, "Not Found").toJSON());
}

/** The HTTP server for both the Bot API and the control API; a failing request never takes it down. */
export function createEmulatorServer(core: Core): Server {
  const server = createServer((req, res) => {
    route(core, req, res).catch((err: unknown) => {
      core.opts.log(
        `[emulator] ${req.method} ${req.url} failed: ${err instanceof Error ? err.stack : String(err)}`,
      );
      sendJson(req, res, 500, new ApiError(500, "Internal Server Error").toJSON());
    });
  });
  server.on("clientError", (_err, socket) => {
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n");
    else socket.destroy();
  });
  return server;
}
