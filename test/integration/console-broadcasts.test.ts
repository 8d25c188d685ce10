import { beforeAll, describe, expect, it } from "vitest";
import { broadcastKeys } from "../../src/broadcast/keys.ts";
import { childrenOf } from "../../src/regions/index.ts";
import { keys } from "../../src/store/keys.ts";
import { subscriptionKeys } from "../../src/subscriptions/keys.ts";
import { dateExamples } from "../../src/time/examples.ts";
import { seedPeople, waitForStatus } from "../support/broadcast.ts";
import {
  auditsOf,
  type ConsoleFetch,
  consoleApp,
  csrfOf,
  formPost,
  pageGet,
  signInAs,
  strangerCookie,
} from "../support/console.ts";
import { ADMIN_ID, DONGYING_STAFF_ID, TEST_TOKEN, WEIFANG_STAFF_ID } from "../support/constants.ts";
import { injectFault } from "../support/emulator.ts";
import { personOf, wx } from "../support/wechat.ts";
import { redis, uniqueId } from "../support/worker.ts";

// The deployed Worker's app with an approval threshold of 2 recipients (its STAFF as in every test).
let get: ConsoleFetch;
beforeAll(async () => {
  get = await consoleApp({ BROADCAST_APPROVAL_THRESHOLD: "2" });
});
const signIn = (id: number, lang: string) => signInAs(get, id, lang);
const audits = (type: string, id: string) => auditsOf(type, "id", id);

const idOf = (location: string | null) =>
  /\/console\/broadcasts\/([a-z0-9]+)\?/.exec(location ?? "")?.[1] ?? "";

// The last Weifang county: a region no other test file subscribes anyone in for "training".
const COUNTY = childrenOf("370700").at(-1)!.code;
const DONGYING_COUNTY = childrenOf("370500")[0]!.code;
const TRAINING = subscriptionKeys.sub("training", COUNTY);

let admin: string;
let weifang: string;
let dongying: string;
beforeAll(async () => {
  [admin, weifang, dongying] = await Promise.all([
    signIn(ADMIN_ID, "en"),
    signIn(WEIFANG_STAFF_ID, "zh-hans"),
    signIn(DONGYING_STAFF_ID, "en"),
  ]);
});

/** The compose form's fields for the training subscribers of the county, with the page's nonce. */
async function composeFields(cookie: string, extra: Record<string, string> = {}) {
  const html = await (await get("/console/broadcasts/new", pageGet(cookie))).text();
  const nonce = /name="nonce" value="([a-z0-9]+)"/.exec(html)?.[1] ?? "";
  return {
    _csrf: csrfOf(html),
    nonce,
    text: "培训报名 <b>今天</b> 开始",
    links: "",
    regions: COUNTY,
    topics: "training",
    lang: "all",
    when: "now",
    at: "",
    ...extra,
  };
}

describe("the broadcasts pages without a session or staff", () => {
  const routes: [string, RequestInit | undefined][] = [
    ["/console/broadcasts", undefined],
    ["/console/broadcasts/new", undefined],
    ["/console/broadcasts/progress.json", undefined],
    ["/console/broadcasts/count.json", undefined],
    ["/console/broadcasts/abc123", undefined],
  ];

  it("answers 401 to every route with no session, and 403 to someone no longer staff", async () => {
    const stranger = await strangerCookie(TEST_TOKEN, uniqueId());
    for (const [path] of routes) {
      expect((await get(path, pageGet())).status).toBe(401);
      expect((await get(path, pageGet(stranger))).status).toBe(403);
    }
    for (const path of ["/console/broadcasts/new", "/console/broadcasts/abc123/steer"]) {
      expect((await get(path, formPost({ text: "x" }))).status).toBe(401);
      expect((await get(path, formPost({ text: "x" }, stranger))).status).toBe(403);
    }
  });
});

describe("composing a broadcast in the console", () => {
  it("offers the regions of her scope in her language, and counts live inside it", async () => {
    const page = await get("/console/broadcasts/new", pageGet(weifang));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain("新建群发");
    for (const county of childrenOf("370700")) expect(html).toContain(`value="${county.code}"`);
    expect(html).not.toContain(`value="${DONGYING_COUNTY}"`);
    expect(html).toContain('<script src="/console/compose.js" defer="">');

    const count = async () => {
      const res = await get(
        `/console/broadcasts/count.json?regions=${COUNTY}&topics=training`,
        pageGet(weifang),
      );
      expect(res.status).toBe(200);
      return ((await res.json()) as { count: number }).count;
    };
    const before = await count();
    await seedPeople(3, { sets: [TRAINING] });
    await seedPeople(1, { sets: [TRAINING], status: "stopped" });
    expect(await count()).toBe(before + 3);
    // A region outside her scope does not exist for her.
    const outside = await get(`/console/broadcasts/count.json?regions=${DONGYING_COUNTY}`, pageGet(weifang));
    expect(outside.status).toBe(404);
  });

  it("puts the chat form's messages next to each bad field, keeping what she typed", async () => {
    const fields = await composeFields(weifang, {
      text: "   ",
      links: "报名 - http://example.org/x",
      when: "later",
      at: "昨天上午9点",
    });
    const res = await get("/console/broadcasts/new", formPost(fields, weifang));
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toMatch(/id="text-error" role="alert">通知内容是空的/);
    expect(html).toContain('id="links-error"');
    expect(html).toContain("不是安全的 https://");
    expect(html).toContain('id="at-error"');
    expect(html).toContain("报名 - http://example.org/x</textarea>");
    expect(html).toContain('value="昨天上午9点"');
    // No topic: the chat's "at least one topic".
    const none = await get(
      "/console/broadcasts/new",
      formPost({ ...fields, text: "x", topics: "" }, weifang),
    );
    expect(await none.text()).toContain('id="topics-error"');
  });

  it("refuses (404) a region outside her scope, and a form without the session's CSRF token", async () => {
    const fields = await composeFields(weifang, { regions: DONGYING_COUNTY });
    expect((await get("/console/broadcasts/new", formPost(fields, weifang))).status).toBe(404);
    const { _csrf, ...rest } = await composeFields(weifang);
    expect((await get("/console/broadcasts/new", formPost(rest, weifang))).status).toBe(403);
    expect(
      (await get("/console/broadcasts/new", formPost({ ...rest, _csrf: "x".repeat(43) }, weifang))).status,
    ).toBe(403);
    // Another session's token does not do.
    const other = csrfOf(await (await get("/console/broadcasts/new", pageGet(dongying))).text());
    expect((await get("/console/broadcasts/new", formPost({ ...rest, _csrf: other }, weifang))).status).toBe(
      403,
    );
  });

  it("previews it escaped, holds it for an admin above the threshold, once however often she presses", async () => {
    const fields = await composeFields(weifang);
    const preview = await get("/console/broadcasts/new", formPost({ ...fields, step: "preview" }, weifang));
    const html = await preview.text();
    expect(preview.status, html).toBe(200);
    expect(html).toContain("培训报名 &lt;b&gt;今天&lt;/b&gt; 开始");
    expect(html).toContain("需要管理员先审批");
    const count = Number(/<output id="bc-count">([\d,]+)<\/output>/.exec(html)?.[1]?.replace(/,/g, ""));
    expect(count).toBeGreaterThanOrEqual(2);

    const sent = await get("/console/broadcasts/new", formPost({ ...fields, step: "send" }, weifang));
    expect(sent.status).toBe(303);
    expect(sent.headers.get("location")).toContain("did=approval");
    const id = idOf(sent.headers.get("location"));
    const again = await get("/console/broadcasts/new", formPost({ ...fields, step: "send" }, weifang));
    expect(again.headers.get("location")).toContain(`/console/broadcasts/${id}?did=existing`);
    expect(await redis.hget(broadcastKeys.record(id), "status")).toBe("approval");
    expect(await audits("broadcast-create", id)).toHaveLength(1);
    expect((await audits("broadcast-create", id))[0]).toMatchObject({
      by: WEIFANG_STAFF_ID,
      status: "approval",
    });

    // In scope: she sees it, without approve; Dongying's staff do not know it exists.
    const mine = await (await get(`/console/broadcasts/${id}`, pageGet(weifang))).text();
    expect(mine).toContain("等待审批");
    expect(mine).not.toContain('value="approve"');
    expect((await get(`/console/broadcasts/${id}`, pageGet(dongying))).status).toBe(404);
    expect((await get(`/console/broadcasts/progress.json?id=${id}`, pageGet(dongying))).status).toBe(404);
    const list = await (await get("/console/broadcasts", pageGet(dongying))).text();
    expect(list).not.toContain(id);

    // Only an admin approves: staff get 404, a missing token 403; a second press changes nothing.
    const csrf = fields._csrf;
    expect(
      (await get(`/console/broadcasts/${id}/steer`, formPost({ _csrf: csrf, action: "approve" }, weifang)))
        .status,
    ).toBe(404);
    const adminPage = await (await get(`/console/broadcasts/${id}`, pageGet(admin))).text();
    expect(adminPage).toContain('value="approve"');
    expect(
      (await get(`/console/broadcasts/${id}/steer`, formPost({ action: "approve" }, admin))).status,
    ).toBe(403);
    const adminCsrf = csrfOf(adminPage);
    const approved = await get(
      `/console/broadcasts/${id}/steer`,
      formPost({ _csrf: adminCsrf, action: "approve" }, admin),
    );
    expect(approved.status).toBe(303);
    expect(approved.headers.get("location")).toBe(`/console/broadcasts/${id}?did=approve`);
    const twice = await get(
      `/console/broadcasts/${id}/steer`,
      formPost({ _csrf: adminCsrf, action: "approve" }, admin),
    );
    expect(twice.headers.get("location")).toBe(`/console/broadcasts/${id}?stale=1`);
    expect(await audits("broadcast-approve", id)).toEqual([expect.objectContaining({ by: ADMIN_ID })]);

    const { counts } = await waitForStatus(id, ["done"]);
    const progress = (await (
      await get(`/console/broadcasts/progress.json?id=${id}`, pageGet(weifang))
    ).json()) as {
      percent: number;
      status: string;
    }[];
    expect(progress[0]).toMatchObject({ percent: 100, status: "done" });
    const done = await (await get(`/console/broadcasts/${id}`, pageGet(weifang))).text();
    expect(done).toContain("已送达");
    expect(done).toContain(`<td>${counts.sent}</td>`);
  });
});

describe("steering broadcasts from the console", () => {
  it("pauses, resumes and cancels a scheduled one, audited; out of scope it is 404", async () => {
    const at = dateExamples(Date.now(), "Asia/Shanghai").iso;
    const fields = await composeFields(admin, {
      when: "later",
      at,
      text: "Fair <next week>",
      label: "<i>x</i>",
    });
    const sent = await get("/console/broadcasts/new", formPost({ ...fields, step: "send" }, admin));
    expect(sent.headers.get("location")).toContain("did=scheduled");
    const id = idOf(sent.headers.get("location"));

    const page = await (await get(`/console/broadcasts/${id}?did=scheduled`, pageGet(admin))).text();
    expect(page).toContain('<html lang="en">');
    expect(page).toContain("Scheduled for");
    expect(page).toContain("&lt;i&gt;x&lt;/i&gt;");
    expect(page).not.toContain("<i>x</i>");
    const csrf = csrfOf(page);
    const act = (action: string, confirm = "yes") =>
      get(`/console/broadcasts/${id}/steer`, formPost({ _csrf: csrf, action, confirm }, admin));

    // The admin's province-wide broadcast is not a Weifang staff member's to see or steer.
    const staffCsrf = csrfOf(await (await get("/console/broadcasts/new", pageGet(weifang))).text());
    expect((await get(`/console/broadcasts/${id}`, pageGet(weifang))).status).toBe(404);
    expect(
      (
        await get(
          `/console/broadcasts/${id}/steer`,
          formPost({ _csrf: staffCsrf, action: "cancel" }, weifang),
        )
      ).status,
    ).toBe(404);

    expect((await act("pause")).headers.get("location")).toContain("did=pause");
    expect(await redis.hget(broadcastKeys.record(id), "status")).toBe("paused");
    expect((await act("resume")).headers.get("location")).toContain("did=resume");
    expect(await redis.hget(broadcastKeys.record(id), "status")).toBe("scheduled");
    // Cancelling asks for the box to be ticked first, as the chat asks to confirm.
    expect((await act("cancel", "")).headers.get("location")).toBe(`/console/broadcasts/${id}?confirm=1`);
    expect(await redis.hget(broadcastKeys.record(id), "status")).toBe("scheduled");
    expect((await act("cancel")).headers.get("location")).toContain("did=cancel");
    expect(await redis.hget(broadcastKeys.record(id), "status")).toBe("cancelled");
    expect((await act("resume")).headers.get("location")).toContain("stale=1");
    expect((await act("nonsense")).status).toBe(404);
    expect(await audits("broadcast-pause", id)).toHaveLength(1);
    expect(await audits("broadcast-resume", id)).toHaveLength(1);
  });

  it("lists hers with progress bars, shows the outcome per channel and why deliveries failed, without saying to whom", async () => {
    const [ok, missing] = await seedPeople(2, { sets: [subscriptionKeys.sub("aid", COUNTY)], locale: "en" });
    // A WeChat follower who wrote to the account (her window is open), in English, who wants aid news too.
    const { openid } = await wx.follow({ scene: `sub_${COUNTY}` });
    await wx.send(openid, "hello");
    await redis.hset(keys.user(personOf(openid)), { locale: "en" });
    await redis.sadd(subscriptionKeys.sub("aid", COUNTY), personOf(openid));
    // Telegram answers 5xx to one of them past every retry: a failure, with its reason.
    await injectFault({ kind: "5xx", status: 502, count: 4, method: "sendMessage", chat_id: missing! });
    const fields = await composeFields(admin, { topics: "aid", lang: "en", text: "Aid office hours" });
    const sent = await get("/console/broadcasts/new", formPost({ ...fields, step: "send" }, admin));
    const id = idOf(sent.headers.get("location"));
    await waitForStatus(id, ["done"]);
    const list = await (await get("/console/broadcasts", pageGet(admin))).text();
    expect(list).toContain(`href="/console/broadcasts/${id}"`);
    expect(list).toMatch(/<progress max="\d+" value="\d+"><\/progress>/);
    expect(list).toContain('<script src="/console/progress.js" defer="">');
    const detail = await (await get(`/console/broadcasts/${id}`, pageGet(admin))).text();
    expect(detail).toContain("Why deliveries failed");
    expect(detail.slice(detail.indexOf("<h2>Why")), "").toMatch(/<li><code>Bad Gateway<\/code> × 1<\/li>/);
    expect(detail).not.toContain(String(missing));
    expect(detail).not.toContain(String(ok));
    expect(detail).not.toContain(openid);
    // WeChat's row: one recipient, delivered in her chat (not as a template message).
    expect(detail).toMatch(/<th scope="row">WeChat<\/th><td>1<\/td><td>1<\/td>/);
    expect(detail).toMatch(/<th scope="row">Telegram<\/th><td>\d+<\/td>/);
  });
});
