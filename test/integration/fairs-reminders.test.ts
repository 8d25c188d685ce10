import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { publishFair } from "../../src/fairs/manage.ts";
import { reminderTime, sendNotice } from "../../src/fairs/notices.ts";
import { createFair } from "../../src/fairs/store.ts";
import { bundledI18n } from "../../src/locales.ts";
import { createRuntime } from "../../src/runtime.ts";
import { FAIRS_ADMIN_IDS } from "../support/constants.ts";
import { answersTo, textsFor } from "../support/emulator.ts";
import { cron, DAY, draft, enUser, lastButtons, lastText, staffPerson, zhUser } from "../support/fairs.ts";
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
    expect(await reminders()).toHaveLength(0);
    await Promise.all([cron(at + 60_000), cron(at + 60_000)]);
    await cron(at + 120_000);
    expect(await reminders()).toHaveLength(1);
    expect((await reminders())[0]).toContain("岚山招聘会");
  });
});

describe("sending in runs", () => {
  it("a run that hits its budget stops; the next sends the rest; overlapping runs never send twice", async () => {
    const people = [zhUser(), enUser(), zhUser()];
    for (const p of people) await say(p, "/start sub_371302"); // Lanshan District, Linyi: used nowhere else
    const fair = await publishFair(
      redis,
      draft({ region: "371302", title: "分批发送" }),
      admin.id,
      Date.now(),
    );
    const runtime = await createRuntime(env as never);
    const deps = {
      redis,
      channel: runtime.channel,
      i18n: bundledI18n(),
      timeZone: "Asia/Shanghai",
      rate: 1000,
      now: Date.now,
    };
    const budget = (maxSends: number) => ({ deadline: Date.now() + 10_000, maxSends });
    expect(await sendNotice(deps, fair.id, "announce", budget(1))).toMatchObject({
      status: "partial",
      sent: 1,
    });
    expect(await redis.zscore("jg:fairs:outbox", `${fair.id}:announce`)).not.toBeNull();
    const runs = await Promise.all([
      sendNotice(deps, fair.id, "announce", budget(100)),
      sendNotice(deps, fair.id, "announce", budget(100)),
    ]);
    expect(runs.map((r) => r.status).sort()).toEqual(["busy", "done"]);
    expect(runs.reduce((n, r) => n + r.sent, 0)).toBe(2);
    for (const p of people) {
      expect((await textsFor(p.id)).filter((t) => t.includes("分批发送"))).toHaveLength(1);
    }
    expect(await redis.zscore("jg:fairs:outbox", `${fair.id}:announce`)).toBeNull();
    expect(await sendNotice(deps, fair.id, "announce", budget(100))).toMatchObject({
      status: "done",
      sent: 0,
    });
  });
});
