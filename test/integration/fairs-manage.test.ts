import jsQR from "jsqr";
import { describe, expect, it } from "vitest";
import { cancelFair, publishFair } from "../../src/fairs/manage.ts";
import { createFair, getFair } from "../../src/fairs/store.ts";
import { ADMIN_ID, TEST_BOT_INFO, WEIFANG_STAFF_ID } from "../support/constants.ts";
import { answersTo, callsFor, textsFor } from "../support/emulator.ts";
import {
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
const weifang = staffPerson(WEIFANG_STAFF_ID, "en");

/** Decodes a greyscale PNG (as qr.ts writes it) into RGBA for jsQR. */
async function pngToRgba(png: Uint8Array) {
  const view = new DataView(png.buffer, png.byteOffset);
  const width = view.getUint32(16);
  const chunks: Uint8Array[] = [];
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    const type = new TextDecoder().decode(png.subarray(at + 4, at + 8));
    if (type === "IDAT") chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const idat = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    idat.set(c, at);
    at += c.length;
  }
  const stream = new Blob([idat]).stream().pipeThrough(new DecompressionStream("deflate"));
  const raw = new Uint8Array(await new Response(stream).arrayBuffer());
  const rgba = new Uint8ClampedArray(width * width * 4);
  for (let y = 0; y < width; y++) {
    for (let x = 0; x < width; x++) {
      const v = raw[y * (width + 1) + 1 + x]!;
      rgba.set([v, v, v, 255], (y * width + x) * 4);
    }
  }
  return { rgba, width };
}

describe("cancelling and editing", () => {
  it("cancellation reaches those who were told and those who RSVP'd, and nobody else", async () => {
    const subscriber = zhUser();
    const attendee = enUser();
    const rsvpOnly = zhUser();
    const late = zhUser();
    // Binzhou: no other test subscribes there, so exactly these people were told.
    await say(subscriber, "/start sub_371603");
    await say(attendee, "/start sub_371600");
    const id = await publishTyped(admin, sample({ title: "沾化专场", city: "滨州", district: "沾化" }));
    await press(attendee, `fair:go:${id}`);
    await say(rsvpOnly, `/start fair_${id}`);
    await press(rsvpOnly, `fair:go:${id}`);
    await say(late, "/start sub_371603");

    await say(admin, `/cancelfair ${id}`);
    expect(await lastText(admin)).toContain("确定要取消招聘会");
    await press(admin, `fair:cxy:${id}`);
    expect(await lastText(admin)).toContain("已通知 3 人");
    expect((await getFair(redis, id))?.status).toBe("cancelled");
    const cancelled = async (p: Person) =>
      (await textsFor(p.id)).filter((t) => t.includes("招聘会已取消") || t.includes("Job fair cancelled"));
    for (const p of [subscriber, attendee, rsvpOnly]) expect(await cancelled(p)).toHaveLength(1);
    expect(await cancelled(late)).toEqual([]);
    expect((await cancelled(attendee))[0]).toContain("沾化专场");

    // A cancelled fair takes no more RSVPs and no more edits.
    const press1 = await press(late, `fair:go:${id}`, { force: true });
    expect((await answersTo(press1.callbackId))[0]?.params.text).toContain("已取消或已结束");
    await say(admin, `/editfair ${id}`);
    expect(await lastText(admin)).toContain("不能再修改");
  });

  it("an edit of the time bumps the calendar sequence and tells those who RSVP'd", async () => {
    const fair = await publishFair(
      redis,
      draft({ region: "371102", title: "东港招聘会" }),
      ADMIN_ID,
      Date.now(),
    );
    const attendee = zhUser();
    await say(attendee, `/start fair_${fair.id}`);
    await press(attendee, `fair:go:${fair.id}`);
    await say(admin, `/editfair ${fair.id}`);
    expect(await lastButtons(admin)).toContain("fair:pub");
    await press(admin, "fair:chg");
    expect(await lastButtons(admin)).not.toContain("fair:f:region");
    await press(admin, "fair:f:when");
    await say(admin, "后天下午3点");
    await press(admin, "fair:pub");
    expect(await lastText(admin)).toContain("已通知 1 位报名者");
    const stored = await getFair(redis, fair.id);
    expect(stored?.seq).toBe(1);
    expect(stored?.region).toBe("371102");
    expect(await textsFor(attendee.id)).toEqual(
      expect.arrayContaining([expect.stringContaining("时间或地点有变化")]),
    );
  });
});

describe("staff tools", () => {
  it("refuses every staff command and button to a non-staff user, politely, changing nothing", async () => {
    const fair = await createFair(redis, draft(), ADMIN_ID, Date.now());
    const p = zhUser();
    for (const command of [
      "/newfair",
      "/stats",
      `/editfair ${fair.id}`,
      `/cancelfair ${fair.id}`,
      `/fairqr ${fair.id}`,
    ]) {
      await say(p, command);
      expect(await lastText(p)).toContain("仅供妇联工作人员使用");
    }
    for (const data of ["fair:pub", `fair:cxy:${fair.id}`, `fair:qr:${fair.id}`, "frg:c:370700"]) {
      const { callbackId } = await press(p, data, { force: true });
      expect((await answersTo(callbackId))[0]?.params.text).toContain("仅供妇联工作人员使用");
    }
    expect((await getFair(redis, fair.id))?.status).toBe("published");
    expect(await redis.get(`jg:session:${p.id}`)).toBeNull();
    expect(await callsFor(p.id, "sendDocument")).toEqual([]);
  });

  it("keeps edits and cancellations inside the staff member's scope", async () => {
    const fair = await createFair(redis, draft({ region: "371121" }), ADMIN_ID, Date.now());
    await say(weifang, `/cancelfair ${fair.id}`);
    expect(await lastText(weifang)).toContain("outside your area");
    const forged = await press(weifang, `fair:cxy:${fair.id}`, { force: true });
    expect((await getFair(redis, fair.id))?.status).toBe("published");
    expect(forged.res.status).toBe(200);
    await say(weifang, "/cancelfair 99999999");
    expect(await lastText(weifang)).toContain('There is no job fair "99999999"');
  });

  it("gives each fair a deep link and a QR code PNG that decodes to it", async () => {
    const fair = await createFair(redis, draft({ title: "二维码测试" }), ADMIN_ID, Date.now());
    await say(admin, `/fairqr ${fair.id}`);
    const doc = await lastDocument(admin);
    const link = `https://t.me/${TEST_BOT_INFO.username}?start=fair_${fair.id}`;
    expect(doc.name).toBe(`jinguo-fair-${fair.id}-qr.png`);
    expect(doc.caption).toContain(link);
    const { rgba, width } = await pngToRgba(doc.bytes);
    expect(jsQR(rgba, width, width)?.data).toBe(link);

    const p = enUser();
    await say(p, `/start fair_${fair.id}`);
    expect(await lastText(p)).toContain("二维码测试");
    expect(await lastButtons(p)).toContain(`fair:go:${fair.id}`);
    expect(await lastButtons(p)).not.toContain("fair:qr");
    for (const bad of ["fair_99999999", "fair_abc", "fair_"]) {
      await say(p, `/start ${bad}`);
      expect(await lastText(p)).toContain("There is no job fair");
    }
  });

  it("/stats counts distinct subscribers per city and topic and RSVPs per fair, within scope", async () => {
    // Dezhou: a city no other test subscribes to, so the counts only move here.
    const dezhou = async () => {
      await say(admin, "/stats");
      const line = (await lastText(admin)).split("\n").find((l) => l.startsWith("<b>德州市</b>"));
      return Number(/：(\d+) 人订阅/.exec(line ?? "")?.[1] ?? 0); // a city without subscribers is summed up
    };
    const before = await dezhou();
    const p = zhUser();
    await say(p, "/start sub_371400");
    await say(p, "/start sub_371403");
    expect(await dezhou()).toBe(before + 1);
    const fair = await createFair(redis, draft({ title: "统计用招聘会" }), ADMIN_ID, Date.now());
    await say(p, `/start fair_${fair.id}`);
    await press(p, `fair:go:${fair.id}`);
    await say(admin, "/stats");
    expect(await lastText(admin)).toContain(`#${fair.id} 统计用招聘会：1 人报名`);

    await say(weifang, "/stats");
    const scoped = await lastText(weifang);
    expect(scoped).toContain("<b>Weifang</b>");
    expect(scoped).not.toContain("Rizhao");
    expect(scoped).not.toContain("统计用招聘会");
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
          ADMIN_ID,
          now,
        ),
      );
    }
    await createFair(
      redis,
      draft({ region: "371002", title: "环翠已过去", startsAt: now - DAY }),
      ADMIN_ID,
      now - 2 * DAY,
    );
    const gone = await createFair(redis, draft({ region: "371002", title: "环翠已取消" }), ADMIN_ID, now);
    await cancelFair(redis, gone, ADMIN_ID, now);
    await createFair(redis, draft({ region: "370102", title: "济南的" }), ADMIN_ID, now);
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
    expect(await redis.keys(`jg:*${p.id}*`)).toEqual([]);
  });
});
