import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { broadcastKeys } from "../../src/broadcast/keys.ts";
import { cancelFair } from "../../src/fairs/manage.ts";
import { createFair } from "../../src/fairs/store.ts";
import { engineDeps } from "../support/broadcast.ts";
import { FAIRS_ADMIN_IDS } from "../support/constants.ts";
import {
  DAY,
  draft,
  enUser,
  lastDocument,
  lastText,
  noticeBroadcast,
  publishTyped,
  sample,
  staffPerson,
  told,
  zhUser,
} from "../support/fairs.ts";
import { press, redis, say } from "../support/worker.ts";

const admin = staffPerson(FAIRS_ADMIN_IDS[3], "zh-hans");

describe("calendar", () => {
  it("sends a valid RFC 5545 calendar file with TZID Asia/Shanghai, a VTIMEZONE and a stable UID", async () => {
    const start = Date.parse("2027-06-09T14:00:00+08:00");
    const fair = await createFair(
      redis,
      draft({ startsAt: start, title: "春风送岗, 专场; 第1场", description: "第一行\n第二行 \\ 完" }),
      admin.id,
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

describe("/fairs and privacy", () => {
  it("lists upcoming fairs in her regions, soonest first, paged; never past or cancelled ones", async () => {
    const now = Date.now();
    const made = [];
    for (const days of [6, 2, 4, 1, 5, 3]) {
      made.push(
        await createFair(
          redis,
          draft({ region: "371002", title: `环翠第${days}天`, startsAt: now + days * DAY }),
          admin.id,
          now,
        ),
      );
    }
    await createFair(
      redis,
      draft({ region: "371002", title: "环翠已过去", startsAt: now - DAY }),
      admin.id,
      now - 2 * DAY,
    );
    const gone = await createFair(redis, draft({ region: "371002", title: "环翠已取消" }), admin.id, now);
    await cancelFair(await engineDeps(), gone, { id: admin.id });
    await createFair(redis, draft({ region: "370102", title: "济南的" }), admin.id, now);
    const p = zhUser();
    await say(p, "/start sub_371000");
    await say(p, "/fairs");
    const page1 = await lastText(p);
    expect(page1).toContain("（共 6 场）");
    const order = [...page1.matchAll(/环翠第(\d)天/g)].map((m) => Number(m[1]));
    expect(order).toEqual([1, 2, 3, 4, 5]);
    expect(page1).not.toContain("济南的");
    await press(p, "fair:ls:m:1");
    const page2 = await lastText(p);
    expect(page2).toContain("环翠第6天");
    for (const text of [page1, page2]) {
      expect(text).not.toContain("已过去");
      expect(text).not.toContain("已取消");
    }
    expect(made).toHaveLength(6);

    const none = enUser();
    await say(none, "/fairs");
    expect(await lastText(none)).toContain("Upcoming job fairs");
    expect(await lastText(none)).not.toContain("环翠已过去");
  });

  it("/mydata shows her RSVPs and the notices she got; /delete removes her from every fair set", async () => {
    const p = enUser();
    await say(p, "/start sub_371083");
    const id = await publishTyped(admin, sample({ title: "乳山招聘会", city: "威海", district: "乳山" }));
    expect(await told(id)).toContain(p.id);
    await press(p, `fair:go:${id}`);
    await say(p, "/mydata");
    const mydata = await lastText(p);
    expect(mydata).toContain(`Signed up for: #${id} 乳山招聘会`);
    expect(mydata).toContain(`Announcement received: #${id} 乳山招聘会`);
    expect(mydata).toContain("Telegram language: en");
    await say(p, "/delete");
    await press(p, "del:yes");
    expect(await redis.sismember(`jg:fair:${id}:rsvp`, p.id)).toBe(0);
    expect(await told(id)).not.toContain(p.id);
    expect(await redis.sismember(broadcastKeys.recipients(await noticeBroadcast(id)), p.id)).toBe(0);
    expect(await redis.keys(`jg:*${p.id}*`)).toEqual([]);
  });
});
