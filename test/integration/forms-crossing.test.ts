/**
 * Two forms in one chat: the subscription form's text handler runs before the sign-up's, so a
 * subscription form left open must never take answers meant for something else.
 */
import { describe, expect, it } from "vitest";
import { FORMS_ADMIN_ID } from "../support/constants.ts";
import { enUser, lastText, startForm, storedDraft, zhUser } from "../support/signup.ts";
import { workerAt } from "../support/timed.ts";
import { driver, type Person, press, redis, say } from "../support/worker.ts";

const d = driver();

const subState = async (p: Person) =>
  (await redis.get<Record<string, unknown>>(`jg:session:${p.id}`))?.sub as
    | Record<string, unknown>
    | undefined;

describe("an abandoned subscription form", () => {
  it("gives way when she starts the sign-up: her name goes to the sign-up", async () => {
    const p = zhUser();
    await say(p, "/subscribe");
    await startForm(d, p, 1);
    expect(await lastText(p)).toContain("第 2/7 步");
    expect((await storedDraft(p))?.a).toEqual({ name: "王丽" });
    expect(await subState(p)).toBeUndefined();
  });

  it("gives way when she goes back to a sign-up she had started", async () => {
    const p = zhUser();
    await startForm(d, p);
    await say(p, "/subscribe");
    await say(p, "/signup");
    await press(p, "su:go"); // « continue where I stopped »
    await say(p, "王丽");
    expect((await storedDraft(p))?.a).toEqual({ name: "王丽" });
  });

  it("is closed by /cancel, and her next words are no longer read as a city", async () => {
    const p = zhUser();
    await say(p, "/subscribe");
    await say(p, "/cancel");
    expect(await lastText(p)).toContain("已退出订阅设置");
    expect(await subState(p)).toBeUndefined();
    await say(p, "你好");
    expect(await lastText(p)).not.toContain("没有找到");
  });

  it("lets typed text go after half an hour without a step; a fresh one still asks again", async () => {
    const p = zhUser();
    await say(p, "/subscribe");
    await say(p, "北京");
    expect(await lastText(p)).toContain("没有找到“北京”");
    const later = await workerAt(() => Date.now() + 31 * 60_000);
    await later.say(p, "创业贷款怎么申请？");
    expect(await lastText(p)).not.toContain("没有找到");
    expect(await subState(p)).toBeUndefined();
  });

  it("still takes answers when she comes back to it within half an hour", async () => {
    const p = zhUser();
    await say(p, "/subscribe");
    const soon = await workerAt(() => Date.now() + 20 * 60_000);
    await soon.say(p, "潍坊");
    expect(await lastText(p)).toContain("请选择潍坊市的区县");
  });
});

describe("/cancel", () => {
  it("with nothing open says so, with the menu, in her language", async () => {
    const p = enUser();
    await say(p, "/cancel");
    expect(await lastText(p)).toContain("nothing to cancel");
    const q = zhUser();
    await say(q, "/cancel");
    expect(await lastText(q)).toContain("没有需要取消的操作");
  });

  it("discards a job fair being written, and her next words are no longer its title", async () => {
    const admin: Person = { id: FORMS_ADMIN_ID, first_name: "妇联", language_code: "zh-hans" };
    await say(admin, "/newfair");
    await say(admin, "/cancel");
    expect(await lastText(admin)).toContain("已放弃");
    expect((await redis.get<Record<string, unknown>>(`jg:session:${admin.id}`))?.fair).toBeUndefined();
    await say(admin, "/cancel");
    expect(await lastText(admin)).toContain("没有需要取消的操作");
  });
});
