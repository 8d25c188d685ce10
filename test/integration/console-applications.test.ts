/**
 * Issue 15 (phase B): the console's overview and applications pages against every role (admin, staff
 * in scope, staff out of scope, non-staff, no session), their writes (CSRF, one-time forms, audit), and
 * the applicant told in her language through the one send path.
 */
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { addMentor } from "../../src/signup/mentors.ts";
import { weekOf } from "../../src/time/week.ts";
import { csrfOf, formPost, ORIGIN, pageGet, sessionCookie } from "../support/console.ts";
import { CONSOLE_ADMIN_ID, CONSOLE_DONGYING_ID, CONSOLE_WEIFANG_ID } from "../support/constants.ts";
import { webAppLaunch } from "../support/emulator.ts";
import { enUser, lastText, storedApplication, submitApplication } from "../support/signup.ts";
import { auditFor } from "../support/signup-staff.ts";
import { driver, redis, say, uniqueId } from "../support/worker.ts";

const get = (path: string, init?: RequestInit) => exports.default.fetch(`${ORIGIN}${path}`, init);
const d = driver();

/** Signs a Telegram user in through the Mini App: her session cookie, or the refusal's status. */
async function signIn(id: number, language = "zh-hans"): Promise<string> {
  const launch = await webAppLaunch({ user: { id, first_name: "测试", language_code: language } });
  const res = await get("/console/auth/webapp", formPost({ init_data: launch.init_data }));
  const cookie = sessionCookie(res);
  if (!cookie) throw new Error(`sign-in refused: ${res.status}`);
  return cookie;
}

const roles = {
  admin: () => signIn(CONSOLE_ADMIN_ID, "en"),
  weifang: () => signIn(CONSOLE_WEIFANG_ID),
  dongying: () => signIn(CONSOLE_DONGYING_ID),
};

/** A page's HTML and the fields of its form posting to `action`. */
async function page(path: string, cookie: string) {
  const res = await get(path, pageGet(cookie));
  const html = await res.text();
  return { res, html };
}

/** The hidden fields (_csrf, _once) of the form posting to `action` on a page. */
function formFields(html: string, action: string): Record<string, string> {
  const at = html.indexOf(`action="${action}"`);
  if (at < 0) throw new Error(`no form posting to ${action}`);
  const form = html.slice(at, html.indexOf("</form>", at));
  const fields: Record<string, string> = {};
  for (const [, name, value] of form.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g))
    fields[name!] = value!;
  return fields;
}

describe("who gets in", () => {
  it("answers every page with 401 without a session, and refuses a signed-in non-staff user at sign-in", async () => {
    for (const path of ["/console", "/console/applications", "/console/applications/JG-2026-000001"]) {
      expect((await get(path, pageGet())).status, path).toBe(401);
    }
    expect((await get("/console/applications/JG-2026-000001/show", formPost({}))).status).toBe(401);
    const launch = await webAppLaunch({ user: { id: uniqueId(), first_name: "小红" } });
    expect((await get("/console/auth/webapp", formPost({ init_data: launch.init_data }))).status).toBe(403);
  });
});

describe("the overview", () => {
  it("shows subscribers, this week's new ones and FAQ outcomes, in her scope and language", async () => {
    const woman = { id: uniqueId(), first_name: "小红", language_code: "zh-hans" };
    await say(woman, "/start sub_370781");
    await say(woman, "创业担保贷款怎么申请");
    const weekKey = `jg:subs:week:${weekOf(Date.now(), "Asia/Shanghai")}`;
    const before = await redis.hgetall<Record<string, number>>(weekKey);
    expect(Number(before?.["new:370781"])).toBeGreaterThan(0);
    expect(
      Number((await redis.hget(`jg:faq:week:${weekOf(Date.now(), "Asia/Shanghai")}`, "answered")) ?? 0),
    ).toBeGreaterThan(0);

    const weifang = await page("/console", await roles.weifang());
    expect(weifang.res.status).toBe(200);
    expect(weifang.html).toContain("订阅者（按地区和主题）");
    expect(weifang.html).toContain("潍坊市");
    // Her scope: Weifang's row only, never Dongying's.
    expect(weifang.html).not.toContain("东营市");
    expect(weifang.html).toContain('<title id="plot-subs-title">每周新增和退订的订阅者</title>');
    expect(weifang.html).toContain('<title id="plot-faq-title">');
    for (const href of [
      "/console",
      "/console/applications",
      "/console/mentors",
      "/console/fairs",
      "/console/broadcasts",
      "/console/faq",
    ])
      expect(weifang.html).toContain(`href="${href}"`);

    const admin = await page("/console", await roles.admin());
    expect(admin.html).toContain('<html lang="en">');
    expect(admin.html).toContain("Subscribers by area and topic");
    expect(admin.html).toContain("Administrator (all regions)");
    expect(admin.html).toMatch(/<th scope="row">Weifang<\/th>/);

    // Stopping counts once in her region; stopping again (nothing left to stop) counts nothing.
    await say(woman, "/stop");
    await say(woman, "/stop");
    const after = await redis.hgetall<Record<string, number>>(weekKey);
    expect(Number(after?.["stop:370781"] ?? 0)).toBe(Number(before?.["stop:370781"] ?? 0) + 1);
    expect(Number(after?.stop ?? 0)).toBe(Number(before?.stop ?? 0) + 1);
    expect(await redis.ttl(weekKey)).toBeGreaterThan(60 * 60 * 24 * 399);
  });
});

describe("applications", () => {
  it("finds her application, shows the phone once audited, assigns a mentor once, and tells her in English", async () => {
    const applicant = enUser();
    const ref = await submitApplication(d, applicant, { name: "Li <b>Na</b>", phone: "13812345678" });
    const mentor = await addMentor(
      redis,
      { name: "张导师", industries: ["ecommerce"], region: "370781", contact: "0536-1234567" },
      Date.now(),
    );
    const cookie = await roles.weifang();

    const list = await page("/console/applications?status=received&county=370781", cookie);
    expect(list.res.status).toBe(200);
    expect(list.html).toContain(`href="/console/applications/${ref}"`);
    expect(list.html).toContain("Li &lt;b&gt;Na&lt;/b&gt;");
    expect(list.html).not.toContain("13812345678");

    const detailPath = `/console/applications/${ref}`;
    const detail = await page(detailPath, cookie);
    expect(detail.html).toContain("138****5678");
    expect(detail.html).not.toContain("13812345678");
    const show = await get(
      `${detailPath}/show`,
      formPost(formFields(detail.html, `${detailPath}/show`), cookie),
    );
    expect(show.status).toBe(200);
    expect(await show.text()).toContain("13812345678");
    expect(await auditFor(ref)).toMatchObject([{ type: "signup-show-contact", by: CONSOLE_WEIFANG_ID }]);

    // Without the session's CSRF token: refused, nothing changes.
    const fields = formFields(detail.html, `${detailPath}/assign`);
    const forged = await get(
      `${detailPath}/assign`,
      formPost({ ...fields, _csrf: "x", mentor: mentor.id }, cookie),
    );
    expect(forged.status).toBe(403);

    const assign = { ...fields, mentor: mentor.id };
    const first = await get(`${detailPath}/assign`, formPost(assign, cookie));
    expect(first.status).toBe(303);
    expect(first.headers.get("location")).toBe(`${detailPath}?n=done`);
    // The same form again (a double click): nothing more happens.
    const again = await get(`${detailPath}/assign`, formPost(assign, cookie));
    expect(again.headers.get("location")).toBe(`${detailPath}?n=repeat`);
    expect(await storedApplication(ref)).toMatchObject({ status: "matched", mentor: mentor.id });
    expect((await auditFor(ref)).map((e) => e.type)).toEqual(["signup-show-contact", "signup-matched"]);
    expect(await lastText(applicant)).toContain("张导师");
    expect((await lastText(applicant)).toLowerCase()).toContain("mentor");

    // Dongying's staff: the same URL does not exist for her; the admin sees it.
    const dongying = await roles.dongying();
    expect((await get(detailPath, pageGet(dongying))).status).toBe(404);
    expect((await get(`${detailPath}/show`, formPost({ _csrf: csrfOf(detail.html) }, dongying))).status).toBe(
      403,
    );
    const outside = await page("/console", dongying);
    const outsideShow = await get(`${detailPath}/show`, formPost({ _csrf: csrfOf(outside.html) }, dongying));
    expect(outsideShow.status).toBe(404);
    expect((await get(detailPath, pageGet(await roles.admin()))).status).toBe(200);

    // Closing with a note too long: the chat's message, next to the field; nothing closed.
    const matched = await page(detailPath, cookie);
    const close = formFields(matched.html, `${detailPath}/close`);
    const long = await get(`${detailPath}/close`, formPost({ ...close, note: "长".repeat(301) }, cookie));
    expect(long.status).toBe(400);
    expect(await long.text()).toMatch(
      /<textarea id="note"[^>]*>[^<]*<\/textarea><p class="error" id="note-error" role="alert">留言最多 300 字/,
    );
    expect(await storedApplication(ref)).toMatchObject({ status: "matched" });
    const closed = await get(`${detailPath}/close`, formPost({ ...close, note: "祝顺利" }, cookie));
    expect(closed.headers.get("location")).toBe(`${detailPath}?n=done`);
    expect(await storedApplication(ref)).toMatchObject({ status: "closed", note: "祝顺利" });
  });

  it("says which filter is wrong, next to it, and exports CSV as /signups does (full numbers for admins only)", async () => {
    const cookie = await roles.weifang();
    const bad = await page("/console/applications?from=2026-02-30&county=370502", cookie);
    expect(bad.res.status).toBe(400);
    expect(bad.html).toContain('id="f-from-error" role="alert">请填写日期');
    expect(bad.html).toContain('id="f-county-error" role="alert">请从列表中选择你负责范围内的区县');

    const list = await page("/console/applications?status=all", cookie);
    const csv = await get(
      "/console/applications.csv",
      formPost(formFields(list.html, "/console/applications.csv"), cookie),
    );
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-disposition")).toMatch(
      /attachment; filename="signups-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    expect(await csv.text()).toContain("138****5678");
    // No button for it on her page; a forged one is a page that does not exist.
    expect(list.html).not.toContain('name="full"');
    const again = await page("/console/applications", cookie);
    const full = await get(
      "/console/applications.csv",
      formPost({ ...formFields(again.html, "/console/applications.csv"), full: "1" }, cookie),
    );
    expect(full.status).toBe(404);
  });
});

describe("every route against every role", () => {
  it("admin and staff in scope get in, staff out of scope get 404, no session 401, a write without CSRF 403", async () => {
    const ref = await submitApplication(d, enUser());
    const mentor = await addMentor(
      redis,
      { name: "孙导师", industries: ["retail"], region: "370781", contact: "0536-7654321" },
      Date.now(),
    );
    const cookies = {
      admin: await roles.admin(),
      weifang: await roles.weifang(),
      dongying: await roles.dongying(),
    };
    const pages = {
      "/console": [200, 200, 200],
      "/console/applications": [200, 200, 200],
      [`/console/applications/${ref}`]: [200, 200, 404],
      "/console/mentors": [200, 200, 200],
      [`/console/mentors/${mentor.id}`]: [200, 200, 404],
    } as const;
    for (const [path, [admin, weifang, dongying]] of Object.entries(pages)) {
      expect((await get(path, pageGet(cookies.admin))).status, `admin ${path}`).toBe(admin);
      expect((await get(path, pageGet(cookies.weifang))).status, `weifang ${path}`).toBe(weifang);
      expect((await get(path, pageGet(cookies.dongying))).status, `dongying ${path}`).toBe(dongying);
      expect((await get(path, pageGet())).status, `no session ${path}`).toBe(401);
    }
    const writes = [
      `/console/applications/${ref}/show`,
      `/console/applications/${ref}/contacted`,
      `/console/applications/${ref}/assign`,
      `/console/applications/${ref}/close`,
      "/console/applications.csv",
      "/console/mentors",
      `/console/mentors/${mentor.id}`,
      `/console/mentors/${mentor.id}/active`,
    ];
    const dongyingCsrf = csrfOf((await page("/console", cookies.dongying)).html);
    for (const path of writes) {
      expect((await get(path, formPost({}))).status, `no session ${path}`).toBe(401);
      expect((await get(path, formPost({}, cookies.weifang))).status, `no CSRF ${path}`).toBe(403);
      // Another origin, even with her token: refused before anything else.
      const cross = formPost({ _csrf: dongyingCsrf }, cookies.dongying, {
        origin: "https://evil.example",
        "sec-fetch-site": "cross-site",
      });
      expect((await get(path, cross)).status, `cross-site ${path}`).toBe(403);
    }
    // Out of her scope, with her own valid token: 404 for every write on the ids.
    for (const path of writes.filter((p) => p.includes(ref) || p.includes(`${mentor.id}`))) {
      expect(
        (await get(path, formPost({ _csrf: dongyingCsrf }, cookies.dongying))).status,
        `dongying ${path}`,
      ).toBe(404);
    }
    expect(await storedApplication(ref)).toMatchObject({ status: "received" });
    expect(await auditFor(ref)).toEqual([]);
  });
});
