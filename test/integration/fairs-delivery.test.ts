import { describe, expect, it } from "vitest";
import { publishFair } from "../../src/fairs/manage.ts";
import { getFair } from "../../src/fairs/store.ts";
import { engineDeps } from "../support/broadcast.ts";
import { FAIRS_ADMIN_IDS } from "../support/constants.ts";
import { answersTo, callsFor, setBlocked, textsFor } from "../support/emulator.ts";
import {
  draft,
  enUser,
  lastButtons,
  lastText,
  noticeSent,
  publishTyped,
  sample,
  staffPerson,
  told,
  waitForText,
  zhUser,
} from "../support/fairs.ts";
import { type Person, press, redis, say } from "../support/worker.ts";

const admin = staffPerson(FAIRS_ADMIN_IDS[1], "zh-hans");

describe("announcing a fair", () => {
  it("reaches exactly the active job-fair subscribers of the district and its city, once each, in their language", async () => {
    const district = zhUser(); // 五莲县
    const city = enUser(); // 日照市 (whole city)
    const both = zhUser(); // city and district: told once
    const sibling = zhUser(); // 东港区, another district of the city
    const otherCity = zhUser(); // 威海市
    const noFairsTopic = zhUser(); // 五莲县 but training only
    const stopped = zhUser(); // unsubscribed with 退订
    const blocked = zhUser(); // blocked the bot: 403 on send
    for (const [p, link] of [
      [district, "sub_371121"],
      [city, "sub_371100"],
      [both, "sub_371100"],
      [both, "sub_371121"],
      [sibling, "sub_371102"],
      [otherCity, "sub_371000"],
      [stopped, "sub_371121"],
      [blocked, "sub_371100"],
    ] as const) {
      await say(p, `/start ${link}`);
    }
    await say(noFairsTopic, "/subscribe");
    await say(noFairsTopic, "日照");
    await say(noFairsTopic, "五莲");
    await say(noFairsTopic, "3");
    await say(stopped, "退订");
    await setBlocked(blocked.id, true);

    const id = await publishTyped(admin, sample({ title: "五莲县 <春风送岗>" }));
    const staffSaw = await textsFor(admin.id);
    expect(staffSaw).toContainEqual(
      expect.stringMatching(/招聘会 #\d+ <b>五莲县 &lt;春风送岗&gt;<\/b> 已发布/),
    );
    // The engine's final report to her: three delivered, one blocked.
    const report = await waitForText(admin.id, "群发完成", `招聘会通知 #${id} 五莲县 &lt;春风送岗&gt;`);
    expect(report).toContain("送达：3 · 屏蔽了机器人：1");
    const reached = await told(id);
    for (const p of [district, city, both]) expect(reached).toContain(p.id);
    for (const p of [sibling, otherCity, noFairsTopic, stopped, blocked]) expect(reached).not.toContain(p.id);

    const announcement = (p: Person) =>
      textsFor(p.id).then((t) => t.filter((x) => x.includes(`五莲县 &lt;春风送岗&gt;`)));
    expect(await announcement(district)).toHaveLength(1);
    expect(await announcement(both)).toHaveLength(1);
    // The first line names the fair by its own title, escaped.
    expect((await announcement(city))[0]).toMatch(/^📢 New job fair: <b>五莲县 &lt;春风送岗&gt;<\/b>\n/);
    expect((await announcement(city))[0]).toContain("Wulian County, Rizhao");
    expect((await announcement(district))[0]).toMatch(/^📢 新招聘会：<b>五莲县 &lt;春风送岗&gt;<\/b>\n/);
    for (const p of [sibling, otherCity, noFairsTopic, stopped]) expect(await announcement(p)).toEqual([]);
    const tried = await callsFor(blocked.id, "sendMessage");
    expect(tried.at(-1)?.response?.error_code).toBe(403);
    expect(await redis.hget(`jg:user:${blocked.id}`, "status")).toBe("stopped");
    const cityButtons = JSON.stringify((await callsFor(city.id, "sendMessage")).at(-1)?.params.reply_markup);
    for (const label of ["I'll attend", "Add to calendar", "Details"]) expect(cityButtons).toContain(label);

    // Once blocked, left out of every later send: a second fair does not even try her.
    await setBlocked(blocked.id, false);
    const before = (await callsFor(blocked.id)).length;
    await publishTyped(admin, sample({ title: "第二场" }));
    expect(await callsFor(blocked.id)).toHaveLength(before);
  });
});

describe("cancelling and editing", () => {
  it("cancellation reaches those who were told and those who RSVP'd, and nobody else", async () => {
    const subscriber = zhUser();
    const attendee = enUser();
    const rsvpOnly = zhUser();
    const late = zhUser();
    // Liaocheng: no other test subscribes there, so exactly these people were told.
    await say(subscriber, "/start sub_371503");
    await say(attendee, "/start sub_371500");
    const id = await publishTyped(admin, sample({ title: "茌平专场", city: "聊城", district: "茌平" }));
    await press(attendee, `fair:go:${id}`);
    await say(rsvpOnly, `/start fair_${id}`);
    await press(rsvpOnly, `fair:go:${id}`);
    await say(late, "/start sub_371503");

    await say(admin, `/cancelfair ${id}`);
    expect(await lastText(admin)).toContain("确定要取消招聘会");
    await press(admin, `fair:cxy:${id}`);
    expect(await textsFor(admin.id)).toContainEqual(expect.stringContaining("已取消，正在通知"));
    expect((await getFair(redis, id))?.status).toBe("cancelled");
    const { r, counts } = await noticeSent(id, "cancel");
    expect(r).toMatchObject({ kind: "fair-cancel", total: 3, status: "done" });
    expect(counts).toEqual({ sent: 3, blocked: 0, failed: 0, skipped: 0, erased: 0 });
    expect(await waitForText(admin.id, "群发完成", `招聘会取消通知 #${id} `)).toContain("送达：3");
    const cancelled = async (p: Person) =>
      (await textsFor(p.id)).filter((t) => t.includes("招聘会已取消") || t.includes("Job fair cancelled"));
    for (const p of [subscriber, attendee, rsvpOnly]) expect(await cancelled(p)).toHaveLength(1);
    expect(await cancelled(late)).toEqual([]);
    expect((await cancelled(attendee))[0]).toContain("茌平专场");

    // A cancelled fair takes no more RSVPs and no more edits.
    const press1 = await press(late, `fair:go:${id}`, { force: true });
    expect((await answersTo(press1.callbackId))[0]?.params.text).toContain("已取消或已结束");
    await say(admin, `/editfair ${id}`);
    expect(await lastText(admin)).toContain("不能再修改");
  });

  it("an edit of the time bumps the calendar sequence and tells those who RSVP'd", async () => {
    const fair = (await publishFair(await engineDeps(), draft({ region: "371102", title: "东港招聘会" }), {
      id: admin.id,
    }))!;
    await noticeSent(fair.id);
    const attendee = zhUser();
    await say(attendee, `/start fair_${fair.id}`);
    await press(attendee, `fair:go:${fair.id}`);
    await say(admin, `/editfair ${fair.id}`);
    expect(await lastButtons(admin)).toContain("fair:pub");
    await press(admin, "fair:chg");
    expect(await lastButtons(admin)).toContain("fair:f:region"); // every field, the district too (issue 14)
    await press(admin, "fair:f:when");
    await say(admin, "后天下午3点");
    await press(admin, "fair:pub");
    expect(await lastText(admin)).toContain("正在通知 1 位报名者");
    const stored = await getFair(redis, fair.id);
    expect(stored?.seq).toBe(1);
    expect(stored?.region).toBe("371102");
    const change = await noticeSent(fair.id, "change:1");
    expect(change.r).toMatchObject({ kind: "fair-change", total: 1 });
    expect(change.counts.sent).toBe(1);
    expect(await textsFor(attendee.id)).toEqual(
      expect.arrayContaining([expect.stringContaining("时间：原定")]),
    );
  });
});
