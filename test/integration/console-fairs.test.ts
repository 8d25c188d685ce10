import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cancelBroadcast } from "../../src/broadcast/control.ts";
import { fairKeys } from "../../src/fairs/keys.ts";
import { childrenOf } from "../../src/regions/index.ts";
import { dateExamples } from "../../src/time/examples.ts";
import { engineDeps, seedPeople, waitForStatus } from "../support/broadcast.ts";
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
import { redis, uniqueId } from "../support/worker.ts";

// The console's job-fair pages through the Worker's app, against every role.
let get: ConsoleFetch;
let admin: string;
let weifang: string;
let dongying: string;
beforeAll(async () => {
  get = await consoleApp();
  [admin, weifang, dongying] = await Promise.all([
    signInAs(get, ADMIN_ID, "en"),
    signInAs(get, WEIFANG_STAFF_ID, "zh-hans"),
    signInAs(get, DONGYING_STAFF_ID, "en"),
  ]);
});

const COUNTY = childrenOf("370700").at(-2)!.code;
const TZ = "Asia/Shanghai";
const published = new Set<string>();
const idOf = (location: string | null) => {
  const id = /\/console\/fairs\/(\d+)\?/.exec(location ?? "")?.[1] ?? "";
  if (id) published.add(id);
  return id;
};

// Each fair published here is announced to the region's subscribers, who by now include every other
// file's; those broadcasts are not under test here, and left running they would hold the one sender
// while the next file's broadcasts wait. So they end with this file.
afterAll(async () => {
  const deps = await engineDeps();
  for (const fair of published)
    for (const bc of Object.values(
      (await redis.hgetall<Record<string, string>>(fairKeys.notices(fair))) ?? {},
    )) {
      await cancelBroadcast(deps, String(bc), ADMIN_ID);
      await waitForStatus(String(bc), ["done", "cancelled"]);
    }
}, 60_000);

/** A complete fair form, with the page's token and nonce. */
async function fairFields(cookie: string, extra: Record<string, string> = {}) {
  const html = await (await get("/console/fairs/new", pageGet(cookie))).text();
  return {
    _csrf: csrfOf(html),
    nonce: /name="nonce" value="([a-z0-9]+)"/.exec(html)?.[1] ?? "",
    title: "春风行动 <专场> 招聘会",
    when: dateExamples(Date.now(), TZ).iso,
    venue: "人力资源市场一楼",
    region: COUNTY,
    employers: "51家",
    positions: "2,600个",
    targets: "rural",
    description: "招聘岗位：家政、电商客服。",
    contact: "市妇联 0536-1234567",
    link: "",
    ...extra,
  };
}

describe("the job-fair pages without a session or staff", () => {
  it("answers 401 with no session and 403 to someone no longer staff, on every route", async () => {
    const stranger = await strangerCookie(TEST_TOKEN, uniqueId());
    for (const path of [
      "/console/fairs",
      "/console/fairs/new",
      "/console/fairs/1",
      "/console/fairs/1/poster.png",
    ]) {
      expect((await get(path, pageGet())).status).toBe(401);
      expect((await get(path, pageGet(stranger))).status).toBe(403);
    }
    for (const path of ["/console/fairs/new", "/console/fairs/1/edit", "/console/fairs/1/cancel"]) {
      expect((await get(path, formPost({}))).status).toBe(401);
      expect((await get(path, formPost({}, stranger))).status).toBe(403);
    }
  });
});

describe("job fairs in the console", () => {
  it("checks each field as /newfair does and says so next to it, in her language", async () => {
    const fields = await fairFields(weifang, {
      title: "",
      when: "明年某天",
      employers: "很多",
      targets: "",
      link: "http://rzfl.gov.cn/x",
    });
    const res = await get("/console/fairs/new", formPost(fields, weifang));
    expect(res.status).toBe(422);
    const html = await res.text();
    for (const field of ["title", "when", "employers", "targets", "link"]) {
      expect(html).toContain(`id="${field}-error"`);
    }
    expect(html).not.toContain('id="venue-error"');
    expect(html).toContain("https://rzfl.gov.cn/x");
    expect(html).toContain('value="人力资源市场一楼"');
    // Her districts only: Weifang's, not Dongying's.
    expect(html).toContain(`value="${COUNTY}"`);
    expect(html).not.toContain(`value="${childrenOf("370500")[0]!.code}"`);
    // A district outside her area, forced into the form: the chat's "outside your area".
    const outside = await fairFields(weifang, { region: childrenOf("370500")[0]!.code });
    const refused = await get("/console/fairs/new", formPost(outside, weifang));
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('id="region-error"');
  });

  it("previews, publishes once however often it is sent, and lists it with its RSVPs", async () => {
    const fields = await fairFields(weifang);
    const preview = await get("/console/fairs/new", formPost({ ...fields, step: "preview" }, weifang));
    expect(preview.status).toBe(200);
    const html = await preview.text();
    expect(html).toContain("春风行动 &lt;专场&gt; 招聘会");
    expect(html).not.toContain("<专场>");
    const { _csrf, ...without } = fields;
    expect((await get("/console/fairs/new", formPost({ ...without, step: "save" }, weifang))).status).toBe(
      403,
    );

    const published = await get("/console/fairs/new", formPost({ ...fields, step: "save" }, weifang));
    expect(published.status).toBe(303);
    const id = idOf(published.headers.get("location"));
    expect(id).toMatch(/^\d+$/);
    const again = await get("/console/fairs/new", formPost({ ...fields, step: "save" }, weifang));
    expect(again.headers.get("location")).toBe("/console/fairs?did=existing");
    expect(await auditsOf("fair-created", "fair", id)).toEqual([
      expect.objectContaining({ by: WEIFANG_STAFF_ID }),
    ]);

    await redis.sadd(fairKeys.rsvp(id), uniqueId(), uniqueId());
    const list = await (await get("/console/fairs", pageGet(weifang))).text();
    expect(list).toContain(`href="/console/fairs/${id}"`);
    expect(list).toContain(`<span class="status" data-rsvps="${id}">2 人报名</span>`);
    const adminList = await (await get("/console/fairs", pageGet(admin))).text();
    expect(adminList).toContain("2 signed up");
    expect(await (await get("/console/fairs", pageGet(dongying))).text()).not.toContain(
      `/console/fairs/${id}"`,
    );

    // Out of her scope it does not exist: page, poster, edit, cancel.
    const dongyingCsrf = csrfOf(await (await get("/console/fairs/new", pageGet(dongying))).text());
    for (const path of [`/console/fairs/${id}`, `/console/fairs/${id}/poster.png`]) {
      expect((await get(path, pageGet(dongying))).status).toBe(404);
    }
    for (const path of [`/console/fairs/${id}/edit`, `/console/fairs/${id}/cancel`]) {
      const res = await get(path, formPost({ ...fields, _csrf: dongyingCsrf, confirm: "yes" }, dongying));
      expect(res.status).toBe(404);
    }
    expect((await get("/console/fairs/999999999", pageGet(weifang))).status).toBe(404);

    const poster = await get(`/console/fairs/${id}/poster.png`, pageGet(weifang));
    expect(poster.status).toBe(200);
    expect(poster.headers.get("content-type")).toBe("image/png");
    const png = new Uint8Array(await poster.arrayBuffer());
    expect([...png.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it("edits with a preview of who is told, saves once, and cancels only when confirmed", async () => {
    const fields = await fairFields(admin, { title: "Autumn fair" });
    const id = idOf(
      (await get("/console/fairs/new", formPost({ ...fields, step: "save" }, admin))).headers.get("location"),
    );
    // One person signed up (a profile, as the bot keeps one for everyone it serves).
    const [signedUp] = await seedPeople(1);
    await redis.sadd(fairKeys.rsvp(id), signedUp!);
    const page = await (await get(`/console/fairs/${id}`, pageGet(admin))).text();
    expect(page).toContain('<html lang="en">');
    const csrf = csrfOf(page);
    const edit = { ...fields, _csrf: csrf, venue: "Hall B" };
    const preview = await get(`/console/fairs/${id}/edit`, formPost({ ...edit, step: "preview" }, admin));
    const shown = await preview.text();
    expect(shown).toContain("Changes:");
    expect(shown).toContain("the 1 people who signed up");
    const saved = await get(`/console/fairs/${id}/edit`, formPost({ ...edit, step: "save" }, admin));
    expect(saved.headers.get("location")).toBe(`/console/fairs/${id}?did=saved`);
    const twice = await get(`/console/fairs/${id}/edit`, formPost({ ...edit, step: "save" }, admin));
    expect(twice.headers.get("location")).toBe(`/console/fairs/${id}?did=unchanged`);
    expect(await auditsOf("fair-edited", "fair", id)).toHaveLength(1);

    const cancel = (extra: Record<string, string>) =>
      get(`/console/fairs/${id}/cancel`, formPost({ _csrf: csrf, ...extra }, admin));
    expect((await cancel({})).headers.get("location")).toBe(`/console/fairs/${id}?did=confirm`);
    expect((await cancel({ confirm: "yes" })).headers.get("location")).toBe(
      `/console/fairs/${id}?did=cancelled`,
    );
    expect((await cancel({ confirm: "yes" })).headers.get("location")).toBe(
      `/console/fairs/${id}?did=closed`,
    );
    expect(await auditsOf("fair-cancelled", "fair", id)).toEqual([expect.objectContaining({ by: ADMIN_ID })]);
    const closed = await (await get(`/console/fairs/${id}?did=cancelled`, pageGet(admin))).text();
    expect(closed).toContain("Cancelled or over");
    expect(closed).not.toContain('action="/console/fairs/');
  });
});
