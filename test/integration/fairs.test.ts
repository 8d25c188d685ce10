import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { reminderTime } from "../../src/fairs/jobs.ts";
import { createFair, getFair } from "../../src/fairs/store.ts";
import { ADMIN_ID, WEIFANG_STAFF_ID } from "../support/constants.ts";
import { answersTo, callsFor, setBlocked, textsFor } from "../support/emulator.ts";
import {
  cron,
  DAY,
  draft,
  enUser,
  lastButtons,
  lastDocument,
  lastText,
  publishTyped,
  sample,
  staffPerson,
  told,
  zhUser,
} from "../support/fairs.ts";
import { type Person, press, redis, say } from "../support/worker.ts";

const admin = staffPerson(ADMIN_ID, "zh-hans");
const weifang = staffPerson(WEIFANG_STAFF_ID, "zh-hans");

describe("creating a fair with /newfair", () => {
  it("reads every listed date format and asks again, with an example, for a past or unreadable one", async () => {
    const nextYear = new Date().getUTCFullYear() + 1;
    const cases: [string, RegExp][] = [
      [`${nextYear}-06-09 14:00`, new RegExp(`${nextYear}年6月9日（周.）14:00 ✓`)],
      ["6月9日 14:00", /年6月9日（周.）14:00 ✓/],
      ["6月9日下午2点", /年6月9日（周.）14:00 ✓/],
      ["明天上午9点", /（周.）09:00 ✓/],
    ];
    for (const [typed, shown] of cases) {
      await say(admin, "/newfair");
      await say(admin, "春风送岗");
      await say(admin, typed);
      expect(await lastText(admin)).toMatch(shown);
      expect(await lastText(admin)).toContain("请输入<b>地点</b>");
    }
    await say(admin, "/newfair");
    await say(admin, "春风送岗");
    await say(admin, `${nextYear - 2}-06-09 14:00`);
    expect(await lastText(admin)).toContain("已经过去");
    expect(await lastText(admin)).toContain("明天上午9点");
    await say(admin, "下个月吧");
    expect(await lastText(admin)).toContain("没看懂“下个月吧”");
    expect(await lastText(admin)).toContain("6月9日下午2点");
    await say(admin, "6月9日");
    expect(await lastText(admin)).toContain("<b>几点</b>");
    await press(admin, "fair:quit");
    expect(await lastText(admin)).toContain("已放弃");
  });

  it("bounds every field, takes buttons and typed answers, and previews exactly what subscribers get", async () => {
    await say(admin, "/newfair");
    await say(admin, "标".repeat(101));
    expect(await lastText(admin)).toContain("最多 100 字，您输入了 101 字");
    await say(admin, "<b>春风</b> & 送岗");
    await say(admin, "明天下午2点");
    await say(admin, "人力资源市场");
    await say(admin, "北京");
    expect(await lastText(admin)).toContain("没有找到“北京”");
    await press(admin, "frg:pc:1");
    await press(admin, "frg:c:371100");
    await press(admin, "frg:d:371121");
    await say(admin, "很多");
    expect(await lastText(admin)).toContain("0 到 100,000");
    await say(admin, "51家");
    await say(admin, "2,600个");
    await press(admin, "fair:tg:rural");
    await press(admin, "fair:tg:homemaking");
    await press(admin, "fair:tg:ok");
    await say(admin, "介".repeat(1001));
    expect(await lastText(admin)).toContain("最多 1,000 字");
    await say(admin, "第一段\n\n第二段 <i>x</i>");
    await say(admin, "0633-1234567");
    await say(admin, "http://example.com/reg");
    expect(await lastText(admin)).toContain("https://");
    await say(admin, "https://example.com/reg?a=1&b=2");
    const texts = await textsFor(admin.id);
    const preview = texts.at(-2)!;
    expect(preview).toContain("&lt;b&gt;春风&lt;/b&gt; &amp; 送岗");
    expect(preview).toContain("日照市 · 五莲县");
    expect(preview).toContain("参会企业：51 家 · 岗位：2,600 个");
    expect(preview).toContain("面向：农村妇女、家政");
    expect(preview).toContain("第二段 &lt;i&gt;x&lt;/i&gt;");
    expect(preview).toContain('href="https://example.com/reg?a=1&amp;b=2"');
    const buttons = (await callsFor(admin.id, "sendMessage")).at(-2)!.params.reply_markup;
    expect(JSON.stringify(buttons)).toContain('"我要参加"');
    expect(JSON.stringify(buttons)).toContain('"加入日历"');
    expect(JSON.stringify(buttons)).toContain('"详情"');

    // Change one field from the preview, then publish.
    await press(admin, "fair:chg");
    await press(admin, "fair:f:positions");
    await say(admin, "2600");
    expect(await lastButtons(admin)).toContain("fair:pub");
    await press(admin, "fair:pub");
    const id = /#(\d+)/.exec(await lastText(admin))?.[1];
    const fair = await getFair(redis, id!);
    expect(fair).toMatchObject({
      title: "<b>春风</b> & 送岗",
      region: "371121",
      employers: 51,
      positions: 2600,
      targets: ["rural", "homemaking"],
      link: "https://example.com/reg?a=1&b=2",
      status: "published",
    });
  });

  it("keeps staff inside their scope", async () => {
    await say(weifang, "/newfair");
    await say(weifang, "潍坊专场");
    await say(weifang, "明天上午9点");
    await say(weifang, "潍坊人才市场");
    await say(weifang, "日照");
    expect(await lastText(weifang)).toContain("没有找到“日照”");
    const forged = await press(weifang, "frg:d:371121", { force: true });
    expect((await answersTo(forged.callbackId))[0]?.params.text).toContain("过期");
    await say(weifang, "潍坊");
    await say(weifang, "青州");
    expect(await lastText(weifang)).toContain("<b>企业</b>");
    await press(weifang, "fair:quit");
  });
});

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
    expect(await lastText(admin)).toMatch(/已通知 \d+ 位订阅者/);
    const reached = await told(id);
    for (const p of [district, city, both]) expect(reached).toContain(p.id);
    for (const p of [sibling, otherCity, noFairsTopic, stopped, blocked]) expect(reached).not.toContain(p.id);

    const announcement = (p: Person) =>
      textsFor(p.id).then((t) => t.filter((x) => x.includes(`五莲县 &lt;春风送岗&gt;`)));
    expect(await announcement(district)).toHaveLength(1);
    expect(await announcement(both)).toHaveLength(1);
    expect((await announcement(city))[0]).toContain("Spring Breeze job fair for women");
    expect((await announcement(city))[0]).toContain("Wulian County, Rizhao");
    expect((await announcement(district))[0]).toContain("春风送岗 · 女性专场招聘会");
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

describe("RSVP, reminders, calendar", () => {
  it("records an RSVP with undo, and reminds once at 09:00 the day before over two (overlapping) cron runs", async () => {
    const fair = await createFair(
      redis,
      draft({ region: "371103", title: "岚山招聘会" }),
      ADMIN_ID,
      Date.now(),
    );
    const p = zhUser();
    await say(p, `/start fair_${fair.id}`);
    expect(await lastText(p)).toContain("岚山招聘会");
    await press(p, `fair:go:${fair.id}`);
    expect(await lastText(p)).toContain("已为您报名");
    expect(await lastButtons(p)).toContain(`fair:no:${fair.id}`);
    expect(await redis.sismember(`jg:fair:${fair.id}:rsvp`, p.id)).toBe(1);
    await press(p, `fair:no:${fair.id}`);
    expect(await redis.sismember(`jg:fair:${fair.id}:rsvp`, p.id)).toBe(0);
    expect(await lastText(p)).toContain("已取消您对");
    const again = await press(p, `fair:no:${fair.id}`, { force: true });
    expect((await answersTo(again.callbackId))[0]?.params.text).toContain("过期");
    await say(p, `/start fair_${fair.id}`);
    await press(p, `fair:go:${fair.id}`);

    const at = reminderTime(fair.startsAt, "Asia/Shanghai");
    const local = new Date(at + 8 * 3600_000);
    expect(local.getUTCHours()).toBe(9);
    expect(Math.round((fair.startsAt - at) / DAY)).toBeLessThanOrEqual(2);
    const reminders = async () => (await textsFor(p.id)).filter((t) => t.includes("明天的招聘会提醒"));
    await cron(at - 60_000);
    expect(await reminders()).toHaveLength(0);
    await Promise.all([cron(at + 60_000), cron(at + 60_000)]);
    await cron(at + 120_000);
    expect(await reminders()).toHaveLength(1);
    expect((await reminders())[0]).toContain("岚山招聘会");
  });

  it("sends a valid RFC 5545 calendar file with TZID Asia/Shanghai, a VTIMEZONE and a stable UID", async () => {
    const start = Date.parse("2027-06-09T14:00:00+08:00");
    const fair = await createFair(
      redis,
      draft({ startsAt: start, title: "春风送岗, 专场; 第1场", description: "第一行\n第二行 \\ 完" }),
      ADMIN_ID,
      Date.now(),
    );
    const p = enUser();
    await say(p, `/start fair_${fair.id}`);
    await press(p, `fair:ics:${fair.id}`);
    const first = await lastDocument(p);
    expect(first.name).toBe(`jinguo-fair-${fair.id}.ics`);
    const text = new TextDecoder().decode(first.bytes);
    expect(text).toMatch(/\r\n$/);
    for (const line of text.split("\r\n"))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const cal = new ICAL.Component(ICAL.parse(text));
    expect(cal.getFirstPropertyValue("version")).toBe("2.0");
    const tz = cal.getFirstSubcomponent("vtimezone")!;
    expect(tz.getFirstPropertyValue("tzid")).toBe("Asia/Shanghai");
    ICAL.TimezoneService.register(tz);
    const event = new ICAL.Event(cal.getFirstSubcomponent("vevent")!);
    expect(event.uid).toBe(`fair-${fair.id}@jinguo`);
    expect(event.summary).toBe("春风送岗, 专场; 第1场");
    expect(event.description).toContain("第一行\n第二行 \\ 完");
    expect(event.startDate.zone?.tzid).toBe("Asia/Shanghai");
    expect(event.startDate.toUnixTime() * 1000).toBe(start);
    expect(event.endDate.toUnixTime() * 1000).toBeGreaterThan(start);

    await press(p, `fair:ics:${fair.id}`);
    const second = new ICAL.Component(ICAL.parse(new TextDecoder().decode((await lastDocument(p)).bytes)));
    expect(second.getFirstSubcomponent("vevent")!.getFirstPropertyValue("uid")).toBe(
      `fair-${fair.id}@jinguo`,
    );
  });
});
