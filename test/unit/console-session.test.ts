import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Hono } from "hono";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signInitData } from "../../dev/emulator/webapp.ts";
import { type RedisHandle, startRedis } from "../../dev/redis.ts";
import { type BridgeHandle, startBridge } from "../../dev/upstash-bridge.ts";
import type { Channel } from "../../src/channel/types.ts";
import { loadConfig } from "../../src/config.ts";
import { csrfToken } from "../../src/console/auth/csrf.ts";
import { deriveConsoleKeys } from "../../src/console/auth/keys.ts";
import { claimSignInLink, createSignInLink } from "../../src/console/auth/sign-in-link.ts";
import { type ConsoleDeps, createConsole } from "../../src/console/index.tsx";
import { catalog } from "../../src/features.ts";
import { createI18n } from "../../src/i18n.ts";
import { parseStaff } from "../../src/staff/roles.ts";
import { createRedis, type Redis } from "../../src/store/redis.ts";
import {
  type ConsoleFetch,
  csrfOf,
  formPost,
  ORIGIN,
  pageGet,
  SESSION_COOKIE,
  sessionCookie,
} from "../support/console.ts";

const TOKEN = "7000000001:AAtest-token-for-the-console";
const ADMIN = 900000001;
const WEIFANG = 900000002;
const OUTSIDER = 900000099;
const STAFF = parseStaff(`${ADMIN}:admin,${WEIFANG}:staff:370700`).members;
const START = Date.UTC(2026, 11, 7, 1, 0);

const root = join(import.meta.dirname, "../..");
const i18n = createI18n({
  "zh-CN": readFileSync(join(root, "locales/zh-CN.ftl"), "utf8"),
  en: readFileSync(join(root, "locales/en.ftl"), "utf8"),
});
const keys = await deriveConsoleKeys(TOKEN);
const ENV = {
  TELEGRAM_BOT_TOKEN: TOKEN,
  TELEGRAM_WEBHOOK_SECRET: "console-test",
  UPSTASH_REDIS_REST_URL: "http://127.0.0.1:1",
  UPSTASH_REDIS_REST_TOKEN: "console-test",
};
const noChannel: Channel = {
  send: () => Promise.reject(new Error("the session tests send nothing")),
  edit: () => Promise.reject(new Error("the session tests send nothing")),
};

let server: RedisHandle;
let bridge: BridgeHandle;
let redis: Redis;
const clock = { now: START };

beforeAll(async () => {
  server = await startRedis({});
  bridge = await startBridge({ redisUrl: server.url, token: "console-test" });
  redis = createRedis({ url: bridge.url, token: "console-test" });
});
afterAll(async () => {
  await bridge?.close();
  await server?.stop();
});
beforeEach(() => {
  clock.now = START;
});

/** The console as the Worker mounts it, with `staff` as STAFF and the test clock. */
function consoleWith(staff = STAFF, botKeys = keys): ConsoleFetch {
  // Built per request: Redis is only there once beforeAll has run.
  const deps = async (): Promise<ConsoleDeps> => ({
    staff,
    redis,
    keys: botKeys,
    now: () => clock.now,
    i18n,
    timeZone: "Asia/Shanghai",
    bot: "@jinguo_test_bot",
    // The real domain over this Redis; the pages these tests load send nobody anything.
    domain: (now) => ({
      redis,
      config: { ...loadConfig(ENV), STAFF: staff },
      i18n,
      channel: noChannel,
      now,
      catalog,
    }),
  });
  const app = new Hono().route("/console", createConsole(deps));
  return async (path, init) => app.request(`${ORIGIN}${path}`, init);
}
const get = consoleWith();

const initDataFor = (id: number, language = "zh-hans", authDate = Math.floor(clock.now / 1000)) =>
  signInitData(TOKEN, [
    ["query_id", "AAHdF6IQAAAAAN0XohDhrOrc"],
    ["user", JSON.stringify({ id, first_name: "Test", language_code: language })],
    ["auth_date", String(authDate)],
  ]);

/** The newest entry of the audit stream. */
async function lastAudit(): Promise<Record<string, unknown> | undefined> {
  const entries = await redis.xrevrange("jg:audit", "+", "-", 1);
  return Object.values(entries)[0];
}

/** Signs in through the Mini App way and returns the session cookie. */
async function signIn(id: number, language?: string, app = get): Promise<string> {
  const res = await app("/console/auth/webapp", formPost({ init_data: initDataFor(id, language) }));
  expect(res.status).toBe(303);
  return sessionCookie(res)!;
}

describe("the session cookie", () => {
  it("is HttpOnly, Secure, SameSite=Strict, host-only on /, for 8 hours, and lets her in", async () => {
    const res = await get("/console/auth/webapp", formPost({ init_data: initDataFor(WEIFANG) }));
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/console");
    const header = res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`))!;
    expect(header).toMatch(/; Max-Age=28800; Path=\/; HttpOnly; Secure; SameSite=Strict$/);
    expect(header).not.toMatch(/Domain=/i);
    const home = await get("/console", pageGet(sessionCookie(res)));
    expect(home.status).toBe(200);
    const html = await home.text();
    expect(html).toContain(`Telegram ID ${WEIFANG}`);
    expect(html).toContain("工作人员：潍坊市");
    expect(html).toContain('<html lang="zh-CN">');
  });

  it("follows her language: /language first, then Telegram's, then zh-CN", async () => {
    const english = await signIn(ADMIN, "en");
    expect(await (await get("/console", pageGet(english))).text()).toContain("Administrator (all regions)");
    const unknown = await signIn(ADMIN, "fr");
    expect(await (await get("/console", pageGet(unknown))).text()).toContain("管理员（全部地区）");
    await redis.hset(`jg:user:${ADMIN}`, { locale: "zh-CN" });
    expect(await (await get("/console", pageGet(english))).text()).toContain("管理员（全部地区）");
    await redis.del(`jg:user:${ADMIN}`);
  });

  it("counts for 8 hours from sign-in and not a second longer", async () => {
    const cookie = await signIn(WEIFANG);
    clock.now = START + 8 * 3600_000 - 1000;
    expect((await get("/console", pageGet(cookie))).status).toBe(200);
    clock.now = START + 8 * 3600_000;
    const late = await get("/console", pageGet(cookie));
    expect(late.status).toBe(401);
    // The browser is told to drop it.
    expect(late.headers.getSetCookie().join()).toMatch(new RegExp(`${SESSION_COOKIE}=; Max-Age=0`));
  });

  it("is refused when tampered with: another id, another expiry, another signature, another bot's key", async () => {
    const cookie = await signIn(WEIFANG);
    const value = decodeURIComponent(cookie.slice(SESSION_COOKIE.length + 1));
    const [payload, signature] = [
      value.slice(0, value.lastIndexOf(".")),
      value.slice(value.lastIndexOf(".") + 1),
    ];
    const other = await consoleWith(STAFF, await deriveConsoleKeys("7000000002:AAanother-bot"));
    const forged = [
      `${payload.replace(String(WEIFANG), String(ADMIN))}.${signature}`,
      `${payload.replace(/^(\d+)\.(\d+)/, (_m, id: string, exp: string) => `${id}.${Number(exp) + 3600}`)}.${signature}`,
      `${payload}.${signature.replace(/^./, (c) => (c === "A" ? "B" : "A"))}`,
      payload,
      "garbage",
    ];
    for (const bad of forged) {
      const res = await get("/console", pageGet(`${SESSION_COOKIE}=${encodeURIComponent(bad)}`));
      expect(res.status).toBe(401);
    }
    expect((await other("/console", pageGet(cookie))).status).toBe(401);
  });

  it("is void as soon as her id leaves STAFF, and works again if she is put back", async () => {
    const cookie = await signIn(WEIFANG);
    const withoutHer = consoleWith(STAFF.filter((m) => m.id !== WEIFANG));
    const refused = await withoutHer("/console", pageGet(cookie));
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain("工作台仅供妇联工作人员使用");
    // Her role and scope come from STAFF as it is now, never from the cookie.
    const promoted = consoleWith(parseStaff(`${WEIFANG}:admin`).members);
    expect(await (await promoted("/console", pageGet(cookie))).text()).toContain("管理员（全部地区）");
  });

  it("no longer counts once she signs out, even if a copy of the cookie is sent again", async () => {
    const cookie = await signIn(WEIFANG);
    const csrf = csrfOf(await (await get("/console", pageGet(cookie))).text());
    expect(await lastAudit()).toMatchObject({ type: "console-sign-in", by: WEIFANG, via: "webapp" });
    const out = await get("/console/auth/signout", formPost({ _csrf: csrf }, cookie));
    expect(out.status).toBe(303);
    expect(out.headers.get("location")).toBe("/console/signed-out");
    expect(await lastAudit()).toMatchObject({ type: "console-sign-out", by: WEIFANG, at: clock.now });
    expect(out.headers.getSetCookie().join()).toContain(`${SESSION_COOKIE}=; Max-Age=0`);
    expect((await get("/console", pageGet(cookie))).status).toBe(401);
    // Other sessions of hers (another device) are untouched.
    expect((await get("/console", pageGet(await signIn(WEIFANG)))).status).toBe(200);
  });
});

describe("CSRF", () => {
  it("refuses a write without the session's token, or with another session's", async () => {
    const cookie = await signIn(WEIFANG);
    const otherSid = "A".repeat(22);
    const wrong: Record<string, string>[] = [
      {},
      { _csrf: "" },
      { _csrf: "x".repeat(43) },
      { _csrf: await csrfToken(keys.csrf, otherSid) },
    ];
    for (const fields of wrong) {
      const res = await get("/console/auth/signout", formPost(fields, cookie));
      expect(res.status).toBe(403);
      expect(await res.text()).toContain("This form has expired");
    }
    // The session still works: nothing was signed out.
    expect((await get("/console", pageGet(cookie))).status).toBe(200);
  });

  it("takes the token from a header for script-made writes", async () => {
    const cookie = await signIn(WEIFANG);
    const csrf = csrfOf(await (await get("/console", pageGet(cookie))).text());
    const res = await get("/console/auth/signout", formPost({}, cookie, { "x-csrf-token": csrf }));
    expect(res.status).toBe(303);
  });

  it("refuses a write from another origin even with the right token, and sign-ins from another origin", async () => {
    const cookie = await signIn(WEIFANG);
    const csrf = csrfOf(await (await get("/console", pageGet(cookie))).text());
    const crossSite = { origin: "https://evil.example", "sec-fetch-site": "cross-site" };
    expect((await get("/console/auth/signout", formPost({ _csrf: csrf }, cookie, crossSite))).status).toBe(
      403,
    );
    const signInElsewhere = await get(
      "/console/auth/webapp",
      formPost({ init_data: initDataFor(WEIFANG) }, undefined, crossSite),
    );
    expect(signInElsewhere.status).toBe(403);
    expect(sessionCookie(signInElsewhere)).toBeUndefined();
    expect((await get("/console", pageGet(cookie))).status).toBe(200);
  });
});

describe("the Mini App way in", () => {
  it("refuses forged or expired initData with 401, and a real user who is not staff with 403", async () => {
    const forged = signInitData("7000000002:AAanother-bot", [
      ["user", JSON.stringify({ id: ADMIN })],
      ["auth_date", String(Math.floor(clock.now / 1000))],
    ]);
    const expired = initDataFor(WEIFANG, "zh-hans", Math.floor(clock.now / 1000) - 3601);
    for (const initData of [forged, expired, "", "hash=00"]) {
      const res = await get("/console/auth/webapp", formPost({ init_data: initData }));
      expect(res.status).toBe(401);
      expect(sessionCookie(res)).toBeUndefined();
      const html = await res.text();
      expect(html).toContain("无法确认这次从 Telegram 打开时带来的登录信息");
      expect(html).toContain("The sign-in details Telegram sent");
    }
    const outsider = await get("/console/auth/webapp", formPost({ init_data: initDataFor(OUTSIDER) }));
    expect(outsider.status).toBe(403);
    expect(sessionCookie(outsider)).toBeUndefined();
  });
});

describe("one-time sign-in links", () => {
  it("ask for a press, then sign in once; used again they are refused", async () => {
    const token = await createSignInLink(redis, ADMIN, "en", clock.now);
    const path = `/console/auth/link/${token}`;
    // Opening the page (or a link preview fetching it) does not use the link up.
    for (let i = 0; i < 2; i++) {
      const page = await get(path);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain(`<form method="post" action="${path}">`);
    }
    const used = await get(path, formPost({}));
    expect(used.status).toBe(303);
    expect(await lastAudit()).toMatchObject({
      type: "console-sign-in",
      by: ADMIN,
      via: "link",
      at: clock.now,
    });
    const home = await get("/console", pageGet(sessionCookie(used)));
    expect(await home.text()).toContain("Administrator (all regions)");
    for (const again of [await get(path, formPost({})), await get(path)]) {
      expect(again.status).toBe(401);
      expect(sessionCookie(again)).toBeUndefined();
      const html = await again.text();
      expect(html).toContain("这个登录链接已经用过或已经过期");
      expect(html).toContain("This sign-in link has been used or has expired");
    }
  });

  it("expire after 10 minutes", async () => {
    const token = await createSignInLink(redis, WEIFANG, "zh-hans", clock.now);
    clock.now += 10 * 60_000;
    expect((await get(`/console/auth/link/${token}`)).status).toBe(401);
    expect((await get(`/console/auth/link/${token}`, formPost({}))).status).toBe(401);
    const fresh = await createSignInLink(redis, WEIFANG, "zh-hans", clock.now);
    clock.now += 10 * 60_000 - 1000;
    expect((await get(`/console/auth/link/${fresh}`, formPost({}))).status).toBe(303);
  });

  it("sign in exactly once when many requests race with the same link", async () => {
    const token = await createSignInLink(redis, WEIFANG, "", clock.now);
    const results = await Promise.all(
      Array.from({ length: 12 }, () => claimSignInLink(redis, token, clock.now)),
    );
    expect(results.filter((grant) => grant !== null)).toEqual([{ id: WEIFANG, lang: "" }]);
    const second = await createSignInLink(redis, WEIFANG, "", clock.now);
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => get(`/console/auth/link/${second}`, formPost({}))),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([303, 401, 401, 401, 401, 401, 401, 401]);
  });

  it("refuse a link whose staff member has left STAFF since, and junk tokens", async () => {
    const token = await createSignInLink(redis, WEIFANG, "", clock.now);
    const withoutHer = consoleWith(STAFF.filter((m) => m.id !== WEIFANG));
    expect((await withoutHer(`/console/auth/link/${token}`, formPost({}))).status).toBe(403);
    for (const junk of ["short", "x".repeat(44), `${"a".repeat(42)}!`]) {
      expect((await get(`/console/auth/link/${encodeURIComponent(junk)}`, formPost({}))).status).toBe(401);
    }
  });

  it("store only a hash of the token, with the 10-minute TTL", async () => {
    const token = await createSignInLink(redis, ADMIN, "en", clock.now);
    const stored = await redis.keys("jg:console:link:*");
    expect(stored.some((key) => key.includes(token))).toBe(false);
    const ttls = await Promise.all(stored.map((key) => redis.ttl(key)));
    for (const ttl of ttls) expect(ttl).toBeGreaterThan(0);
    for (const ttl of ttls) expect(ttl).toBeLessThanOrEqual(600);
  });
});

describe("pages without a session", () => {
  it("answer 401 in both languages, saying how to open the console from the bot", async () => {
    const res = await get("/console");
    expect(res.status).toBe(401);
    const html = await res.text();
    expect(html).toContain('<section lang="zh-CN"');
    expect(html).toContain('<section lang="en"');
    expect(html).toContain("给 @jinguo_test_bot 发送 /console");
    expect(html).toContain("send /console to @jinguo_test_bot");
  });

  it("answer 404 for a console path that does not exist, with or without a session", async () => {
    expect((await get("/console/nope")).status).toBe(404);
    const cookie = await signIn(ADMIN);
    const res = await get("/console/nope/deeper", pageGet(cookie));
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("Page not found");
  });
});
