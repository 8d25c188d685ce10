import { Redis } from "@upstash/redis";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type RedisHandle, startRedis } from "../../dev/redis.ts";
import { type BridgeHandle, startBridge } from "../../dev/upstash-bridge.ts";
import { startWechatEmulator, type WechatEmulator } from "../../dev/wechat-emulator/index.ts";
import {
  ChannelConfigError,
  RateLimitedError,
  RecipientGoneError,
  RejectedSendError,
  TransientSendError,
  WindowClosedError,
} from "../../src/channel/errors.ts";
import { createWechatApi, type WechatApi } from "../../src/wechat/api.ts";
import { type CachedToken, tokenKey, tokenLockKey } from "../../src/wechat/token.ts";

const appId = "wx3e8d9c0b1a2f4e5d";
const appSecret = "9f86d081884c7d659a2feaa0c55ad015";
const bridgeToken = "bridge-token";

let server: RedisHandle;
let bridge: BridgeHandle;
let redis: Redis;
let emu: WechatEmulator;

/** One client per simulated isolate, all on the emulator's clock. */
const client = (overrides: Partial<Parameters<typeof createWechatApi>[0]> = {}): WechatApi =>
  createWechatApi({ appId, appSecret, apiRoot: emu.url, redis, now: () => emu.now(), ...overrides });

async function thrown(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  return error as Error;
}

async function follower(): Promise<string> {
  return (await emu.follow({})).user;
}

const text = (touser: string, content: string) => ({ touser, msgtype: "text" as const, text: { content } });

beforeAll(async () => {
  server = await startRedis({});
  bridge = await startBridge({ redisUrl: server.url, token: bridgeToken });
  redis = new Redis({ url: bridge.url, token: bridgeToken, enableTelemetry: false });
  emu = await startWechatEmulator({
    appId,
    appSecret,
    templates: { TPL_ALERT: { title: "提醒", content: "{{thing1.DATA}}" } },
  });
});

afterAll(async () => {
  await emu?.close();
  await bridge?.close();
  await server?.stop();
});

beforeEach(async () => {
  emu.reset();
  await redis.flushdb();
});

afterEach(async () => {
  await fetch(`${emu.url}/__wx/options`, { method: "POST", body: JSON.stringify({ ipWhitelist: null }) });
});

describe("the shared access token", () => {
  it("is fetched once, kept in one Redis key until it expires, and used by every isolate", async () => {
    const openid = await follower();
    await client().sendCustom(text(openid, "欢迎关注"));
    expect(emu.stableTokenCalls()).toBe(1);
    const cached = await redis.get<CachedToken>(tokenKey(appId));
    expect(cached).toMatchObject({ token: expect.stringMatching(/^\d+_/) });
    expect(cached && cached.expiresAt - emu.now()).toBeGreaterThan(7_190_000);
    const ttl = await redis.pttl(tokenKey(appId));
    expect(ttl).toBeGreaterThan(7_190_000);
    expect(ttl).toBeLessThanOrEqual(7_200_000);
    // Another isolate (a fresh client) takes it from Redis.
    await client().sendCustom(text(openid, "第二条"));
    expect(emu.stableTokenCalls()).toBe(1);
    expect(await redis.exists(tokenLockKey(appId))).toBe(0);
  });

  it("is fetched by one isolate when many start cold at once (SET NX)", async () => {
    const clients = Array.from({ length: 8 }, () => client());
    const tokens = await Promise.all(clients.map((c) => c.accessToken()));
    expect(new Set(tokens).size).toBe(1);
    expect(emu.stableTokenCalls()).toBe(1);
  });

  it("is refreshed before it expires, by one isolate, while the others keep the old one", async () => {
    const [a, b, c] = [client(), client(), client()];
    const first = await a.accessToken();
    emu.advanceClock((7200 - 200) * 1000); // 200 s left: inside the 4-minute margin and WeChat's 5
    const fresh = await Promise.all([a.accessToken(), b.accessToken(), c.accessToken()]);
    expect(emu.stableTokenCalls()).toBe(2);
    expect(fresh).toContain(await a.accessToken());
    expect(await a.accessToken()).not.toBe(first);
    // Whoever got the old one in the meantime could still use it: WeChat keeps it for its last minutes.
    const openid = await follower();
    for (const token of fresh) {
      const res = await fetch(`${emu.url}/cgi-bin/message/custom/send?access_token=${token}`, {
        method: "POST",
        body: JSON.stringify(text(openid, "x")),
      });
      expect(((await res.json()) as { errcode: number }).errcode).toBe(0);
    }
  });

  it("is refreshed once and the call retried when WeChat rejects it (40001 after someone force-refreshed)", async () => {
    const api = client();
    const openid = await follower();
    await api.sendCustom(text(openid, "一"));
    // Another system force-refreshes this AppId's stable token: ours is now invalid.
    await fetch(`${emu.url}/cgi-bin/stable_token`, {
      method: "POST",
      body: JSON.stringify({
        grant_type: "client_credential",
        appid: appId,
        secret: appSecret,
        force_refresh: true,
      }),
    });
    const since = (await emu.calls()).at(-1)?.seq ?? 0;
    await api.sendCustom(text(openid, "二"));
    const sends = await emu.calls({ since, api: "message/custom/send" });
    expect(sends.map((c) => c.response.error_code ?? 0)).toEqual([40001, 0]);
    expect(
      emu
        .messages(openid)
        .filter((m) => m.via === "custom")
        .map((m) => m.text),
    ).toEqual(["一", "二"]);
  });

  it("is refreshed once and the call retried on 42001 (expired)", async () => {
    const api = client();
    const openid = await follower();
    await api.accessToken();
    await fetch(`${emu.url}/__wx/tokens/expire`, { method: "POST" });
    await api.sendCustom(text(openid, "过期后"));
    const sends = await emu.calls({ api: "message/custom/send" });
    expect(sends.map((c) => c.response.error_code ?? 0)).toEqual([42001, 0]);
  });

  it("gives up after one retry: a token rejected twice is a configuration problem", async () => {
    const openid = await follower();
    emu.injectFault({ errcode: 40001, count: 2, api: "custom" });
    const error = await thrown(client().sendCustom(text(openid, "x")));
    expect(error).toBeInstanceOf(ChannelConfigError);
    expect(await emu.calls({ api: "message/custom/send" })).toHaveLength(2);
  });

  it("still works when Redis is down (each isolate asks WeChat itself)", async () => {
    const deadRedis = new Redis({
      url: "http://127.0.0.1:9",
      token: "x",
      retry: false,
      enableTelemetry: false,
    });
    const openid = await follower();
    await client({ redis: deadRedis }).sendCustom(text(openid, "无缓存"));
    expect(emu.messages(openid).at(-1)).toMatchObject({ via: "custom", text: "无缓存" });
  });
});

describe("errors are classified once", () => {
  it("45015 → WindowClosedError (expired); 45047 → WindowClosedError (quota)", async () => {
    const api = client();
    const openid = await follower();
    emu.advanceClock(61_000);
    const closed = await thrown(api.sendCustom(text(openid, "x")));
    expect(closed).toBeInstanceOf(WindowClosedError);
    expect((closed as WindowClosedError).reason).toBe("expired");
    await emu.send(openid, "在吗");
    for (let i = 0; i < 5; i++) await api.sendCustom(text(openid, `回复${i}`));
    const used = await thrown(api.sendCustom(text(openid, "6")));
    expect(used).toBeInstanceOf(WindowClosedError);
    expect((used as WindowClosedError).reason).toBe("quota");
  });

  it("43004 → RecipientGoneError, for customer-service and template messages", async () => {
    const api = client();
    const openid = await follower();
    await emu.unfollow(openid);
    expect(await thrown(api.sendCustom(text(openid, "x")))).toBeInstanceOf(RecipientGoneError);
    const tpl = { touser: openid, template_id: "TPL_ALERT", data: { thing1: { value: "x" } } };
    expect(await thrown(api.sendTemplate(tpl))).toBeInstanceOf(RecipientGoneError);
  });

  it("45009 → RateLimitedError until midnight in Beijing", async () => {
    const openid = await follower();
    emu.injectFault({ errcode: 45009, api: "custom" });
    const error = await thrown(client().sendCustom(text(openid, "x")));
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfter).toBeGreaterThan(0);
    expect((error as RateLimitedError).retryAfter).toBeLessThanOrEqual(86_400);
  });

  it("40164 → ChannelConfigError naming the IP and the fix", async () => {
    await fetch(`${emu.url}/__wx/options`, {
      method: "POST",
      body: JSON.stringify({ ipWhitelist: ["203.0.113.7"] }),
    });
    const error = await thrown(client().accessToken());
    expect(error).toBeInstanceOf(ChannelConfigError);
    expect(error.message).toContain("127.0.0.1");
    expect(error.message).toContain("IP白名单");
  });

  it("a wrong AppSecret → ChannelConfigError naming WECHAT_APPSECRET", async () => {
    const error = await thrown(client({ appSecret: "wrong" }).accessToken());
    expect(error).toBeInstanceOf(ChannelConfigError);
    expect(error.message).toContain("WECHAT_APPSECRET");
  });

  it("an unreachable API → TransientSendError; a bad menu → RejectedSendError", async () => {
    const offline = client({ apiRoot: "http://127.0.0.1:9", timeoutMs: 1000 });
    expect(await thrown(offline.accessToken())).toBeInstanceOf(TransientSendError);
    const bad = await thrown(client().createMenu({ button: [] }));
    expect(bad).toBeInstanceOf(RejectedSendError);
    expect(bad.message).toContain("40016");
  });
});

describe("sending", () => {
  it("sends a template message and returns WeChat's msgid; creates the menu", async () => {
    const api = client();
    const openid = await follower();
    emu.advanceClock(3 * 24 * 3600_000);
    const { msgId } = await api.sendTemplate({
      touser: openid,
      template_id: "TPL_ALERT",
      url: "https://example.org/fairs/12",
      data: { thing1: { value: "潍坊春风送岗招聘会" } },
      client_msg_id: "fair_12:announce",
    });
    expect(msgId).toMatch(/^\d+$/);
    expect(emu.messages(openid).at(-1)).toMatchObject({ via: "template", text: "提醒\n潍坊春风送岗招聘会" });
    await api.createMenu({
      button: [
        { type: "click", name: "招聘会", key: "fairs" },
        { name: "服务", sub_button: [{ type: "view", name: "政策问答", url: "https://example.org/faq" }] },
      ],
    });
    const menu = await fetch(`${emu.url}/__wx/menu`);
    expect(((await menu.json()) as { menu: unknown[] }).menu).toHaveLength(2);
  });
});
