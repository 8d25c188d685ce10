/** The Worker's HTTP face: health, the Telegram and WeChat webhooks, and the staff console. */
import { Hono } from "hono";
import * as z from "zod";
import { ConfigError } from "./config.ts";
import { CONSOLE_ROOT, createConsole } from "./console/index.tsx";
import { consoleDeps } from "./console/runtime-deps.ts";
import type { Env } from "./env.ts";
import { logError, logInfo } from "./log.ts";
import type { Runtime } from "./runtime.ts";
import { readableUpdate, unreadableFields } from "./telegram/update-shape.ts";
import { wechatWebhook } from "./wechat/door.ts";

const SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
// Only what routing needs; grammY reads the rest, and unknown update kinds pass through untouched.
const updateShape = z.looseObject({ update_id: z.number().int().nonnegative() });

/** Compares without an early exit, so timing does not reveal how much of the secret matched. */
function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined || given.length !== expected.length) return false;
  let diff = 0;
  for (let i = 0; i < expected.length; i++) diff |= given.charCodeAt(i) ^ expected.charCodeAt(i);
  return diff === 0;
}

/** The HTTP face of the Worker: health, the Telegram webhook and the staff console. */
export function createApp(getRuntime: (env: Env) => Promise<Runtime>): Hono<{ Bindings: Env }> {
  const app = new Hono<{ Bindings: Env }>();

  app.get("/healthz", (c) => c.json({ ok: true, service: "jinguo" }));

  app.post("/telegram/webhook", async (c) => {
    const runtime = await getRuntime(c.env);
    // The secret comes first: an unauthenticated caller learns nothing, not even whether its JSON parsed.
    if (!sameSecret(c.req.header(SECRET_HEADER), runtime.config.TELEGRAM_WEBHOOK_SECRET)) {
      return c.json({ ok: false, error: "unauthorized" }, 401);
    }
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return c.json({ ok: false, error: "body is not valid JSON" }, 400);
    }
    const routed = updateShape.safeParse(body);
    if (!routed.success) {
      return c.json({ ok: false, error: "not a Telegram update" }, 400);
    }
    const update_id = routed.data.update_id;
    // Telegram retries anything but a 2xx for hours, and a retry cannot make a malformed update
    // readable: it is logged (field paths only) and acknowledged.
    const readable = readableUpdate.safeParse(body);
    if (!readable.success) {
      logInfo("update_unreadable", { update_id, fields: unreadableFields(readable.error).join(",") });
      return c.json({ ok: true, ignored: "unreadable update" });
    }
    try {
      return await runtime.handleWebhook(c);
    } catch (error) {
      // Failures inside a feature are answered by the bot's error boundary; what reaches here failed
      // before or around it, and would fail the same way on every redelivery.
      logError("update_failed", error, { update_id });
      return c.json({ ok: true, ignored: "failed update" });
    }
  });

  // Off (404) unless WECHAT_TOKEN, WECHAT_APPID and WECHAT_APPSECRET are set.
  app.route(
    "/wechat/webhook",
    wechatWebhook(async (env) => (await getRuntime(env)).wechat?.door ?? null),
  );

  app.route(
    CONSOLE_ROOT,
    createConsole(async (env) => consoleDeps(await getRuntime(env))),
  );

  app.notFound((c) => c.json({ ok: false, error: "not found" }, 404));

  app.onError((error, c) => {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return c.json({ ok: false, error: "configuration", problems: error.problems }, 500);
    }
    logError("request_failed", error, { path: c.req.path });
    return c.json({ ok: false, error: "internal error" }, 500);
  });

  return app;
}
