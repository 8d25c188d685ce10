import { beforeAll, describe, expect, it } from "vitest";
import { readCounts } from "../../src/broadcast/record.ts";
import { keys } from "../../src/store/keys.ts";
import { subscriptionKeys } from "../../src/subscriptions/keys.ts";
import {
  ADMIN,
  buttonData,
  lastText,
  latestBy,
  pressIn,
  received,
  sayIn,
  seedPeople,
  sendsTo,
  staffApp,
  type TestApp,
  waitForStatus,
} from "../support/broadcast.ts";
import { BROADCAST_STAFF_IDS } from "../support/constants.ts";
import { answersTo, chatLog, injectFault, textsFor } from "../support/emulator.ts";
import { type Person, redis } from "../support/worker.ts";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Inputs found by driving the running bot from outside; Zibo (370300) is this file's city.
let app: TestApp;
let staff: Person;
beforeAll(async () => {
  ({ app, staff } = await staffApp(BROADCAST_STAFF_IDS[2], "370300"));
});

describe("/broadcast: what staff really type", () => {
  it('keeps a full-length text whose markup grows when escaped (<, &, ")', async () => {
    const [reader] = await seedPeople(1, { sets: [subscriptionKeys.sub("aid", "370303")], locale: "zh-CN" });
    const text = `<&>"`.repeat(1024); // 4,096 characters, 22,528 once escaped
    await sayIn(app, staff, { text: "/broadcast" });
    await sayIn(app, staff, { text });
    const skip = await pressIn(app, staff, "bc:skip");
    // The draft survived: the press is not answered as a stale button.
    expect((await answersTo(skip)).map((c) => c.params.text)).toEqual([undefined]);
    expect(await lastText(staff.id)).toContain("<b>Who should receive it?</b>");
    await pressIn(app, staff, "bc:count");
    await pressIn(app, staff, "bc:now");
    await pressIn(app, staff, await buttonData(staff.id, "bc:go:"));
    const r = (await latestBy(staff.id))!;
    await waitForStatus(r.id, ["done"]);
    expect([...(await received([reader!])).values()]).toEqual([1]);
    const got = (await sendsTo(reader!)).at(-1);
    expect(String(got?.params.text)).toBe("&lt;&amp;&gt;&quot;".repeat(1024));
  });

  it("reads a link button typed without a space before the link (名称|https://…, 官网：https://…)", async () => {
    await sayIn(app, staff, { text: "/broadcast" });
    await seedPeople(1, { sets: [subscriptionKeys.sub("training", "370303")] });
    await sayIn(app, staff, { text: "培训报名开始" });
    await sayIn(app, staff, { text: "报名｜https://example.org/apply\n官网：https：//example.org" });
    expect(await lastText(staff.id)).toContain("<b>Who should receive it?</b>");
    await pressIn(app, staff, "bc:count");
    const preview = (await sendsTo(staff.id)).filter((c) => c.method === "sendMessage").at(-2);
    expect(preview?.params.reply_markup).toEqual({
      inline_keyboard: [
        [{ text: "报名", url: "https://example.org/apply" }],
        [{ text: "官网", url: "https://example.org/" }],
      ],
    });
    await pressIn(app, staff, "bc:quit");
  });

  it("offers Skip when the second photo of an album arrives where link buttons were expected", async () => {
    await sayIn(app, staff, { text: "/broadcast" });
    await sayIn(app, staff, { photo: true, caption: "第一张", extra: { media_group_id: "album-1" } });
    await sayIn(app, staff, { photo: true, extra: { media_group_id: "album-1" } });
    expect(await lastText(staff.id)).toContain("A broadcast is one message");
    const log = await chatLog(staff.id);
    const last = log.filter((m) => m.outgoing).at(-1)!;
    const data = last.message.reply_markup?.inline_keyboard?.flat().map((b) => b.callback_data);
    expect(data).toEqual(["bc:skip", "bc:quit"]);
    await pressIn(app, staff, "bc:skip");
    expect(await lastText(staff.id)).toContain("<b>Who should receive it?</b>");
    await pressIn(app, staff, "bc:quit");
  });
});

describe("/broadcast: the audience screen", () => {
  it("says why when the last topic is turned off, and keeps it", async () => {
    await sayIn(app, staff, { text: "/broadcast" });
    await sayIn(app, staff, { text: "只给救助订阅者" });
    await pressIn(app, staff, "bc:skip");
    for (const t of ["fairs", "business", "training"]) await pressIn(app, staff, `bc:t:${t}`);
    const last = await pressIn(app, staff, "bc:t:aid");
    expect((await answersTo(last)).map((c) => c.params.text)).toEqual([
      "At least one topic must stay chosen.",
    ]);
    expect(await lastText(staff.id)).toContain("Topics: Aid programmes\n");
    await pressIn(app, staff, "bc:quit");
  });
});

describe("/broadcast: faults while composing", () => {
  it("keeps the audience buttons when a Telegram 5xx stops the preview, so counting again works", async () => {
    await seedPeople(1, { sets: [subscriptionKeys.sub("fairs", "370303")] });
    await sayIn(app, staff, { text: "/broadcast" });
    await sayIn(app, staff, { text: "预览失败后重试" });
    await pressIn(app, staff, "bc:skip");
    await injectFault({ kind: "5xx", count: 1, status: 502, method: "sendMessage", chat_id: staff.id });
    await pressIn(app, staff, "bc:count");
    expect(await lastText(staff.id)).toContain("Sorry, something went wrong");
    await pressIn(app, staff, "bc:count"); // the button is still there
    expect(await lastText(staff.id)).toMatch(/It will go to <b>\d+<\/b> recipients/);
    await pressIn(app, staff, "bc:quit");
  });
});

describe("/broadcast: typed times", () => {
  it("reads a time typed the way /newfair reads it (下周一上午9点)", async () => {
    await seedPeople(1, { sets: [subscriptionKeys.sub("fairs", "370303")] });
    await sayIn(app, staff, { text: "/broadcast" });
    await sayIn(app, staff, { text: "下周一的培训" });
    await pressIn(app, staff, "bc:skip");
    await pressIn(app, staff, "bc:count");
    await pressIn(app, staff, "bc:later");
    await sayIn(app, staff, { text: "下周一上午9点" });
    expect(await lastText(staff.id)).toMatch(/Ready: <b>\d+<\/b> recipients, sending .*09:00/);
    await pressIn(app, staff, "bc:quit");
  });

  it("takes a time or « 现在 » typed where it asks « when? », not only the buttons", async () => {
    await seedPeople(1, { sets: [subscriptionKeys.sub("fairs", "370303")] });
    for (const [typed, when] of [
      ["明天上午9点", /sending .*09:00/],
      ["现在", /sending now/],
    ] as const) {
      await sayIn(app, staff, { text: "/broadcast" });
      await sayIn(app, staff, { text: "明天的培训" });
      await pressIn(app, staff, "bc:skip");
      await pressIn(app, staff, "bc:count");
      await sayIn(app, staff, { text: typed });
      expect(await lastText(staff.id)).toMatch(when);
      await pressIn(app, staff, "bc:quit");
    }
  });
});

describe("/broadcast: a draft next to other forms", () => {
  it("gives way when she starts another form: its first answer is not taken as the announcement", async () => {
    await sayIn(app, staff, { text: "/broadcast" });
    await sayIn(app, staff, { text: "/faqnew" });
    await sayIn(app, staff, { text: "村里的广场舞队怎么申请音响补贴" });
    expect(await lastText(staff.id)).toContain('Question: "村里的广场舞队怎么申请音响补贴"');
    await sayIn(app, staff, { text: "/cancel" });
    expect(await lastText(staff.id)).toBe("Cancelled; nothing was changed.");
  });

  it("stays open over /broadcasts and /help", async () => {
    await sayIn(app, staff, { text: "/broadcast" });
    await sayIn(app, staff, { text: "/broadcasts" });
    await sayIn(app, staff, { text: "/help" });
    await sayIn(app, staff, { text: "Training for women in Zibo" });
    expect(await lastText(staff.id)).toContain("link buttons");
    await pressIn(app, staff, "bc:quit");
  });
});

describe("/broadcast: a county's staff", () => {
  it("cannot name her city as the audience with a forged picker press; the count stays in her county", async () => {
    const county = await staffApp(BROADCAST_STAFF_IDS[3], "370305"); // Linzi, Zibo
    const s = county.staff;
    await seedPeople(1, { sets: [subscriptionKeys.sub("business", "370305")] });
    await seedPeople(2, { sets: [subscriptionKeys.sub("business", "370302")] }); // Zichuan: same city, not hers
    await sayIn(county.app, s, { text: "/broadcast" });
    await sayIn(county.app, s, { text: "临淄区培训通知" });
    await pressIn(county.app, s, "bc:skip");
    const screen = await lastText(s.id);
    expect(screen).toContain("Regions: everyone in Linzi District, Zibo");
    await pressIn(county.app, s, "bc:rg", true);
    for (const forged of ["bcr:w:370300", "bcr:ok:370300"]) {
      await pressIn(county.app, s, forged, true);
      expect(await lastText(s.id)).not.toContain("Regions: Zibo\n");
    }
    await pressIn(county.app, s, "bc:aud", true);
    expect(await lastText(s.id)).toBe(screen);
    await pressIn(county.app, s, "bc:count", true);
    expect(await lastText(s.id)).toContain("It will go to <b>1</b> recipients");
    await pressIn(county.app, s, "bc:quit", true);
  });
});

describe("/broadcasts: cancelling while it sends", () => {
  it("reports and audits everyone who got it, including what the consumer wrote after the cancel", async () => {
    const people = await seedPeople(60, { sets: [subscriptionKeys.sub("fairs", "370306")] }); // Zhoucun
    await sayIn(app, staff, { text: "/broadcast" });
    await sayIn(app, staff, { text: "周村招聘会取消前" });
    await pressIn(app, staff, "bc:skip");
    await pressIn(app, staff, "bc:rg");
    await pressIn(app, staff, "bcr:d:370306");
    await pressIn(app, staff, "bcr:ok:370300");
    await pressIn(app, staff, "bc:count");
    await pressIn(app, staff, "bc:now");
    await pressIn(app, staff, await buttonData(staff.id, "bc:go:"));
    const r = (await latestBy(staff.id))!;
    await pressIn(app, ADMIN, `bc:ok:${r.id}`);
    for (let i = 0; i < 100 && (await readCounts(redis, r.id)).sent < 5; i++) await sleep(100);
    await sayIn(app, staff, { text: "/broadcasts" });
    await pressIn(app, staff, `bc:x:${r.id}`);
    await pressIn(app, staff, `bc:xx:${r.id}`);
    await waitForStatus(r.id, ["cancelled"]);
    await sleep(1500);
    const got = [...(await received(people)).values()].reduce((a, b) => a + b, 0);
    expect(got).toBeLessThan(60);
    expect((await readCounts(redis, r.id)).sent).toBe(got);
    const report = (await textsFor(staff.id)).find((t) => t.includes("Broadcast cancelled"));
    expect(report).toContain(`Delivered: ${got} `);
    const audit = Object.values(await redis.xrevrange(keys.audit(), "+", "-", 200)).find(
      (e) => String(e.id) === r.id && e.type === "broadcast",
    );
    expect(audit).toMatchObject({ status: "cancelled", sent: got });
  }, 30_000);

  it("shows on the paused progress message what was sent, including the consumer's last writes", async () => {
    await seedPeople(60, { sets: [subscriptionKeys.sub("business", "370321")] }); // Huantai
    await sayIn(app, staff, { text: "/broadcast" });
    await sayIn(app, staff, { text: "桓台贷款通知暂停前" });
    await pressIn(app, staff, "bc:skip");
    await pressIn(app, staff, "bc:rg");
    await pressIn(app, staff, "bcr:d:370321");
    await pressIn(app, staff, "bcr:ok:370300");
    for (const t of ["fairs", "training", "aid"]) await pressIn(app, staff, `bc:t:${t}`);
    await pressIn(app, staff, "bc:count");
    await pressIn(app, staff, "bc:now");
    await pressIn(app, staff, await buttonData(staff.id, "bc:go:"));
    const r = (await latestBy(staff.id))!;
    await pressIn(app, ADMIN, `bc:ok:${r.id}`);
    for (let i = 0; i < 100 && (await readCounts(redis, r.id)).sent < 5; i++) await sleep(100);
    await sayIn(app, staff, { text: "/broadcasts" });
    await pressIn(app, staff, `bc:p:${r.id}`);
    await sleep(1500);
    const sent = (await readCounts(redis, r.id)).sent;
    expect(sent).toBeLessThan(60);
    const paused = (await textsFor(staff.id)).filter((t) => t.includes("is paused")).at(-1);
    expect(paused).toContain(` ${sent}/60 `);
    await pressIn(app, staff, `bc:x:${r.id}`, true);
    await pressIn(app, staff, `bc:xx:${r.id}`, true);
  }, 30_000);
});
