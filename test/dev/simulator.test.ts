import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_DEV_BOT, type Emulator, startEmulator } from "../../dev/emulator/index.ts";
import { startRedis } from "../../dev/redis.ts";
import { createHost, type LiveHost } from "../../dev/simulator/server/host.ts";
import { PersonaStore } from "../../dev/simulator/server/personas.ts";
import { simulatorPages } from "../../dev/simulator/server/routes.ts";
import { startBridge } from "../../dev/upstash-bridge.ts";
import { startWechatEmulator } from "../../dev/wechat-emulator/index.ts";
import { broadcastKeys } from "../../src/broadcast/keys.ts";
import { createRedis } from "../../src/store/redis.ts";

const token = "7000000001:AAtest-simulator";
let dir: string;
let emu: Emulator;
let host: LiveHost;
let hook: Server;
let stops: (() => Promise<void>)[] = [];
const restarts: string[] = [];
let bridge: { url: string; token: string };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "jinguo-sim-"));
  const redis = await startRedis({});
  const b = await startBridge({ redisUrl: redis.url, token: "t" });
  bridge = { url: b.url, token: "t" };
  hook = createServer((req, res) => {
    // The bot behind the webhook: takes every update and does nothing with it ("success" for WeChat).
    req.resume();
    req.on("end", () => res.end(req.url?.startsWith("/wechat") ? "success" : "{}"));
  });
  await new Promise<void>((resolve) => hook.listen(0, "127.0.0.1", resolve));
  let pages: ReturnType<typeof simulatorPages> | undefined;
  emu = await startEmulator({
    token,
    botInfo: DEFAULT_DEV_BOT,
    maxBodyBytes: 256 * 1024,
    pages: (req, res, url) => (pages ? pages(req, res, url) : Promise.resolve(false)),
  });
  const hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/`;
  host = createHost({
    personas: new PersonaStore(join(dir, "personas.json")),
    emulator: emu,
    bot: { username: DEFAULT_DEV_BOT.username, first_name: DEFAULT_DEV_BOT.first_name },
    baseStaff: "",
    storage: { ...bridge, owned: true },
    restartWorker: async (staff) => {
      restarts.push(staff);
    },
    afterEmulatorReset: async () => emu.setWebhook(hookUrl),
  });
  host.markReady();
  pages = simulatorPages(host);
  emu.setWebhook(hookUrl);
  stops = [() => emu.close(), () => b.close(), () => redis.stop()];
});

afterAll(async () => {
  for (const stop of stops) await stop();
  await new Promise((resolve) => hook?.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  restarts.length = 0;
});

async function sim(path: string, init: RequestInit & { json?: unknown } = {}) {
  const { json, ...rest } = init;
  const res = await fetch(`${emu.url}${path}`, {
    ...rest,
    headers: { "content-type": "application/json", ...(rest.headers ?? {}) },
    body: json === undefined ? rest.body : JSON.stringify(json),
  });
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    text,
    json: text.startsWith("{") ? JSON.parse(text) : undefined,
  };
}

describe("the simulator page's files", () => {
  it("serves the page, its bundled script and style with a strict CSP, and nothing from elsewhere", async () => {
    const page = await sim("/");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(page.text).toContain('<script type="module" src="/app.js">');
    // No CDN: every URL the page loads is its own.
    expect(page.text).not.toMatch(/(src|href)="(https?:)?\/\//);
    const script = await sim("/app.js");
    expect(script.headers.get("content-type")).toContain("javascript");
    expect(script.text).toContain("EventSource");
    expect(script.text).not.toMatch(/innerHTML\s*=|insertAdjacentHTML|document\.write/);
    expect((await sim("/app.css")).headers.get("content-type")).toContain("text/css");
    expect((await sim("/favicon.svg")).status).toBe(200);
  });

  it("answers unknown paths as Telegram does, without a crash", async () => {
    const res = await sim("/nope");
    expect([res.status, res.json]).toEqual([404, { ok: false, error_code: 404, description: "Not Found" }]);
  });
});

describe("the simulator's API", () => {
  it("creates, renames and deletes personas; staff changes restart the Worker with the new STAFF", async () => {
    const made = await sim("/__sim/personas", {
      method: "POST",
      json: { first_name: "Zhao", language: "zh-hans", role: "staff", region: "370500" },
    });
    expect(made.status).toBe(200);
    const id = made.json.persona.id as number;
    await expect
      .poll(() => host.worker())
      .toMatchObject({ state: "ready", staff: expect.stringContaining(`${id}:staff:370500`) });
    expect(restarts.at(-1)).toContain(`${id}:staff:370500`);
    restarts.length = 0;
    // Renaming changes nobody's role: no restart.
    expect(
      (await sim(`/__sim/personas/${id}`, { method: "PUT", json: { first_name: "Zhao Jing" } })).status,
    ).toBe(200);
    expect((await sim("/__sim/state")).json.personas.at(-1).first_name).toBe("Zhao Jing");
    expect(restarts).toEqual([]);
    expect((await sim(`/__sim/personas/${id}`, { method: "DELETE", json: {} })).status).toBe(200);
    await expect.poll(() => restarts.at(-1)).toBe("900000002:staff:370700,900000001:admin");
  });

  it("refuses bad input in Telegram's error shape: invalid fields, bad JSON, wrong type, other origins, size", async () => {
    const invalid = await sim("/__sim/personas", {
      method: "POST",
      json: { first_name: "", language: "xx" },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.json).toMatchObject({
      ok: false,
      error_code: 400,
      description: expect.stringContaining("first_name"),
    });
    const badJson = await sim("/__sim/personas", { method: "POST", body: "{nope" });
    expect(badJson.json).toEqual({ ok: false, error_code: 400, description: "body is not JSON" });
    const form = await sim("/__sim/personas", {
      method: "POST",
      body: "a=1",
      headers: { "content-type": "text/plain" },
    });
    expect(form.status).toBe(415);
    const foreign = await sim("/__sim/reset", {
      method: "POST",
      json: {},
      headers: { origin: "https://evil.example" },
    });
    expect(foreign.status).toBe(403);
    const huge = await sim("/__sim/personas", { method: "POST", json: { first_name: "x".repeat(70_000) } });
    expect(huge.json).toMatchObject({ ok: false, error_code: 413 });
    expect((await sim("/__sim/personas/1", { method: "DELETE", json: {} })).status).toBe(404);
    expect((await sim("/__sim/nothing")).json).toMatchObject({ ok: false, error_code: 404 });
  });

  it("lists the engine's broadcasts with their counts and what each persona got", async () => {
    expect((await sim("/__sim/broadcasts")).json).toEqual({ ok: true, broadcasts: [] });
    const redis = createRedis(bridge);
    const now = Date.now();
    const [li, emma, wang, admin] = [700000001, 700000002, 900000002, 900000001];
    // As the engine leaves a broadcast midway: 5 recipients (two of them not personas), 4 handled.
    const id = "simtest0001";
    const pipe = redis.pipeline();
    pipe.hset(broadcastKeys.record(id), {
      id,
      kind: "staff",
      author: wang,
      label: "救助物资 <发放>",
      scope: "370700",
      status: "sending",
      audience: JSON.stringify({ kind: "listed" }),
      content: JSON.stringify({ kind: "html", html: "x" }),
      locale: "zh-CN",
      created: now - 5000,
      started_at: now - 4000,
      total: 5,
      prepared: 1,
      epoch: 1,
    });
    pipe.zadd(broadcastKeys.index(), { score: now, member: id });
    pipe.sadd(broadcastKeys.recipients(id), li, emma, admin, 123, 456);
    pipe.sadd(broadcastKeys.done(id), li, 123);
    pipe.sadd(broadcastKeys.gone(id), emma);
    pipe.hset(broadcastKeys.failed(id), { [admin]: "Bad Request: chat not found", 456: "x" });
    await pipe.exec();
    const [b] = (await sim("/__sim/broadcasts")).json.broadcasts;
    expect(b).toMatchObject({
      id,
      label: "救助物资 <发放>",
      status: "sending",
      author: wang,
      total: 5,
      counts: { sent: 2, blocked: 1, failed: 2, skipped: 0 },
      pending: 0,
    });
    // Only personas appear by id, and only those among the recipients (王芳 wrote it, she is not one).
    expect(b.personas).toEqual({
      [li]: { outcome: "delivered" },
      [emma]: { outcome: "blocked" },
      [admin]: { outcome: "failed", reason: "Bad Request: chat not found" },
    });
    // One recipient not handled yet: pending, for her and in the count.
    await redis.srem(broadcastKeys.done(id), li);
    const [later] = (await sim("/__sim/broadcasts")).json.broadcasts;
    expect(later.pending).toBe(1);
    expect(later.personas[li]).toEqual({ outcome: "pending" });
  });

  it("resets chats, personas and the launcher's own Redis", async () => {
    await fetch(`${bridge.url}`, {
      method: "POST",
      headers: { authorization: `Bearer ${bridge.token}` },
      body: JSON.stringify(["SET", "jg:user:1", "x"]),
    });
    await emu.send({ from: { id: 700000001, first_name: "李梅" }, text: "hi" });
    await sim("/__sim/personas", {
      method: "POST",
      json: { first_name: "Temp", language: "en", role: "user" },
    });
    const reset = await sim("/__sim/reset", { method: "POST", json: {} });
    expect(reset.json).toEqual({ ok: true, storage: "flushed" });
    expect(emu.messages(700000001)).toEqual([]);
    expect((await sim("/__sim/state")).json.personas).toHaveLength(4);
    const get = await fetch(bridge.url, {
      method: "POST",
      headers: { authorization: `Bearer ${bridge.token}` },
      body: JSON.stringify(["GET", "jg:user:1"]),
    });
    expect(await get.json()).toEqual({ result: null });
  });
});

describe("WeChat personas' way to the WeChat emulator (/__sim/wx/)", () => {
  it("passes her actions to the emulator's control API, forwards its events, refuses the rest, and resets it", async () => {
    const down = await sim("/__sim/wx/users");
    expect(down.status).toBe(503);
    expect(down.json).toMatchObject({ ok: false, error_code: 503 });

    const hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/wechat/webhook`;
    const wx = await startWechatEmulator({ webhookUrl: hookUrl, account: "gh_simtest" });
    stops.unshift(() => wx.close());
    let menus = 0;
    host.attachWechat({
      emulator: wx,
      setupMenu: async () => {
        menus += 1;
      },
    });
    expect((await sim("/__sim/state")).json.wechat).toEqual({
      account: "gh_simtest",
      appId: wx.settings.appId,
      optionHints: ["回复数字选择：", "Reply with a number:"],
    });
    const forwarded: unknown[] = [];
    const off = emu.onEvent((event) => event.type === "wx" && forwarded.push(event.wx));

    const followed = await sim("/__sim/wx/follow", {
      method: "POST",
      json: { openid: "oSimTest000001", nickname: "小梅", scene: "sub_370700" },
    });
    expect(followed.json).toMatchObject({ ok: true, user: "oSimTest000001", delivered: true, status: 200 });
    const said = await sim("/__sim/wx/send", {
      method: "POST",
      json: { openid: "oSimTest000001", text: "你好" },
    });
    expect(said.json).toMatchObject({ ok: true, delivered: true });
    const log = await sim("/__sim/wx/users/oSimTest000001/messages");
    expect(log.json.messages).toMatchObject([
      { direction: "in", event: "subscribe", key: "qrscene_sub_370700" },
      { direction: "in", msgtype: "text", text: "你好" },
    ]);
    expect(forwarded).toContainEqual(
      expect.objectContaining({
        type: "message",
        openid: "oSimTest000001",
        entry: expect.objectContaining({ text: "你好" }),
      }),
    );
    off();
    // The emulator's own refusals come through as they are.
    const twice = await sim("/__sim/wx/follow", { method: "POST", json: { openid: "oSimTest000001" } });
    expect(twice.status).toBe(400);
    expect(twice.json.description).toMatch(/already follows/);

    // Only her actions and what she sees: not faults, calls, the clock or a reset of the emulator.
    for (const [method, path] of [
      ["POST", "/__sim/wx/faults"],
      ["GET", "/__sim/wx/calls"],
      ["POST", "/__sim/wx/reset"],
      ["POST", "/__sim/wx/clock"],
      ["GET", "/__sim/wx/users/../calls"],
    ] as const) {
      const res = await sim(path, { method, ...(method === "POST" ? { json: {} } : {}) });
      expect(res.status, path).toBe(404);
    }
    const plain = await sim("/__sim/wx/send", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "{}",
    });
    expect(plain.status).toBe(415);
    const foreign = await sim("/__sim/wx/send", {
      method: "POST",
      headers: { origin: "https://evil.example" },
      json: { openid: "oSimTest000001", text: "x" },
    });
    expect(foreign.status).toBe(403);
    expect(wx.messages("oSimTest000001")).toHaveLength(2);

    // In the Broadcasts panel she is her persona, though the engine knows her as wx:<openid>.
    const made = await sim("/__sim/personas", {
      method: "POST",
      json: {
        first_name: "小梅",
        language: "zh-hans",
        role: "user",
        channel: "wechat",
        openid: "oSimTest000001",
      },
    });
    const redis = createRedis(bridge);
    const id = "simtestwx01";
    await redis.hset(broadcastKeys.record(id), {
      id,
      kind: "staff",
      author: 900000002,
      label: "微信",
      scope: "370700",
      status: "done",
      audience: JSON.stringify({ kind: "listed" }),
      content: JSON.stringify({ kind: "html", html: "x" }),
      locale: "zh-CN",
      created: Date.now(),
      total: 2,
      prepared: 1,
      epoch: 1,
    });
    await redis.zadd(broadcastKeys.index(), { score: Date.now() + 1000, member: id });
    await redis.sadd(broadcastKeys.recipients(id), "wx:oSimTest000001", "700000002");
    await redis.sadd(broadcastKeys.done(id), "wx:oSimTest000001", "700000002");
    const [panel] = (await sim("/__sim/broadcasts")).json.broadcasts;
    expect(panel.personas).toEqual({
      [made.json.persona.id]: { outcome: "delivered" },
      700000002: { outcome: "delivered" },
    });

    // Reset all local data: the WeChat emulator forgets her too, and the account menu is made again.
    await sim("/__sim/reset", { method: "POST", json: {} });
    expect(wx.user("oSimTest000001")).toBeUndefined();
    expect(menus).toBe(1);
  });
});
