import { createScheduledController } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { broadcastKeys } from "../../src/broadcast/keys.ts";
import { readCounts } from "../../src/broadcast/record.ts";
import worker from "../../src/index.ts";
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
import { BROADCAST_OTHER_STAFF_ID, BROADCAST_STAFF_IDS, TEST_STAFF } from "../support/constants.ts";
import { answersTo, textsFor } from "../support/emulator.ts";
import type { Person } from "../support/worker.ts";
import { redis } from "../support/worker.ts";

let app: TestApp;
let staff: Person;
beforeAll(async () => {
  ({ app, staff } = await staffApp(BROADCAST_STAFF_IDS[1], "371400")); // Dezhou
});

const WEIFANG_STAFF: Person = { id: BROADCAST_OTHER_STAFF_ID, first_name: "Weifang", language_code: "en" };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Composes a text broadcast to one Dezhou district, counts it and chooses when. */
async function upToConfirm(text: string, district: string, when: "now" | "later" = "now") {
  await sayIn(app, staff, { text: "/broadcast" });
  await sayIn(app, staff, { text });
  await pressIn(app, staff, "bc:skip");
  await pressIn(app, staff, "bc:rg");
  await pressIn(app, staff, `bcr:d:${district}`);
  await pressIn(app, staff, "bcr:ok:371400");
  await pressIn(app, staff, "bc:count");
  await pressIn(app, staff, `bc:${when}`);
}

/** Confirms a broadcast to more than the threshold and has the admin approve it. */
async function confirmNow(text: string, district: string) {
  await upToConfirm(text, district);
  await pressIn(app, staff, await buttonData(staff.id, "bc:go:"));
  const r = (await latestBy(staff.id))!;
  await pressIn(app, ADMIN, `bc:ok:${r.id}`);
  return r;
}

describe("approval above the threshold", () => {
  it("holds a large broadcast until an admin, who sees the preview and the count, approves it", async () => {
    const people = await seedPeople(6, { sets: [subscriptionKeys.sub("fairs", "371422")] });
    await sayIn(app, ADMIN, { text: "/broadcasts" }); // she has talked to the bot, never typed /language
    await upToConfirm("Spring job fair in Ningjin", "371422");
    expect(await lastText(staff.id)).toContain("an admin must approve it first");
    const ask = await buttonData(staff.id, "bc:go:");
    await pressIn(app, staff, ask);
    const r = (await latestBy(staff.id))!;
    expect(r.status).toBe("approval");
    // Every admin in STAFF is asked (other test files add their own admins).
    const admins = TEST_STAFF.split(",").filter((m) => m.endsWith(":admin")).length;
    expect(await lastText(staff.id)).toContain(`Sent to ${admins} admin(s) for approval`);
    const adminTexts = await textsFor(ADMIN.id);
    expect(adminTexts.at(-2)).toContain("Spring job fair in Ningjin"); // the preview
    // The admin never chose a language: the request comes in Telegram's (English), as her replies do.
    expect(adminTexts.at(-1)).toContain("to <b>6</b> recipients");
    expect(adminTexts.at(-1)).toContain("Staff &lt;b&gt;");
    // Staff who are not admins cannot approve, even with a forged button.
    await sayIn(app, WEIFANG_STAFF, { text: "/broadcasts" });
    const forged = await pressIn(app, WEIFANG_STAFF, `bc:ok:${r.id}`, true);
    expect(String((await answersTo(forged))[0]?.params.text)).toContain("expired");
    expect((await latestBy(staff.id))?.status).toBe("approval");
    await pressIn(app, ADMIN, `bc:ok:${r.id}`);
    const done = await waitForStatus(r.id, ["done"]);
    expect(done.r.approved_by).toBe(ADMIN.id);
    expect([...(await received(people)).values()]).toEqual(people.map(() => 1));
    expect((await textsFor(staff.id)).some((t) => t.includes("approved your broadcast"))).toBe(true);
    const audit = Object.values(await redis.xrevrange(keys.audit(), "+", "-", 100)).find(
      (e) => String(e.id) === r.id,
    );
    expect(audit).toMatchObject({ approved_by: ADMIN.id, sent: 6 });
  });

  it("sends nothing when the admin rejects", async () => {
    const people = await seedPeople(6, { sets: [subscriptionKeys.sub("fairs", "371423")] });
    await upToConfirm("Rejected notice", "371423");
    await pressIn(app, staff, await buttonData(staff.id, "bc:go:"));
    const r = (await latestBy(staff.id))!;
    await pressIn(app, ADMIN, `bc:no:${r.id}`);
    expect((await latestBy(staff.id))?.status).toBe("rejected");
    await sleep(1500);
    expect([...(await received(people)).values()]).toEqual(people.map(() => 0));
    expect(await lastText(staff.id)).toContain("rejected your broadcast");
  });
});

describe("media, scheduling and control", () => {
  it("copies a photo post (with its link button) to every recipient with copyMessage", async () => {
    const people = await seedPeople(2, { sets: [subscriptionKeys.sub("aid", "371425")] });
    await sayIn(app, staff, { text: "/broadcast" });
    const post = await sayIn(app, staff, { photo: true, caption: "春蕾计划 aid fair" });
    const postId = (post.message as { message_id: number }).message_id;
    await sayIn(app, staff, { text: "Details - https://example.org/aid" });
    await pressIn(app, staff, "bc:rg");
    await pressIn(app, staff, "bcr:d:371425");
    await pressIn(app, staff, "bcr:ok:371400");
    await pressIn(app, staff, "bc:count");
    const preview = (await sendsTo(staff.id)).filter((c) => c.method === "copyMessage").at(-1);
    expect(preview?.params).toMatchObject({ from_chat_id: staff.id, message_id: postId });
    await pressIn(app, staff, "bc:now");
    await pressIn(app, staff, await buttonData(staff.id, "bc:go:"));
    await waitForStatus((await latestBy(staff.id))!.id, ["done"]);
    for (const id of people) {
      const [copy, ...more] = await sendsTo(id);
      expect(more).toEqual([]);
      expect(copy).toMatchObject({
        method: "copyMessage",
        params: { from_chat_id: staff.id, message_id: postId },
      });
      expect(JSON.stringify(copy?.params.reply_markup)).toContain("https://example.org/aid");
    }
  });

  it("schedules a broadcast in China time and the Cron handler starts it when due", async () => {
    const people = await seedPeople(2, { sets: [subscriptionKeys.sub("training", "371426")] });
    await upToConfirm("Training next week", "371426", "later");
    await sayIn(app, staff, { text: "2月30日 9:00" });
    expect(await lastText(staff.id)).toContain("could not read that time");
    await sayIn(app, staff, { text: "2020-01-01 09:00" });
    expect(await lastText(staff.id)).toContain("already passed");
    await pressIn(app, staff, await buttonData(staff.id, "bc:at:"));
    expect(await lastText(staff.id)).toMatch(/sending \d{1,2} \w{3} \d{4}, 09:00/);
    await pressIn(app, staff, await buttonData(staff.id, "bc:go:"));
    const r = (await latestBy(staff.id))!;
    expect(r.status).toBe("scheduled");
    expect(await redis.zscore(broadcastKeys.scheduled(), r.id)).toBe(r.scheduled_at);
    expect(await lastText(staff.id)).toContain("Scheduled for");
    // The day comes: the next cron tick finds it due.
    await redis.zadd(broadcastKeys.scheduled(), { score: Date.now() - 1000, member: r.id });
    await worker.scheduled(createScheduledController({ scheduledTime: Date.now() }), env as never);
    await waitForStatus(r.id, ["done"]);
    expect([...(await received(people)).values()]).toEqual([1, 1]);
  });

  it("pauses, resumes and cancels from /broadcasts; everyone still gets at most one copy", async () => {
    const people = await seedPeople(50, { sets: [subscriptionKeys.sub("business", "371427")] });
    const r = await confirmNow("Loan round opens", "371427");
    for (let i = 0; i < 100 && (await readCounts(redis, r.id)).sent < 3; i++) await sleep(100);
    await sayIn(app, staff, { text: "/broadcasts" });
    await pressIn(app, staff, `bc:p:${r.id}`);
    await waitForStatus(r.id, ["paused"]);
    await sleep(1000);
    const atPause = [...(await received(people)).values()].reduce((a, b) => a + b, 0);
    await sleep(1500);
    const later = [...(await received(people)).values()].reduce((a, b) => a + b, 0);
    expect(later).toBe(atPause);
    expect(atPause).toBeLessThan(50);
    await pressIn(app, staff, `bc:r:${r.id}`);
    await waitForStatus(r.id, ["done"]);
    expect([...(await received(people)).values()]).toEqual(people.map(() => 1));

    const second = await confirmNow("Loan round closes", "371427");
    for (let i = 0; i < 100 && (await readCounts(redis, second.id)).sent < 3; i++) await sleep(100);
    await sayIn(app, staff, { text: "/broadcasts" });
    await pressIn(app, staff, `bc:x:${second.id}`);
    expect(await lastText(staff.id)).toContain("Cancel “Loan round closes”?");
    await pressIn(app, staff, `bc:xx:${second.id}`);
    const { counts } = await waitForStatus(second.id, ["cancelled"]);
    await sleep(1500);
    const got = [...(await received(people)).values()].map((n) => n - 1);
    expect(got.reduce((a, b) => a + b, 0)).toBe((await readCounts(redis, second.id)).sent);
    expect(counts.sent).toBeLessThan(50);
    expect(got.every((n) => n === 0 || n === 1)).toBe(true);
    expect((await textsFor(staff.id)).some((t) => t.includes("Broadcast cancelled"))).toBe(true);
  }, 40_000);
});
