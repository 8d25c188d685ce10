import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createSignInLink } from "../../src/console/auth/sign-in-link.ts";
import {
  type ConsoleFetch,
  csrfOf,
  formPost,
  ORIGIN,
  pageGet,
  SESSION_COOKIE,
  sessionCookie,
} from "../support/console.ts";
import { ADMIN_ID, TEST_BOT_INFO, WEIFANG_STAFF_ID } from "../support/constants.ts";
import { webAppLaunch } from "../support/emulator.ts";
import { redis, uniqueId } from "../support/worker.ts";

// Through the deployed Worker's own fetch: the real app, runtime, Redis (via the bridge) and emulator.
const get: ConsoleFetch = (path, init) => exports.default.fetch(`${ORIGIN}${path}`, init);
const assets = (env as unknown as { ASSETS: Fetcher }).ASSETS;
const BOT = `@${TEST_BOT_INFO.username}`;
const nowS = () => Math.floor(Date.now() / 1000);

async function webAppSignIn(initData: string): Promise<Response> {
  return get("/console/auth/webapp", formPost({ init_data: initData }));
}

/** Every resource a page loads must be our own: no CDN, no inline script or style. */
function expectSelfContained(html: string) {
  expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  expect(html).not.toMatch(/\sstyle=|<style/);
  expect(html).not.toMatch(/\son[a-z]+=/);
}

describe("the console without a session", () => {
  it("answers 401 with a page in both languages that says how to open it from the bot", async () => {
    const res = await get("/console", pageGet());
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toContain("text/html");
    const html = await res.text();
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<section lang="zh-CN" class="part"><h1>请从机器人打开工作台</h1>');
    expect(html).toContain('<section lang="en" class="part"><h1>Open the console from the bot</h1>');
    expect(html).toContain(`给 ${BOT} 发送 /console`);
    expect(html).toContain(`send /console to ${BOT}`);
    expect(html).toContain('<link rel="stylesheet" href="/console/console.css"/>');
    expectSelfContained(html);
  });

  it("sends a CSP without inline scripts or other origins, and the other security headers", async () => {
    for (const res of [
      await get("/console", pageGet()),
      await get("/console/app"),
      await get("/console/x"),
    ]) {
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
      expect(res.headers.get("cache-control")).toBe("no-store");
    }
  });

  it("leaves the rest of the Worker as it was", async () => {
    expect((await exports.default.fetch(`${ORIGIN}/healthz`)).status).toBe(200);
    expect(await (await exports.default.fetch(`${ORIGIN}/nope`)).json()).toMatchObject({
      error: "not found",
    });
  });
});

describe("the Mini App way in", () => {
  it("takes a Weifang staff member from Telegram's launch to her signed-in page", async () => {
    const user = { id: WEIFANG_STAFF_ID, first_name: "王芳", language_code: "zh-hans" };
    const launch = await webAppLaunch({ user, url: `${ORIGIN}/console/app` });
    // Telegram puts the initData in the fragment; the page's script reads it from there.
    const fragment = new URLSearchParams(new URL(launch.launch_url!).hash.slice(1));
    expect(fragment.get("tgWebAppData")).toBe(launch.init_data);
    const page = await get("/console/app");
    const html = await page.text();
    expect(html).toContain('<script src="/console/sign-in.js" defer=""></script>');
    expect(html).toContain(
      '<form id="webapp-sign-in" method="post" action="/console/auth/webapp" hidden="">',
    );
    expectSelfContained(html);

    const signedIn = await webAppSignIn(launch.init_data);
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get("location")).toBe("/console");
    const cookie = sessionCookie(signedIn);
    expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=`));
    const home = await get("/console", pageGet(cookie));
    expect(home.status).toBe(200);
    const text = await home.text();
    expect(text).toContain(`Telegram ID ${WEIFANG_STAFF_ID}`);
    expect(text).toContain("工作人员：潍坊市");
    expectSelfContained(text);
  });

  it("shows an English-speaking admin her page in English", async () => {
    const launch = await webAppLaunch({ user: { id: ADMIN_ID, first_name: "Mary", language_code: "en-GB" } });
    const cookie = sessionCookie(await webAppSignIn(launch.init_data));
    const html = await (await get("/console", pageGet(cookie))).text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("Administrator (all regions)");
  });

  it("refuses tampered, expired or foreign initData with 401, and someone who is not staff with 403", async () => {
    const good = (await webAppLaunch({ user: { id: WEIFANG_STAFF_ID } })).init_data;
    const tampered = good.replace(String(WEIFANG_STAFF_ID), String(ADMIN_ID));
    const expired = (await webAppLaunch({ user_id: ADMIN_ID, auth_date: nowS() - 2 * 3600 })).init_data;
    for (const initData of [tampered, expired, good.replace(/&hash=[^&]+/, ""), "user=%7B%22id%22%3A1%7D"]) {
      const res = await webAppSignIn(initData);
      expect(res.status).toBe(401);
      expect(sessionCookie(res)).toBeUndefined();
      const html = await res.text();
      expect(html).toContain("无法确认这次从 Telegram 打开时带来的登录信息");
      expect(html).toContain(`send /console to ${BOT}`);
    }
    const stranger = await webAppSignIn((await webAppLaunch({ user: { id: uniqueId() } })).init_data);
    expect(stranger.status).toBe(403);
    expect(sessionCookie(stranger)).toBeUndefined();
    const html = await stranger.text();
    expect(html).toContain("工作台仅供妇联工作人员使用");
    expect(html).toContain("The console is for federation staff only");
  });
});

describe("the one-time link way in", () => {
  it("asks for a press, signs in once, and is refused in both languages after", async () => {
    const token = await createSignInLink(redis, ADMIN_ID, "en", Date.now());
    const path = `/console/auth/link/${token}`;
    const page = await get(path, pageGet());
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`<form method="post" action="${path}">`);

    const signedIn = await get(path, formPost({}));
    expect(signedIn.status).toBe(303);
    const home = await get("/console", pageGet(sessionCookie(signedIn)));
    expect(await home.text()).toContain("Administrator (all regions)");

    for (const again of [await get(path, formPost({})), await get(path, pageGet())]) {
      expect(again.status).toBe(401);
      const html = await again.text();
      expect(html).toContain("这个登录链接已经用过或已经过期");
      expect(html).toContain("This sign-in link has been used or has expired");
      expect(html).toContain(`给 ${BOT} 发送 /console`);
    }
  });

  it("refuses a link that was never made", async () => {
    const res = await get(`/console/auth/link/${"A".repeat(43)}`, pageGet());
    expect(res.status).toBe(401);
  });
});

describe("signing out", () => {
  it("needs the session's CSRF token, and voids the session for good", async () => {
    const launch = await webAppLaunch({ user: { id: WEIFANG_STAFF_ID } });
    const cookie = sessionCookie(await webAppSignIn(launch.init_data));
    const csrf = csrfOf(await (await get("/console", pageGet(cookie))).text());
    expect((await get("/console/auth/signout", formPost({}, cookie))).status).toBe(403);
    const out = await get("/console/auth/signout", formPost({ _csrf: csrf }, cookie));
    expect(out.status).toBe(303);
    const after = await get(out.headers.get("location")!, pageGet());
    expect(after.status).toBe(200);
    expect(await after.text()).toContain("You have signed out of the console");
    expect((await get("/console", pageGet(cookie))).status).toBe(401);
  });
});

describe("the console's static assets", () => {
  it("are served by Workers static assets with their types and nosniff", async () => {
    const css = await assets.fetch(`${ORIGIN}/console/console.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get("content-type")).toContain("text/css");
    expect(css.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await css.text()).toContain(".who");
    const script = await assets.fetch(`${ORIGIN}/console/sign-in.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get("content-type")).toContain("javascript");
    const code = await script.text();
    expect(code).toContain("tgWebAppData");
    // It reads the fragment itself: nothing from Telegram's CDN, no HTML written from strings.
    expect(code).not.toMatch(/telegram-web-app|https?:\/\/|createElement|import\(|innerHTML|document\.write/);
  });
});
