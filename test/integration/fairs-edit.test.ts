/**
 * Issue 14 (7, 14): editing a fair. Each field change posted three messages, the preview still said
 * « 📢 新招聘会 » and « 订阅者将收到下面这条消息» though an edit tells only those who RSVP'd, the
 * district could not be changed, and the change notice said only "the time or place changed". Now:
 * one message per change, a preview that says who will be told, every field editable, and a notice
 * that says for each field what it was and what it is now.
 */
import { describe, expect, it } from "vitest";
import { publishFair } from "../../src/fairs/manage.ts";
import { getFair } from "../../src/fairs/store.ts";
import { zonedTime } from "../../src/time/zoned.ts";
import { engineDeps } from "../support/broadcast.ts";
import { STAFF_TOOLS_ADMIN_IDS } from "../support/constants.ts";
import { callsFor, textsFor } from "../support/emulator.ts";
import { draft, enUser, lastButtons, lastText, noticeSent, staffPerson, zhUser } from "../support/fairs.ts";
import { type Person, press, redis, say } from "../support/worker.ts";

const admin = staffPerson(STAFF_TOOLS_ADMIN_IDS[3], "zh-hans");
const TZ = "Asia/Shanghai";
const nextYear = new Date().getUTCFullYear() + 1;

/** Messages the bot sent to a chat (new ones, not edits). */
const sent = async (p: Person) => (await callsFor(p.id, "sendMessage")).length;

async function attendeesOf(fairId: string, ...people: Person[]) {
  for (const p of people) {
    await say(p, `/start fair_${fairId}`);
    await press(p, `fair:go:${fairId}`);
  }
}

describe("editing a fair", () => {
  it("shows one preview per change that says who will be told, and lets every field change, the district too", async () => {
    const fair = (await publishFair(await engineDeps(), draft({ region: "371102", venue: "会展中心" }), {
      id: admin.id,
    }))!;
    await noticeSent(fair.id);
    const [zh, en] = [zhUser(), enUser()];
    await attendeesOf(fair.id, zh, en);

    await say(admin, `/editfair ${fair.id}`);
    const opened = await lastText(admin);
    expect(opened).not.toContain("新招聘会");
    expect(opened).not.toContain("订阅者将收到");
    expect(opened).toContain("还没有改动");
    // « 修改 » turns the same message's buttons into the fields: no new message.
    const before = await sent(admin);
    await press(admin, "fair:chg");
    expect(await sent(admin)).toBe(before);
    for (const field of ["title", "when", "venue", "region", "employers", "targets", "description", "link"]) {
      expect(await lastButtons(admin)).toContain(`fair:f:${field}`);
    }
    await press(admin, "fair:f:venue");
    await say(admin, "体育馆");
    const afterVenue = await sent(admin);
    expect(afterVenue).toBe(before + 2); // the question, then one preview
    const preview = await lastText(admin);
    expect(preview).toContain("已报名的 2 人");
    expect(preview).toContain("地点：原定会展中心，改为体育馆");
    expect(preview).not.toContain("订阅者将收到");
    expect(await lastButtons(admin)).toContain("fair:pub");

    // A detail only: saved with the rest, told to nobody by itself.
    await press(admin, "fair:chg");
    await press(admin, "fair:f:description");
    await say(admin, "新的介绍");
    expect(await sent(admin)).toBe(afterVenue + 2);
    expect(await lastText(admin)).toContain("介绍：已修改");

    // The district.
    await press(admin, "fair:chg");
    await press(admin, "fair:f:region");
    await say(admin, "莒县");
    const last = await lastText(admin);
    expect(last).toContain("地区：原定日照市 · 东港区，改为日照市 · 莒县");
    expect(last).toContain("已报名的 2 人");

    await press(admin, "fair:pub");
    expect(await lastText(admin)).toContain("正在通知 2 位报名者");
    expect(await getFair(redis, fair.id)).toMatchObject({ region: "371122", venue: "体育馆", seq: 1 });
    await noticeSent(fair.id, "change:1");
    const zhNotice = (await textsFor(zh.id)).find((t) => t.includes("原定会展中心")) ?? "";
    expect(zhNotice).toContain("地点：原定会展中心，改为体育馆");
    expect(zhNotice).toContain("地区：原定日照市 · 东港区，改为日照市 · 莒县");
    expect(zhNotice).not.toContain("新的介绍");
    const enNotice = (await textsFor(en.id)).find((t) => t.includes("was 会展中心")) ?? "";
    expect(enNotice).toContain("Venue: was 会展中心, now 体育馆");
  });

  it("says what the time was and what it is now: 原定12月16日 9:00，改为12月17日 9:00", async () => {
    const startsAt = zonedTime(nextYear, 12, 16, 9, 0, TZ);
    const fair = (await publishFair(
      await engineDeps(),
      draft({ region: "371102", startsAt, title: "冬季专场" }),
      {
        id: admin.id,
      },
    ))!;
    await noticeSent(fair.id);
    const [zh, en] = [zhUser(), enUser()];
    await attendeesOf(fair.id, zh, en);
    await say(admin, `/editfair ${fair.id}`);
    await press(admin, "fair:chg");
    await press(admin, "fair:f:when");
    await say(admin, `${nextYear}-12-17 9:00`);
    expect(await lastText(admin)).toContain("时间：原定12月16日 9:00，改为12月17日 9:00");
    await press(admin, "fair:chg");
    await press(admin, "fair:f:title");
    await say(admin, "冬季女性专场");
    expect(await lastText(admin)).toContain("标题：原定冬季专场，改为冬季女性专场");
    await press(admin, "fair:pub");
    await noticeSent(fair.id, "change:1");
    const zhNotice = (await textsFor(zh.id)).find((t) => t.includes("原定")) ?? "";
    expect(zhNotice).toContain("时间：原定12月16日 9:00，改为12月17日 9:00");
    expect(zhNotice).toContain("标题：原定冬季专场，改为冬季女性专场");
    const enNotice = (await textsFor(en.id)).find((t) => t.includes("was")) ?? "";
    expect(enNotice).toContain("Date and time: was 16 Dec 9:00, now 17 Dec 9:00");
  });

  it("tells nobody of a change to the details only, and says so before saving", async () => {
    const fair = (await publishFair(await engineDeps(), draft({ region: "371102" }), { id: admin.id }))!;
    await noticeSent(fair.id);
    await attendeesOf(fair.id, zhUser());
    await say(admin, `/editfair ${fair.id}`);
    await press(admin, "fair:chg");
    await press(admin, "fair:f:positions");
    await say(admin, "300");
    const preview = await lastText(admin);
    expect(preview).toContain("岗位数：原定100，改为300");
    expect(preview).toContain("不会另行通知");
    await press(admin, "fair:pub");
    expect(await lastText(admin)).toContain("的修改已保存。");
    expect(await redis.hget(`jg:fair:${fair.id}:notices`, "change:1")).toBeNull();
  });
});
