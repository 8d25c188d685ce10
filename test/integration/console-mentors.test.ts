/** Issue 15 (phase B): the console's mentor roster: add, edit, deactivate with the chat form's validation, scope and audit. */
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { formPost, ORIGIN, pageGet, sessionCookie } from "../support/console.ts";
import { CONSOLE_ADMIN_ID, CONSOLE_DONGYING_ID, CONSOLE_WEIFANG_ID } from "../support/constants.ts";
import { webAppLaunch } from "../support/emulator.ts";
import { redis } from "../support/worker.ts";

const get = (path: string, init?: RequestInit) => exports.default.fetch(`${ORIGIN}${path}`, init);

async function signIn(id: number, language = "zh-hans"): Promise<string> {
  const launch = await webAppLaunch({ user: { id, first_name: "测试", language_code: language } });
  const cookie = sessionCookie(await get("/console/auth/webapp", formPost({ init_data: launch.init_data })));
  if (!cookie) throw new Error("sign-in refused");
  return cookie;
}

function hidden(html: string, action: string): Record<string, string> {
  const at = html.indexOf(`action="${action}"`);
  const form = html.slice(at, html.indexOf("</form>", at));
  return Object.fromEntries(
    [...form.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]),
  );
}

const mentorAudit = async (id: string) =>
  Object.values(await redis.xrange<Record<string, unknown>>("jg:audit", "-", "+")).filter(
    (e) => e.mentor === id,
  );

describe("the mentors page", () => {
  it("adds, edits and deactivates a mentor in her scope, audited, with the chat's messages for bad input", async () => {
    const cookie = await signIn(CONSOLE_WEIFANG_ID);
    const roster = await (await get("/console/mentors", pageGet(cookie))).text();
    const tokens = hidden(roster, "/console/mentors");

    // Dongying is outside Weifang: the chat's message, next to the field; nothing added.
    const bad = await get(
      "/console/mentors",
      formPost({ ...tokens, name: "", industries: "9", region: "东营", contact: "" }, cookie),
    );
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain('id="m-region-error" role="alert">在您负责的地区里没有找到“东营”');
    expect(html).toContain('id="m-industries-error" role="alert">没看懂“9”');
    expect(html).toContain('id="m-contact-error" role="alert">联系方式不能为空');
    // The name's problem speaks of the mentor, not of "your name" as the applicant's form does.
    expect(html).toContain('id="m-name-error" role="alert">导师姓名不能为空');
    expect(html).not.toContain("您的姓名");
    expect(html).toContain('value="东营"');

    const good = { ...tokens, name: "刘<导师>", industries: "3 6", region: "寿光", contact: "13900001111" };
    const added = await get("/console/mentors", formPost(good, cookie));
    expect(added.status).toBe(303);
    expect((await get("/console/mentors", formPost(good, cookie))).headers.get("location")).toBe(
      "/console/mentors?n=repeat",
    );
    const list = await (await get("/console/mentors?n=added", pageGet(cookie))).text();
    expect(list).toContain("已添加导师。");
    expect(list).toContain("刘&lt;导师&gt;");
    const id = [...list.matchAll(/href="\/console\/mentors\/(m\d+)">刘&lt;导师&gt;</g)][0]?.[1];
    expect(id).toBeDefined();
    expect(await mentorAudit(id!)).toMatchObject([{ type: "mentor-added", by: CONSOLE_WEIFANG_ID }]);

    // The edit form shows her fields as they parse back: saving it unchanged changes nothing.
    const path = `/console/mentors/${id}`;
    const edit = await (await get(path, pageGet(cookie))).text();
    const values = Object.fromEntries(
      [...edit.matchAll(/<input id="m-(\w+)" name="\w+" value="([^"]*)"/g)].map((m) => [
        m[1]!,
        m[2]!.replace(/&lt;/g, "<").replace(/&gt;/g, ">"),
      ]),
    );
    expect(values).toEqual({
      name: "刘<导师>",
      industries: "电子商务、零售",
      region: "寿光市",
      contact: "13900001111",
    });
    const saved = await get(
      path,
      formPost({ ...hidden(edit, path), ...values, contact: "微信 liu123" }, cookie),
    );
    expect(saved.headers.get("location")).toBe(`${path}?n=saved`);
    // The notice after saving speaks of the mentor (no applicant is involved in a roster change).
    const notice = await (await get(`${path}?n=saved`, pageGet(cookie))).text();
    expect(notice).toContain("已保存导师信息。");
    expect(notice).not.toContain("申请人");
    const off = await (await get(path, pageGet(cookie))).text();
    expect(off).toContain('value="微信 liu123"');
    const deactivate = hidden(off, `${path}/active`);
    expect(deactivate.active).toBe("0");
    await get(`${path}/active`, formPost(deactivate, cookie));
    expect(await get(`${path}/active`, formPost(deactivate, cookie))).toMatchObject({ status: 303 });
    expect(await redis.hget(`jg:mentor:${id}`, "active")).toBe(0);
    expect((await mentorAudit(id!)).map((e) => [e.type, e.fields])).toEqual([
      ["mentor-added", undefined],
      ["mentor-changed", "contact"],
      ["mentor-deactivated", undefined],
    ]);

    // Dongying's staff: the mentor does not exist for her; the admin sees it.
    const dongying = await signIn(CONSOLE_DONGYING_ID);
    expect((await get(path, pageGet(dongying))).status).toBe(404);
    expect(await (await get("/console/mentors", pageGet(dongying))).text()).not.toContain(id!);
    expect((await get(path, pageGet(await signIn(CONSOLE_ADMIN_ID, "en")))).status).toBe(200);
    expect((await get(path, pageGet())).status).toBe(401);
  });
});
