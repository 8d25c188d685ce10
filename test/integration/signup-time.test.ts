import { describe, expect, it } from "vitest";
import { signupDraftsJob, signupRetentionJob } from "../../src/signup/jobs.ts";
import { textsFor } from "../support/emulator.ts";
import {
  lastText,
  startForm,
  storedApplication,
  storedDraft,
  submitApplication,
  withdrawApplication,
  zhUser,
} from "../support/signup.ts";
import { DAY, HOUR, workerAt } from "../support/timed.ts";
import { driver, press, redis, say } from "../support/worker.ts";

const d = driver();
// Time is controlled by building Workers whose clock runs behind or ahead of the real one. Jobs
// run at the real time, so drafts made "yesterday" are due while other test files' drafts are not.
const at = (offset: number) => workerAt(() => Date.now() + offset);

describe("resume", () => {
  it("continues where she stopped on a fresh Worker instance", async () => {
    const p = zhUser();
    await startForm(d, p, 2);
    const fresh = await workerAt(); // a new isolate: nothing in memory, everything from Redis
    await fresh.say(p, "/signup");
    expect(await lastText(p)).toContain("已完成 2/7");
    await fresh.press(p, "su:go");
    expect(await lastText(p)).toContain("第 3/7 步");
    await fresh.press(p, "sur:c:370700");
    await fresh.press(p, "sur:d:370781");
    await fresh.say(p, "1");
    await fresh.say(p, "零售");
    await fresh.say(p, "3");
    await fresh.say(p, "开一家小超市。");
    await fresh.say(p, "提交");
    expect(await lastText(p)).toMatch(/JG-\d{4}-\d{6}/);
  });

  it("after a long pause, an off-track message offers to continue; a valid answer is simply taken", async () => {
    const p = zhUser();
    await startForm(d, p, 1);
    const later = await at(2 * HOUR);
    await later.say(p, "你好");
    expect(await lastText(p)).toContain("要从上次停下的地方继续吗");
    await later.press(p, "su:later");
    await later.say(p, "你好"); // put off: her text is not an answer
    expect((await storedDraft(p))?.a).toEqual({ name: "王丽" });
    expect((await storedDraft(p))?.hold).toBe("later");
    await later.say(p, "/signup");
    await later.press(p, "su:go");
    expect(await lastText(p)).toContain("第 2/7 步");

    const q = zhUser();
    await startForm(d, q, 0);
    await say(q, "李娜");
    await (await at(5 * HOUR)).say(q, "13900001111");
    expect(await lastText(q)).toContain("第 3/7 步");
  });
});

describe("nudge and expiry", () => {
  it("nudges once, 24 hours after she stopped, and the nudge's button continues the form", async () => {
    const p = zhUser();
    const yesterday = await at(-25 * HOUR);
    await startForm(yesterday, p, 1);
    const recent = zhUser();
    const earlier = await at(-2 * HOUR);
    await startForm(earlier, recent, 0);

    const { runtime } = await workerAt();
    await signupDraftsJob.run(runtime.deps(Date.now()));
    await signupDraftsJob.run(runtime.deps(Date.now() + 60_000)); // cron fires again: no second nudge
    const nudges = (await textsFor(p.id)).filter((t) => t.includes("还没填完"));
    expect(nudges).toHaveLength(1);
    expect(nudges[0]).toContain("已完成 1/7");
    expect((await textsFor(recent.id)).some((t) => t.includes("还没填完"))).toBe(false);

    await press(p, "su:go");
    expect(await lastText(p)).toContain("第 2/7 步");
  });

  it("discards a draft untouched for 7 days: /signup starts afresh and the index forgets her", async () => {
    const p = zhUser();
    const lastWeek = await at(-7 * DAY - HOUR);
    await startForm(lastWeek, p, 1);
    expect(await redis.zscore("jg:signup:drafts", String(p.id))).not.toBeNull();

    const { runtime } = await workerAt();
    await signupDraftsJob.run(runtime.deps(Date.now()));
    expect(await redis.zscore("jg:signup:drafts", String(p.id))).toBeNull();
    expect((await textsFor(p.id)).some((t) => t.includes("还没填完"))).toBe(false);

    await say(p, "李娜"); // no longer an answer: free text goes to the FAQ, which has none
    expect(await lastText(p)).toContain("答不上来");
    expect(await storedDraft(p)).toBeUndefined();
    await say(p, "/signup");
    expect(await lastText(p)).toContain("谁能看到");
  });
});

describe("retention", () => {
  it("drops a closed application's personal fields after RETENTION_DAYS and keeps an anonymous count", async () => {
    const p = zhUser();
    const halfYearAgo = await at(-181 * DAY);
    const ref = await submitApplication(halfYearAgo, p);
    await withdrawApplication(halfYearAgo, p, ref);
    const counts = async () =>
      Number(
        Object.values((await redis.hgetall("jg:signups:counts")) ?? {}).reduce(
          (a, b) => Number(a) + Number(b),
          0,
        ),
      );
    const before = await counts();

    const { runtime } = await workerAt();
    await signupRetentionJob.run(runtime.deps(Date.now()));
    await signupRetentionJob.run(runtime.deps(Date.now())); // twice: counted once
    expect(await storedApplication(ref)).toBeNull();
    expect(await redis.zscore("jg:signups:closed", ref)).toBeNull();
    expect(await redis.sismember(`jg:user:${p.id}:signups`, ref)).toBe(0);
    expect(await counts()).toBe(before + 1);
    const fields = Object.keys((await redis.hgetall("jg:signups:counts")) ?? {});
    expect(fields.some((f) => /^\d{4}:370700:ecommerce:withdrawn$/.test(f))).toBe(true);
  });

  it("keeps an application closed less than RETENTION_DAYS ago", async () => {
    const p = zhUser();
    const ref = await submitApplication(d, p);
    await withdrawApplication(d, p, ref);
    const { runtime } = await workerAt();
    await signupRetentionJob.run(runtime.deps(Date.now()));
    expect(await storedApplication(ref)).toMatchObject({ name: "王丽", status: "closed" });
  });
});

describe("/mydata and /delete", () => {
  it("lists and erases her drafts and applications, index entries included", async () => {
    const p = zhUser();
    const ref = await submitApplication(d, p);
    await withdrawApplication(d, p, ref);
    // Another isolate goes on (its own rate limiter: 20 updates in 10 s per person).
    const other = await workerAt();
    await startForm(other, p, 1);
    await other.say(p, "/mydata");
    const mydata = await lastText(p);
    for (const part of ["创业导师报名", ref, "13812345678", "未完成的报名草稿：1/7"])
      expect(mydata).toContain(part);

    await other.say(p, "/delete");
    await other.press(p, "del:yes");
    expect(await storedApplication(ref)).toBeNull();
    for (const key of ["jg:signups:closed", "jg:signups:closed:370781", "jg:signups:retention"])
      expect(await redis.zscore(key, ref)).toBeNull();
    expect(await redis.zscore("jg:signup:drafts", String(p.id))).toBeNull();
    expect(await redis.exists(`jg:user:${p.id}:signups`, `jg:session:${p.id}`, `jg:user:${p.id}`)).toBe(0);
    await other.say(p, "/mydata");
    expect(await lastText(p)).toContain("没有保存任何");
  });

  it("erases an open application: it leaves the staff lists", async () => {
    const p = zhUser();
    const ref = await submitApplication(d, p);
    await say(p, "/delete");
    await press(p, "del:yes");
    for (const key of ["jg:signups:received", "jg:signups:received:370781"])
      expect(await redis.zscore(key, ref)).toBeNull();
    expect(await storedApplication(ref)).toBeNull();
  });
});
