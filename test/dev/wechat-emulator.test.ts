import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startWechatEmulator, UNAVAILABLE, type WechatEmulator } from "../../dev/wechat-emulator/index.ts";
import { seal, unseal } from "../../dev/wechat-emulator/seal.ts";
import { importEncodingAesKey } from "../../src/wechat/crypto.ts";
import type { Inbound } from "../../src/wechat/inbound.ts";
import { textReplyXml } from "../../src/wechat/reply.ts";
import {
  answerBody,
  checkEcho,
  type Push,
  readPush,
  type WebhookQuery,
  type WechatReceiver,
} from "../../src/wechat/request.ts";
import { DOC } from "../support/wechat-vectors.ts";

const appId = "wx5f2c0a1b2c3d4e5f";
const appSecret = "5d41402abc4b2a76b9719d911017c592";
const token = "jinguoWebhook";
const encodingAesKey = "kWxPEV2UEDyxWpmPdKC3F4dgPDmOvfKX1HGnEUDS1aR";
const account = "gh_7c3a1f20b9e4";

let emu: WechatEmulator;
let hook: Server;
let hookUrl: string;
let receiver: WechatReceiver;
/** What the webhook got: the raw request and what src/wechat made of it. */
const received: Array<{ query: WebhookQuery; body: string; push?: Push; status: number }> = [];
/** What the fake Worker behind the webhook does with each push (default: echo texts as a passive reply). */
let onPush: (push: Push) => Promise<{ status?: number; body?: string; delayMs?: number }> = async () => ({});

async function reply(push: Push, text: string): Promise<string> {
  const xml = textReplyXml({
    openid: push.inbound.openid,
    account: push.inbound.account,
    text,
    createTime: 1765000000,
  });
  return answerBody(receiver, push, xml, 1765000000);
}

beforeAll(async () => {
  receiver = { token, appId, aes: await importEncodingAesKey(encodingAesKey) };
  hook = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://hook");
    const query = Object.fromEntries(url.searchParams) as WebhookQuery;
    let body = "";
    req.on("data", (c) => {
      body += c;
    });
    req.on("end", async () => {
      if (req.method === "GET") {
        try {
          const echo = await checkEcho(receiver, query);
          res.writeHead(200).end(echo);
        } catch {
          res.writeHead(401).end();
        }
        return;
      }
      const entry: (typeof received)[number] = { query, body, status: 200 };
      received.push(entry);
      try {
        entry.push = await readPush(receiver, query, body);
      } catch (error) {
        entry.status = (error as { status?: number }).status ?? 500;
        res.writeHead(entry.status).end();
        return;
      }
      const answer = await onPush(entry.push);
      if (answer.delayMs) await new Promise((r) => setTimeout(r, answer.delayMs));
      entry.status = answer.status ?? 200;
      const text = entry.push.inbound.kind === "text" ? `收到：${entry.push.inbound.text}` : null;
      const out = answer.body ?? (text ? await reply(entry.push, text) : "success");
      if (!res.destroyed) res.writeHead(entry.status, { "content-type": "text/xml" }).end(out);
    });
  });
  await new Promise<void>((resolve) => hook.listen(0, "127.0.0.1", resolve));
  hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/wechat/webhook`;
  emu = await startWechatEmulator({
    appId,
    appSecret,
    token,
    encodingAesKey,
    account,
    webhookUrl: hookUrl,
    templates: { TPL_FAIR: { title: "招聘会提醒", content: "{{thing1.DATA}}\n时间：{{time2.DATA}}" } },
  });
});

afterAll(async () => {
  await emu?.close();
  await new Promise((resolve) => hook?.close(resolve));
});

afterEach(async () => {
  emu.reset();
  received.length = 0;
  onPush = async () => ({});
  await control("/webhook", { url: hookUrl, mode: "safe", token });
  await control("/options", { webhookTimeoutMs: 5000, retries: 3 });
});

async function control(path: string, body?: unknown, method = body === undefined ? "GET" : "POST") {
  const res = await fetch(`${emu.url}/__wx${path}`, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

async function api(path: string, body?: unknown, accessToken?: string) {
  const url = `${emu.url}/cgi-bin/${path}${accessToken ? `?access_token=${encodeURIComponent(accessToken)}` : ""}`;
  const res = await fetch(url, body === undefined ? {} : { method: "POST", body: JSON.stringify(body) });
  expect(res.status).toBe(200);
  return (await res.json()) as Record<string, unknown> & { errcode?: number; errmsg?: string };
}

const stableToken = async (force = false) =>
  (await api("stable_token", {
    grant_type: "client_credential",
    appid: appId,
    secret: appSecret,
    force_refresh: force,
  })) as {
    access_token: string;
    expires_in: number;
  };

async function customText(openid: string, content: string, accessToken?: string) {
  return api(
    "message/custom/send",
    { touser: openid, msgtype: "text", text: { content } },
    accessToken ?? (await stableToken()).access_token,
  );
}

async function follower(scene?: string): Promise<string> {
  const result = await emu.follow(scene ? { scene } : {});
  expect(result.delivered).toBe(true);
  return result.user;
}

describe("pushes to the webhook", () => {
  it("verifies and decrypts (safe mode) with src/wechat's own functions, and shows the sealed reply", async () => {
    const openid = await follower();
    const result = await emu.send(openid, "我想参加招聘会 ]]> <b>");
    expect(result).toMatchObject({ delivered: true, status: 200, attempts: 1 });
    expect(result.reply).toMatchObject({ msgtype: "text", text: "收到：我想参加招聘会 ]]> <b>" });
    const last = received.at(-1);
    expect(last?.query).toMatchObject({ encrypt_type: "aes", openid });
    expect(last?.body).not.toContain("招聘会"); // sealed: only Encrypt travels
    expect(last?.push?.inbound).toMatchObject({
      kind: "text",
      openid,
      account,
      text: "我想参加招聘会 ]]> <b>",
    });
    expect(emu.messages(openid).map((m) => [m.via, m.msgtype, m.event ?? m.text])).toEqual([
      ["user", "event", "subscribe"],
      ["user", "text", "我想参加招聘会 ]]> <b>"],
      ["passive", "text", "收到：我想参加招聘会 ]]> <b>"],
    ]);
  });

  it.each(["plain", "compat"] as const)("works in %s mode too", async (mode) => {
    await control("/webhook", { mode });
    const openid = await follower();
    const result = await emu.send(openid, "你好");
    expect(result.reply?.text).toBe("收到：你好");
    const last = received.at(-1);
    expect(last?.push?.encrypted).toBe(mode === "compat");
    expect(last?.body).toContain("你好"); // plaintext travels in both
    expect(last?.body.includes("<Encrypt>")).toBe(mode === "compat");
  });

  it("sends MsgId as a bare 64-bit integer and CreateTime in seconds", async () => {
    const openid = await follower();
    await emu.send(openid, "x");
    const inbound = received.at(-1)?.push?.inbound as Inbound & { msgId: string };
    expect(inbound.msgId).toMatch(/^\d{16,20}$/);
    expect(BigInt(inbound.msgId) > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
    expect(Math.abs(inbound.createTime - Date.now() / 1000)).toBeLessThan(5);
  });

  it("follows through a poster QR, and a follower's scan is a SCAN", async () => {
    const result = await emu.scan({ scene: "sub_370700" });
    expect(received.at(-1)?.push?.inbound).toMatchObject({ kind: "subscribe", scene: "sub_370700" });
    await emu.scan({ openid: result.user, scene: "fair_12" });
    expect(received.at(-1)?.push?.inbound).toMatchObject({
      kind: "scan",
      scene: "fair_12",
      openid: result.user,
    });
  });

  it("tells the webhook when she unfollows, and she can no longer write", async () => {
    const openid = await follower();
    await emu.unfollow(openid);
    expect(received.at(-1)?.push?.inbound).toMatchObject({ kind: "unsubscribe", openid });
    const refused = await control("/send", { openid, text: "hi" });
    expect(refused.status).toBe(400);
    expect(String(refused.json.description)).toContain("does not follow");
  });

  it("shows WeChat's notice when the answer is unusable, and nothing when it is success", async () => {
    const openid = await follower();
    onPush = async () => ({ body: "success" });
    expect((await emu.send(openid, "a")).reply_error).toBeUndefined();
    const cases: Array<[string, (p: Push) => Promise<{ status?: number; body?: string }>, RegExp]> = [
      [
        "a plaintext reply in safe mode",
        async (p) => ({
          body: textReplyXml({ openid: p.inbound.openid, account, text: "x", createTime: 1 }),
        }),
        /sealed reply/,
      ],
      [
        "a reply to someone else",
        async (p) => ({
          body: await answerBody(
            receiver,
            p,
            textReplyXml({ openid: "oOther", account, text: "x", createTime: 1 }),
            1,
          ),
        }),
        /ToUserName/,
      ],
      ["not XML", async () => ({ body: "ok" }), /XML/],
      ["a 401", async () => ({ status: 401, body: "" }), /HTTP 401/],
    ];
    for (const [name, answer, error] of cases) {
      onPush = answer;
      const result = await emu.send(openid, name);
      expect(result.reply_error, name).toMatch(error);
      expect(emu.messages(openid).at(-1), name).toMatchObject({ via: "system", text: UNAVAILABLE });
    }
  });

  it("posts again when no answer comes in time, with the same MsgId (the webhook must dedupe)", async () => {
    await control("/options", { webhookTimeoutMs: 150, retries: 3 });
    const openid = await follower();
    onPush = async () => ({ delayMs: 400 });
    const result = await emu.send(openid, "慢");
    expect(result).toMatchObject({ delivered: false, status: null, attempts: 4 });
    const texts = received.filter((r) => r.push?.inbound.kind === "text");
    expect(texts).toHaveLength(4);
    expect(new Set(texts.map((r) => (r.push?.inbound as { msgId?: string } | undefined)?.msgId)).size).toBe(
      1,
    );
    expect(emu.messages(openid).at(-1)).toMatchObject({ via: "system", text: UNAVAILABLE });
  });

  it("runs WeChat's URL check (GET with echostr) against the webhook", async () => {
    expect(await emu.verifyWebhook()).toMatchObject({ ok: true, status: 200 });
    const wrong = await control("/webhook", { token: "notTheToken", verify: true });
    expect(wrong.json.verified).toMatchObject({ ok: false, status: 401 });
  });

  it("seals and unseals exactly like WeChat's documented example (the emulator's own crypto)", () => {
    const r = DOC.reply;
    expect(seal(DOC.encodingAesKey, DOC.appId, r.message, Buffer.from(r.random))).toBe(r.encrypt);
    const encrypt = /<Encrypt><!\[CDATA\[(.*)\]\]><\/Encrypt>/.exec(DOC.safePush.body)?.[1] ?? "";
    expect(unseal(DOC.encodingAesKey, encrypt)).toEqual({ message: DOC.safePush.message, appId: DOC.appId });
  });
});

describe("tokens", () => {
  it("stable_token: the same token until its last 5 minutes, then a new one while the old still works", async () => {
    const first = await stableToken();
    expect(first).toEqual({ access_token: expect.any(String), expires_in: 7200 });
    emu.advanceClock(60_000);
    const again = await stableToken();
    expect(again.access_token).toBe(first.access_token);
    // Whole seconds left; the real clock moves a few ms between the calls.
    expect([7139, 7140]).toContain(again.expires_in);
    emu.advanceClock((7200 - 60 - 299) * 1000);
    const renewed = await stableToken();
    expect(renewed.access_token).not.toBe(first.access_token);
    expect(renewed.expires_in).toBe(7200);
    const openid = await follower();
    expect((await customText(openid, "old token", first.access_token)).errcode).toBe(0);
    emu.advanceClock(300_000);
    expect((await customText(openid, "expired", first.access_token)).errcode).toBe(42001);
  });

  it("force_refresh invalidates the previous token at once, but not twice within 30 s", async () => {
    const first = await stableToken();
    const forced = await stableToken(true);
    expect(forced.access_token).not.toBe(first.access_token);
    const openid = await follower();
    const stale = await customText(openid, "x", first.access_token);
    expect(stale.errcode).toBe(40001);
    expect(stale.errmsg).toMatch(
      /^invalid credential, access_token is invalid or not latest rid: \w+-\w+-\w+$/,
    );
    expect((await stableToken(true)).access_token).toBe(forced.access_token);
    emu.advanceClock(31_000);
    expect((await stableToken(true)).access_token).not.toBe(forced.access_token);
  });

  it("refuses wrong credentials and IPs outside the whitelist, in WeChat's words", async () => {
    const ask = (body: Record<string, unknown>) =>
      api("stable_token", { grant_type: "client_credential", ...body });
    expect((await ask({ appid: appId, secret: "wrong" })).errcode).toBe(40125);
    expect((await ask({ appid: "wx0000000000000000", secret: appSecret })).errcode).toBe(40013);
    expect((await ask({ secret: appSecret })).errcode).toBe(41002);
    expect(
      (await api("stable_token", { grant_type: "password", appid: appId, secret: appSecret })).errcode,
    ).toBe(40002);
    await control("/options", { ipWhitelist: ["203.0.113.7"] });
    try {
      const refused = await ask({ appid: appId, secret: appSecret });
      expect(refused.errcode).toBe(40164);
      expect(refused.errmsg).toMatch(
        /^invalid ip 127\.0\.0\.1 ipv6 ::ffff:127\.0\.0\.1, not in whitelist rid: /,
      );
    } finally {
      await control("/options", { ipWhitelist: null });
    }
  });

  it("serves the classic /cgi-bin/token and checks tokens on every call", async () => {
    const res = await fetch(
      `${emu.url}/cgi-bin/token?grant_type=client_credential&appid=${appId}&secret=${appSecret}`,
    );
    const classic = (await res.json()) as { access_token: string; expires_in: number };
    expect(classic.expires_in).toBe(7200);
    const openid = await follower();
    expect((await customText(openid, "x", classic.access_token)).errcode).toBe(0);
    expect(
      (await api("message/custom/send", { touser: openid, msgtype: "text", text: { content: "x" } })).errcode,
    ).toBe(41001);
    expect((await customText(openid, "x", "made-up")).errcode).toBe(40001);
    await control("/tokens/expire", {});
    expect((await customText(openid, "x", classic.access_token)).errcode).toBe(42001);
  });
});

describe("the customer-service window", () => {
  it("allows 5 messages within 48 hours of her last message, then 45047; after 48 hours 45015", async () => {
    const openid = await follower();
    emu.advanceClock(61_000); // the follow's own 3 messages in a minute are over
    await emu.send(openid, "在吗");
    const { access_token } = await stableToken();
    for (let i = 1; i <= 5; i++) expect((await customText(openid, `第${i}条`, access_token)).errcode).toBe(0);
    const sixth = await customText(openid, "第6条", access_token);
    expect(sixth.errcode).toBe(45047);
    expect(sixth.errmsg).toMatch(/^out of response count limit rid: /);
    await emu.send(openid, "还在");
    expect((await customText(openid, "again", access_token)).errcode).toBe(0);
    emu.advanceClock(48 * 3600_000 - 1000);
    expect((await customText(openid, "just inside")).errcode).toBe(0);
    emu.advanceClock(2000);
    const closed = await customText(openid, "too late", (await stableToken()).access_token);
    expect(closed.errcode).toBe(45015);
    expect(closed.errmsg).toMatch(/^response out of time limit or subscription is canceled rid: /);
    expect(emu.messages(openid).filter((m) => m.via === "custom")).toHaveLength(7);
  });

  it("gives a follow, a click or a scan 3 messages within a minute", async () => {
    const openid = await follower();
    const { access_token } = await stableToken();
    for (let i = 0; i < 3; i++) expect((await customText(openid, "欢迎", access_token)).errcode).toBe(0);
    expect((await customText(openid, "4th", access_token)).errcode).toBe(45047);
    await emu.scan({ openid, scene: "fair_12" });
    expect((await customText(openid, "after scan", access_token)).errcode).toBe(0);
    emu.advanceClock(61_000);
    expect((await customText(openid, "a minute later", (await stableToken()).access_token)).errcode).toBe(
      45015,
    );
  });

  it("sends template messages outside the window, to followers only", async () => {
    const openid = await follower();
    emu.advanceClock(3 * 24 * 3600_000);
    const { access_token } = await stableToken();
    expect((await customText(openid, "x", access_token)).errcode).toBe(45015);
    const tpl = {
      touser: openid,
      template_id: "TPL_FAIR",
      url: "https://example.org/fairs/12",
      data: { thing1: { value: "潍坊春风送岗招聘会" }, time2: { value: "2026年12月9日 09:00" } },
    };
    const sent = await api("message/template/send", tpl, access_token);
    expect(sent).toEqual({ errcode: 0, errmsg: "ok", msgid: expect.any(Number) });
    expect(emu.messages(openid).at(-1)).toMatchObject({
      via: "template",
      key: "TPL_FAIR",
      text: "招聘会提醒\n潍坊春风送岗招聘会\n时间：2026年12月9日 09:00",
    });
    expect(
      (await api("message/template/send", { ...tpl, template_id: "TPL_NONE" }, access_token)).errcode,
    ).toBe(40037);
    expect((await api("message/template/send", { ...tpl, data: "x" }, access_token)).errcode).toBe(47001);
    expect((await api("message/template/send", { ...tpl, touser: "oNobody" }, access_token)).errcode).toBe(
      40003,
    );
    await emu.unfollow(openid);
    expect((await api("message/template/send", tpl, access_token)).errcode).toBe(43004);
    expect((await customText(openid, "x", access_token)).errcode).toBe(43004);
  });

  it("sends one template message per openid + client_msg_id", async () => {
    const openid = await follower();
    const { access_token } = await stableToken();
    const tpl = {
      touser: openid,
      template_id: "TPL_FAIR",
      client_msg_id: "bc_7:1",
      data: { thing1: { value: "x" } },
    };
    const first = await api("message/template/send", tpl, access_token);
    const again = await api("message/template/send", tpl, access_token);
    expect(again.msgid).toBe(first.msgid);
    expect(emu.messages(openid).filter((m) => m.via === "template")).toHaveLength(1);
  });
});

describe("fault injection", () => {
  it("fails one openid's next send with 45015 and leaves the others alone", async () => {
    const [mei, lan] = [await follower(), await follower()];
    const { access_token } = await stableToken();
    await control("/faults", { errcode: 45015, openid: mei });
    expect((await customText(lan, "x", access_token)).errcode).toBe(0);
    expect((await customText(mei, "x", access_token)).errcode).toBe(45015);
    expect((await customText(mei, "x", access_token)).errcode).toBe(0);
  });

  it("fails every send with 45009 for a while, whoever it is for", async () => {
    const [mei, lan] = [await follower(), await follower()];
    const { access_token } = await stableToken();
    emu.injectFault({ errcode: 45009, count: 2, api: "custom" });
    expect((await customText(mei, "x", access_token)).errmsg).toMatch(
      /^reach max api daily quota limit rid: /,
    );
    expect((await customText(lan, "x", access_token)).errcode).toBe(45009);
    expect((await customText(lan, "x", access_token)).errcode).toBe(0);
  });

  it("fails a template send with 43004, and refuses faults it does not know", async () => {
    const openid = await follower();
    const { access_token } = await stableToken();
    await control("/faults", { errcode: 43004, api: "template" });
    const tpl = { touser: openid, template_id: "TPL_FAIR", data: {} };
    expect((await api("message/template/send", tpl, access_token)).errcode).toBe(43004);
    expect((await api("message/template/send", tpl, access_token)).errcode).toBe(0);
    expect((await control("/faults", { errcode: 12345 })).status).toBe(400);
    expect((await control("/faults", { errcode: 45015, api: "sms" })).status).toBe(400);
    expect((await control("/faults")).json.faults).toEqual([]);
  });
});

describe("the menu", () => {
  const menu = {
    button: [
      { type: "click", name: "招聘会", key: "fairs" },
      {
        name: "服务",
        sub_button: [
          { type: "click", name: "找创业导师", key: "mentors" },
          { type: "view", name: "政策问答", url: "https://example.org/faq" },
        ],
      },
    ],
  };

  it("is created through the API and pressed by a user: CLICK with its key, VIEW with its link", async () => {
    const { access_token } = await stableToken();
    expect(await api("menu/create", menu, access_token)).toEqual({ errcode: 0, errmsg: "ok" });
    const got = await fetch(`${emu.url}/cgi-bin/menu/get?access_token=${access_token}`);
    expect(await got.json()).toEqual({ menu: { button: menu.button } });
    const openid = await follower();
    await emu.click(openid, { name: "找创业导师" });
    expect(received.at(-1)?.push?.inbound).toMatchObject({ kind: "click", key: "mentors" });
    await control("/click", { openid, key: "fairs" });
    expect(received.at(-1)?.push?.inbound).toMatchObject({ kind: "click", key: "fairs" });
    await emu.click(openid, { name: "政策问答" });
    expect(received.at(-1)?.push?.inbound).toMatchObject({ kind: "view", url: "https://example.org/faq" });
    expect((await control("/click", { openid, name: "不存在" })).status).toBe(400);
  });

  it("is refused like WeChat refuses it", async () => {
    const { access_token } = await stableToken();
    const bad: Array<[unknown, number]> = [
      [{ button: [] }, 40016],
      [{ button: [1, 2, 3, 4].map((n) => ({ type: "click", name: `b${n}`, key: `k${n}` })) }, 40016],
      [{ button: [{ type: "click", name: "一二三四五六", key: "k" }] }, 40018],
      [{ button: [{ type: "scancode", name: "扫码", key: "k" }] }, 40017],
      [{ button: [{ type: "click", name: "a", key: "" }] }, 40019],
      [{ button: [{ name: "组", sub_button: [] }] }, 40023],
      [{ button: [{ name: "组", sub_button: [{ type: "view", name: "x" }] }] }, 40027],
    ];
    for (const [body, errcode] of bad)
      expect((await api("menu/create", body, access_token)).errcode).toBe(errcode);
    const none = await fetch(`${emu.url}/cgi-bin/menu/get?access_token=${access_token}`);
    expect(((await none.json()) as { errcode: number }).errcode).toBe(46003);
  });
});

describe("control API", () => {
  it("lists users and their conversations, and records every API call", async () => {
    const follow = await control("/follow", { nickname: "王梅", scene: "signup" });
    const openid = String(follow.json.user);
    expect(openid).toMatch(/^o[\w-]{27}$/);
    await control("/send", { openid, text: "报名" });
    const { access_token } = await stableToken();
    await customText(openid, "请填写姓名", access_token);
    const users = await control("/users");
    expect(users.json.users).toEqual([
      expect.objectContaining({
        openid,
        nickname: "王梅",
        followed: true,
        // 3 for the follow (a minute) + 5 for her message (48 hours) − 1 sent.
        window: expect.objectContaining({ open: true, left: 7 }),
      }),
    ]);
    const log = await control(`/users/${openid}/messages`);
    expect((log.json.messages as Array<{ via: string }>).map((m) => m.via)).toEqual([
      "user",
      "user",
      "passive",
      "custom",
    ]);
    const calls = await control(`/calls?api=message/custom/send&openid=${openid}`);
    expect(calls.json.calls).toEqual([
      expect.objectContaining({
        method: "message/custom/send",
        params: expect.objectContaining({ touser: openid }),
        response: { ok: true },
      }),
    ]);
    const tokenCall = (await control("/calls?api=stable_token")).json.calls as Array<{
      params: Record<string, unknown>;
    }>;
    expect(tokenCall[0]?.params.secret).toBeUndefined();
    expect((await control("/users/oNobody/messages")).status).toBe(404);
    expect((await control("/nothing")).status).toBe(404);
  });

  it("waits for a call to arrive", async () => {
    const openid = await follower();
    const waiting = control(`/calls?api=message/custom/send&openid=${openid}&wait=3000`);
    setTimeout(() => void customText(openid, "稍后"), 100);
    const { json } = await waiting;
    expect(json.calls).toHaveLength(1);
  });
});
