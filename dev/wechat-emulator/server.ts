// The emulator's HTTP server: WeChat's API under /cgi-bin/, the control API under /__wx/.
import { createServer, type Server } from "node:http";
import { corsHeaders, sendJson } from "../emulator/http-util.ts";
import { handleApi } from "./api.ts";
import { handleControl } from "./control.ts";
import type { WxCore } from "./core.ts";

/** A failing request never takes the server down; it answers 500 and logs. */
export function createWechatServer(core: WxCore): Server {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://wechat-emulator.local");
    const route = async () => {
      if (req.method === "OPTIONS") {
        res.writeHead(204, corsHeaders(req));
        res.end();
        return;
      }
      if (url.pathname === "/__wx" || url.pathname.startsWith("/__wx/"))
        return handleControl(core, req, res, url);
      if (url.pathname.startsWith("/cgi-bin/")) return handleApi(core, req, res, url);
      req.resume();
      sendJson(req, res, 404, { errcode: 404, errmsg: "not found" });
    };
    route().catch((error: unknown) => {
      core.settings.log(
        `[wechat-emulator] ${req.method} ${req.url} failed: ${error instanceof Error ? error.stack : String(error)}`,
      );
      sendJson(req, res, 500, { errcode: -1, errmsg: "system error" });
    });
  });
  server.on("clientError", (_err, socket) => {
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n");
    else socket.destroy();
  });
  return server;
}
