import { describe, expect, it } from "vitest";
import { broadcastKeys } from "../../src/broadcast/keys.ts";
import { readRecord } from "../../src/broadcast/record.ts";
import { cancelFair, publishFair } from "../../src/fairs/manage.ts";
import { startNotice } from "../../src/fairs/notices.ts";
import { fairStats } from "../../src/fairs/stats.ts";
import { upcomingFairs } from "../../src/fairs/store.ts";
import { keys } from "../../src/store/keys.ts";
import { engineDeps, sendsTo } from "../support/broadcast.ts";
import { FAIRS_ADMIN_IDS } from "../support/constants.ts";
import { messageWithButton, setBlocked, textsFor, userAction } from "../support/emulator.ts";
import {
  draft,
  enUser,
  fillFair,
  noticeBroadcast,
  noticeSent,
  publishTyped,
  sample,
  staffPerson,
  waitForText,
  zhUser,
} from "../support/fairs.ts";
import { type Person, postWebhook, redis, say, uniqueId } from "../support/worker.ts";

// This file's own admin, in English, so her progress message and report are in English.
const admin = staffPerson(FAIRS_ADMIN_IDS[4], "en");

/** Sends the bot made to a person whose text contains `part`: [accepted, refused]. */
async function sendsWith(p: Person, part: string): Promise<[number, number]> {
  const calls = (await sendsTo(p.id)).filter((c) => String(c.params.text ?? "").includes(part));
  return [calls.filter((c) => c.response?.ok).length, calls.filter((c) => !c.response?.ok).length];
}

describe("fair notices are broadcasts of the engine", () => {
  it("an announcement is a fair-announce broadcast: exact counts, one send per subscriber, report to the publisher", async () => {
    // Jining: no other test subscribes anyone there.
    const [district, districtEn, city, both, stopped, sibling] = [
      zhUser(),
      enUser(),
      zhUser(),
      zhUser(),
      zhUser(),
      zhUser(),
    ];
    for (const [p, code] of [
      [district, "370811"],
      [districtEn, "370811"],
      [city, "370800"],
      [both, "370800"],
      [both, "370811"],
      [stopped, "370811"],
      [sibling, "370812"],
    ] as const) {
      await say(p, `/start sub_${code}`);
    }
    await say(stopped, "stop");
    const title = "任城 <专场> & more";
    const shown = "任城 &lt;专场&gt; &amp; more";
    const id = await publishTyped(admin, sample({ title, city: "济宁", district: "任城" }));

    const bc = await noticeBroadcast(id);
    const { r, counts } = await noticeSent(id);
    expect(r).toMatchObject({
      kind: "fair-announce",
      author: admin.id,
      scope: "370811",
      status: "done",
      total: 4,
      label: `Job fair announcement #${id} ${title}`,
      audience: { kind: "subscribers", topics: ["fairs"], regions: ["370811"] },
      content: { kind: "template", template: "fair-notice", params: { fair: id, notice: "announce" } },
    });
    expect(counts).toEqual({ sent: 4, blocked: 0, failed: 0, skipped: 0, erased: 0 });
    const done = (await redis.smembers(broadcastKeys.done(bc))).map(Number).sort();
    expect(done).toEqual([district, districtEn, city, both].map((p) => p.id).sort());
    // What the emulator recorded: exactly one accepted send each, none to the others.
    for (const p of [district, districtEn, city, both]) expect(await sendsWith(p, shown)).toEqual([1, 0]);
    for (const p of [stopped, sibling]) expect(await sendsWith(p, shown)).toEqual([0, 0]);
    const [en] = (await textsFor(districtEn.id)).filter((t) => t.includes(shown));
    expect(en).toMatch(new RegExp(`^📢 New job fair: <b>${shown}</b>\\n🕘 When: `));
    const [zh] = (await textsFor(district.id)).filter((t) => t.includes(shown));
    expect(zh).toMatch(new RegExp(`^📢 新招聘会：<b>${shown}</b>\\n🕘 时间：`));
    expect(JSON.stringify((await sendsTo(city.id)).at(-1)?.params.reply_markup)).toContain(`fair:go:${id}`);

    // The publisher: her reply, the engine's progress message, and its final report, in English.
    const staffSaw = await textsFor(admin.id);
    expect(staffSaw).toContainEqual(expect.stringContaining(`Job fair #${id} <b>${shown}</b> is published`));
    expect(staffSaw).toContainEqual(expect.stringMatching(/[▓░]{10} \d+% · \d\/4 · 0 blocked/));
    const report = await waitForText(admin.id, "Broadcast finished", `Job fair announcement #${id} ${shown}`);
    expect(report).toContain("Recipients: 4.");
    expect(report).toContain("Delivered: 4 · blocked the bot: 0 · failed: 0");
    // /stats reads who was told from the broadcast.
    const stats = await fairStats(redis, "370800", Date.now());
    expect(stats.fairs.map((f) => [f.fair.id, f.told, f.rsvps])).toEqual([[id, 4, 0]]);
  });

  it("a 403 during an announcement marks her stopped, counts her blocked, and leaves her out of the cancellation", async () => {
    // Zaozhuang: no other test subscribes anyone there.
    const [a, b, blocked] = [zhUser(), enUser(), zhUser()];
    await say(a, "/start sub_370402");
    await say(b, "/start sub_370402");
    await say(blocked, "/start sub_370400");
    await setBlocked(blocked.id, true);
    const deps = await engineDeps();
    const fair = (await publishFair(deps, draft({ region: "370402", title: "枣庄专场" }), { id: admin.id }))!;
    const { r, counts } = await noticeSent(fair.id);
    expect(r.total).toBe(3);
    expect(counts).toEqual({ sent: 2, blocked: 1, failed: 0, skipped: 0, erased: 0 });
    expect(await redis.sismember(broadcastKeys.gone(r.id), blocked.id)).toBe(1);
    expect(await redis.hget(keys.user(blocked.id), "status")).toBe("stopped");
    expect(await redis.hget(keys.user(blocked.id), "stopped_by")).toBe("blocked");
    // One attempt, refused with 403 (and no retry).
    expect(await sendsWith(blocked, "枣庄专场")).toEqual([0, 1]);
    const refused = (await sendsTo(blocked.id)).filter((c) => !c.response?.ok);
    expect(refused.map((c) => c.response?.error_code)).toEqual([403]);

    await setBlocked(blocked.id, false);
    await cancelFair({ ...deps, now: Date.now() }, fair, { id: admin.id });
    const cancel = await noticeSent(fair.id, "cancel");
    expect(cancel.r).toMatchObject({ kind: "fair-cancel", total: 2 });
    expect(cancel.counts.sent).toBe(2);
    for (const p of [a, b]) expect(await sendsWith(p, "枣庄专场")).toEqual([2, 0]);
    expect(await sendsWith(blocked, "枣庄专场")).toEqual([0, 1]);
  });

  it("a double tap on publish publishes one fair and starts one broadcast", async () => {
    const p = zhUser();
    await say(p, "/start sub_370602"); // Zhifu District, Yantai: nobody else subscribes there
    const title = `芝罘双击 ${uniqueId()}`;
    await fillFair(admin, sample({ title, city: "烟台", district: "芝罘" }));
    // Two presses of the same button, both built before either reaches the Worker, posted at once.
    const message_id = await messageWithButton(admin.id, "fair:pub");
    const taps = await Promise.all(
      [1, 2].map(() =>
        userAction("callback", { from: admin, message_id, data: "fair:pub", force: true }).then(
          (a) => a.update,
        ),
      ),
    );
    await Promise.all(taps.map((update) => postWebhook(update)));
    const fairs = (await upcomingFairs(redis, Date.now(), 1000)).filter((f) => f.title === title);
    expect(fairs).toHaveLength(1);
    const id = fairs[0]!.id;
    await noticeSent(id);
    const announcements = [];
    for (const bcId of await redis.zrange<string[]>(broadcastKeys.index(), 0, 199, { rev: true })) {
      const r = await readRecord(redis, String(bcId));
      if (r?.kind === "fair-announce" && r.label.includes(title)) announcements.push(r.id);
    }
    expect(announcements).toEqual([await noticeBroadcast(id)]);
    expect(await sendsWith(p, title)).toEqual([1, 0]);
    const published = (await textsFor(admin.id)).filter((t) => t.includes(`${title}</b> is published`));
    expect(published).toHaveLength(1);

    // The same in the domain, where the two presses certainly overlap; and a repeated start is the first.
    const deps = await engineDeps();
    const press = `test:${uniqueId()}`;
    const again = { ...draft({ region: "370602", title: `${title} 2` }) };
    const results = await Promise.all([1, 2].map(() => publishFair(deps, again, { id: admin.id }, press)));
    expect(results.filter((f) => f !== null)).toHaveLength(1);
    const fair = results.find((f) => f !== null)!;
    const first = await noticeBroadcast(fair.id);
    expect(await startNotice(deps, fair, "announce", { id: admin.id })).toMatchObject({
      id: first,
      existing: true,
    });
    await noticeSent(fair.id);
    expect(await sendsWith(p, `${title} 2`)).toEqual([1, 0]);
  });
});
