import { describe, expect, it } from "vitest";
import { createApplication } from "../../src/signup/applications.ts";
import { WEIFANG_STAFF_ID } from "../support/constants.ts";
import { answersTo } from "../support/emulator.ts";
import { enUser, lastText, storedApplication, submitApplication, zhUser } from "../support/signup.ts";
import { admin, auditFor, dongying, mentioning, weifang } from "../support/signup-staff.ts";
import { workerAt } from "../support/timed.ts";
import { driver, press, redis, say, uniqueId } from "../support/worker.ts";

const d = driver();
const ANSWERS = {
  name: "",
  phone: "13812345678",
  region: "370784",
  stage: "idea",
  industry: "retail",
  needs: ["skills"],
  about: "开小卖部",
} as const;

describe("new applications reach the staff of her region", () => {
  it("notifies Weifang's staff and the admin with the name escaped and the phone masked, not Dongying's", async () => {
    const p = zhUser();
    const ref = await submitApplication(d, p, { name: "王<丽>&" });
    const [notice] = await mentioning(weifang, ref);
    expect(notice).toContain("王&lt;丽&gt;&amp;");
    expect(notice).toContain("138****5678");
    expect(notice).not.toContain("13812345678");
    expect(await mentioning(admin, ref)).toHaveLength(1);
    expect(await mentioning(dongying, ref)).toHaveLength(0);
  });

  it("shows the full number only on « show contact », and logs that look to the audit stream", async () => {
    const p = zhUser();
    const ref = await submitApplication(d, p);
    expect(await auditFor(ref)).toEqual([]);
    await press(weifang, `ss:p:${ref}`);
    expect(await lastText(weifang)).toContain("13812345678");
    const [entry] = await auditFor(ref);
    expect(entry).toMatchObject({ type: "signup-show-contact", by: WEIFANG_STAFF_ID });
    expect(Number(entry?.at)).toBeGreaterThan(Date.now() - 60_000);
    expect(JSON.stringify(entry)).not.toContain("13812345678");

    // Outside her scope: a forged press shows nothing and logs nothing.
    await say(dongying, "/signups");
    const { callbackId } = await press(dongying, `ss:p:${ref}`, { force: true });
    expect(JSON.stringify(await answersTo(callbackId))).toContain("已过期");
    expect(await auditFor(ref)).toHaveLength(1);
  });
});

describe("working the list", () => {
  it("marks contacted and closes with a note; each change tells the applicant in her language", async () => {
    const p = enUser();
    const ref = await submitApplication(d, p, { city: "370500", district: "370523" });
    expect(await mentioning(weifang, ref)).toHaveLength(0);
    await press(dongying, `ss:o:${ref}`);
    expect(await lastText(dongying)).toContain("已收到");
    await press(dongying, `ss:c:${ref}`);
    expect(await lastText(p)).toContain("A staff member is following up your application");
    expect(await storedApplication(ref)).toMatchObject({ status: "contacted" });

    // Weifang's staff cannot act on Dongying's application.
    const { callbackId } = await press(weifang, `ss:z:${ref}`, { force: true });
    expect(JSON.stringify(await answersTo(callbackId))).toContain("已过期");

    await press(dongying, `ss:z:${ref}`);
    expect(await lastText(dongying)).toContain("请输入给申请人的留言");
    await say(dongying, "已推荐参加<东营>创业培训班");
    expect(await lastText(p)).toContain("has been closed");
    expect(await lastText(p)).toContain("已推荐参加&lt;东营&gt;创业培训班");
    expect(await storedApplication(ref)).toMatchObject({ status: "closed", closed_by: "staff" });
    const types = (await auditFor(ref)).map((e) => e.type);
    expect(types).toEqual(["signup-contacted", "signup-closed"]);
    await say(p, "/myapplication");
    expect(await lastText(p)).toContain("Status: closed");
  });

  it("forgets a closing note asked for half an hour ago: a later message closes nothing", async () => {
    const p = zhUser();
    const ref = await submitApplication(d, p);
    await press(weifang, `ss:o:${ref}`);
    await press(weifang, `ss:z:${ref}`);
    const later = await workerAt(() => Date.now() + 31 * 60_000);
    await later.say(weifang, "明天再联系她");
    expect(await storedApplication(ref)).toMatchObject({ status: "received" });
    await press(weifang, `ss:o:${ref}`);
    await press(weifang, `ss:z:${ref}`);
    await press(weifang, `ss:o:${ref}`); // back to the card: the note is no longer asked for
    await say(weifang, "好的");
    expect(await storedApplication(ref)).toMatchObject({ status: "received" });
  });

  it("/signups lists applications in scope, newest first, paged and filtered by status", async () => {
    const first = zhUser();
    const older = await submitApplication(d, first);
    const second = zhUser();
    const newer = await submitApplication(d, second);
    const far = enUser();
    const dongyingRef = await submitApplication(d, far, { city: "370500", district: "370523" });
    await say(weifang, "/signups");
    const list = await lastText(weifang);
    expect(list).toContain(newer);
    expect(list.indexOf(newer)).toBeLessThan(list.indexOf(older));
    expect(list).not.toContain(dongyingRef);

    await press(weifang, `ss:o:${older}`);
    await press(weifang, `ss:c:${older}`);
    await say(weifang, "/signups contacted");
    expect(await lastText(weifang)).toContain(older);
    expect(await lastText(weifang)).not.toContain(newer);
    await say(weifang, "/signups nonsense");
    expect(await lastText(weifang)).toContain("可用的筛选");
  });

  it("pages: eight to a page, newest first, « next » shows the older ones", async () => {
    // Nine applications filed a day ahead, so they are the newest in Weifang whatever else runs.
    const refs: string[] = [];
    for (let i = 0; i < 9; i++) {
      const app = await createApplication(redis, {
        userId: uniqueId(),
        locale: "zh-CN",
        answers: { ...ANSWERS, needs: ["skills"], name: `分页${i}` },
        consentV: "2026-1",
        consentAt: Date.now(),
        now: Date.now() + 86_400_000 + i * 1000,
        timeZone: "Asia/Shanghai",
      });
      refs.push(app!.ref);
    }
    await say(weifang, "/signups");
    const first = await lastText(weifang);
    expect(first.indexOf(refs[8]!)).toBeGreaterThan(0);
    expect(first.indexOf(refs[8]!)).toBeLessThan(first.indexOf(refs[1]!));
    expect(first).not.toContain(refs[0]);
    await press(weifang, "ss:l:open:1");
    expect(await lastText(weifang)).toContain(refs[0]);
  });
});
