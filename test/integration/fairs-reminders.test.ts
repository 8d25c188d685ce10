import { describe, expect, it } from "vitest";
import { startDueReminders } from "../../src/fairs/jobs.ts";
import { updateFair } from "../../src/fairs/manage.ts";
import { reminderTime } from "../../src/fairs/notices.ts";
import { createFair } from "../../src/fairs/store.ts";
import { fairWhen } from "../../src/fairs/templates.ts";
import { engineDeps } from "../support/broadcast.ts";
import { FAIRS_ADMIN_IDS } from "../support/constants.ts";
import { answersTo, callsFor, textsFor } from "../support/emulator.ts";
import {
  cron,
  DAY,
  draft,
  enUser,
  lastButtons,
  lastText,
  noticeNames,
  noticeSent,
  staffPerson,
  zhUser,
} from "../support/fairs.ts";
import { press, redis, say } from "../support/worker.ts";

// Only the author id of fairs set up directly: no form, so sharing the delivery file's admin is safe.
const admin = staffPerson(FAIRS_ADMIN_IDS[1], "zh-hans");

describe("reminders", () => {
  it("records an RSVP with undo, and reminds once at 09:00 the day before over two (overlapping) cron runs", async () => {
    const fair = await createFair(
      redis,
      draft({ region: "371103", title: "岚山招聘会" }),
      admin.id,
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
    expect(await noticeNames(fair.id)).toEqual([]);
    await Promise.all([cron(at + 60_000), cron(at + 60_000)]);
    await cron(at + 120_000);
    // One broadcast of the engine, whatever the number of cron runs.
    expect(await noticeNames(fair.id)).toEqual([`reminder:${fair.startsAt}`]);
    const { r, counts } = await noticeSent(fair.id, `reminder:${fair.startsAt}`);
    expect(r).toMatchObject({ kind: "fair-reminder", author: admin.id, total: 1, scope: "371103" });
    expect(counts).toEqual({ sent: 1, blocked: 0, failed: 0, skipped: 0, erased: 0 });
    await cron(at + 180_000);
    expect(await noticeNames(fair.id)).toHaveLength(1);
    expect(await reminders()).toHaveLength(1);
    expect((await reminders())[0]).toContain("岚山招聘会");
    expect(JSON.stringify((await callsFor(p.id, "sendMessage")).at(-1)?.params.reply_markup)).toContain(
      `fair:no:${fair.id}`,
    );
  });
});

describe("a fair that moves", () => {
  it("is reminded once, for its new time only", async () => {
    const fair = await createFair(
      redis,
      draft({ region: "371302", title: "挪了时间的招聘会" }), // Lanshan District, Linyi: used nowhere else
      admin.id,
      Date.now(),
    );
    const p = enUser();
    await say(p, `/start fair_${fair.id}`);
    await press(p, `fair:go:${fair.id}`);
    const deps = await engineDeps();
    const later = fair.startsAt + DAY;
    const { notified } = await updateFair(deps, fair, { ...fair, startsAt: later }, { id: admin.id });
    expect(notified).toBe(1);
    const change = await noticeSent(fair.id, "change:1");
    expect(change.counts.sent).toBe(1);

    // The job runs as the Cron Trigger would, at the old reminder time and twice at the new one.
    const job = (now: number) => startDueReminders({ ...deps, now });
    expect(await job(reminderTime(fair.startsAt, "Asia/Shanghai") + 60_000)).not.toContain(fair.id);
    const at = reminderTime(later, "Asia/Shanghai") + 60_000;
    await Promise.all([job(at), job(at)]);
    expect(await noticeNames(fair.id)).toEqual(["change:1", `reminder:${later}`]);
    await noticeSent(fair.id, `reminder:${later}`);
    const texts = (await textsFor(p.id)).filter((t) => t.includes("Reminder: job fair tomorrow"));
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain(fairWhen(later, "en", "Asia/Shanghai"));
  });
});
