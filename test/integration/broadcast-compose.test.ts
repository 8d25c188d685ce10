import { beforeAll, describe, expect, it } from "vitest";
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
import { answersTo, chatLog, textsFor } from "../support/emulator.ts";
import { messageUpdate, type Person, redis, uniqueId } from "../support/worker.ts";

let app: TestApp;
let staff: Person;
beforeAll(async () => {
  ({ app, staff } = await staffApp(BROADCAST_STAFF_IDS[0], "371600")); // Binzhou
});

const sub = (topic: string, code: string) => subscriptionKeys.sub(topic, code);

/** The inline keyboard of the bot's newest message in a chat, as JSON. */
async function lastKeyboard(chatId: number): Promise<string> {
  const log = (await chatLog(chatId)).filter((m) => m.outgoing);
  return JSON.stringify(log.at(-1)?.message.reply_markup ?? {});
}

/** /broadcast, a text, no buttons: the flow stands at the audience screen. */
async function composeText(text: string) {
  await sayIn(app, staff, { text: "/broadcast" });
  await sayIn(app, staff, { text });
  await pressIn(app, staff, "bc:skip");
}

/** Picks one Binzhou district in the region picker and counts. */
async function pickAndCount(district: string) {
  await pressIn(app, staff, "bc:rg");
  await pressIn(app, staff, `bcr:d:${district}`);
  await pressIn(app, staff, "bcr:ok:371600");
  await pressIn(app, staff, "bc:count");
}

describe("/broadcast: composing", () => {
  it("refuses an empty or over-long text and a non-https button with a clear message", async () => {
    await sayIn(app, staff, { text: "/broadcast" });
    await app.post(messageUpdate(staff, "   "));
    expect(await lastText(staff.id)).toContain("The announcement is empty");
    await app.post(messageUpdate(staff, "长".repeat(4100)));
    expect(await lastText(staff.id)).toContain(
      "The text has 4,100 characters; Telegram allows at most 4,096",
    );
    await sayIn(app, staff, { text: "Training starts Monday" });
    await sayIn(app, staff, { text: "Apply - http://example.org/apply" });
    expect(await lastText(staff.id)).toContain("is not a secure https:// address");
    await sayIn(app, staff, { text: "Apply - https://example.org/apply" });
    expect(await lastText(staff.id)).toContain("<b>Who should receive it?</b>");
    await pressIn(app, staff, "bc:quit");
    expect(await lastText(staff.id)).toContain("discarded");
  });

  it("counts exactly the chosen audience inside the staff scope, and sends only to it", async () => {
    const [a] = await seedPeople(1, { sets: [sub("fairs", "371602")], locale: "zh-CN" });
    const [f] = await seedPeople(1, { sets: [sub("aid", "371602")], locale: "zh-CN" });
    const [b] = await seedPeople(1, {
      sets: [sub("fairs", "371600"), sub("training", "371600")],
      locale: "en",
    });
    const [stopped] = await seedPeople(1, { sets: [sub("fairs", "371602")], status: "stopped" });
    // Training, not fairs: a province-wide job-fair subscriber would also receive other test files' fair notices.
    const [province] = await seedPeople(1, { sets: [sub("training", "370000")] });
    const [dezhou] = await seedPeople(1, { sets: [sub("fairs", "371402")] });
    try {
      await composeText("Loans for women entrepreneurs: <apply> & more");
      await pickAndCount("371602");
      // a, f in the district, b subscribed to all of Binzhou; not the stopped one, the province list or Dezhou.
      expect((await textsFor(staff.id)).at(-1)).toContain("It will go to <b>3</b> recipients");
      const preview = (await sendsTo(staff.id)).filter((c) => c.method === "sendMessage").at(-2);
      expect(String(preview?.params.text)).toContain("&lt;apply&gt; &amp; more");
      await pressIn(app, staff, "bc:aud");
      for (const t of ["business", "training", "aid"]) await pressIn(app, staff, `bc:t:${t}`);
      await pressIn(app, staff, "bc:count");
      expect(await lastText(staff.id)).toContain("<b>2</b> recipients");
      await pressIn(app, staff, "bc:aud");
      await pressIn(app, staff, "bc:l:en");
      await pressIn(app, staff, "bc:count");
      expect(await lastText(staff.id)).toContain("<b>1</b> recipients");
      await pressIn(app, staff, "bc:now");
      expect(await lastText(staff.id)).toContain("Ready: <b>1</b> recipients");
      const go = await buttonData(staff.id, "bc:go:");
      await pressIn(app, staff, go);
      const r = (await latestBy(staff.id))!;
      expect(r.audience).toMatchObject({
        kind: "subscribers",
        topics: ["fairs"],
        within: "371600",
        locales: ["en"],
      });
      await waitForStatus(r.id, ["done"]);
      const got = await received([a!, f!, b!, stopped!, province!, dezhou!]);
      expect([...got.values()]).toEqual([0, 0, 1, 0, 0, 0]);
      // The audit entry: who, when, the audience, the counts.
      const audit = Object.values(await redis.xrevrange(keys.audit(), "+", "-", 100)).find(
        (e) => String(e.id) === r.id,
      );
      expect(audit).toMatchObject({ type: "broadcast", status: "done", author: staff.id, sent: 1, total: 1 });
      expect(String(JSON.stringify(audit?.audience))).toContain("371602");
      // What she received is part of her data: /mydata lists it.
      const her: Person = { id: b!, first_name: "Bea", language_code: "en" };
      await sayIn(app, her, { text: "/mydata" });
      expect(await lastText(b!)).toContain("Announcement received");
    } finally {
      await redis.srem(sub("fairs", "371600"), b!);
      await redis.srem(sub("training", "371600"), b!);
    }
  });

  it("keeps a later page of districts in view while she ticks them", async () => {
    // Linyi has twelve districts, eight to a page; its staff member is this test's own.
    const linyi = await staffApp(BROADCAST_STAFF_IDS[4], "371300");
    const who = linyi.staff;
    await sayIn(linyi.app, who, { text: "/broadcast" });
    await sayIn(linyi.app, who, { text: "Mengyin and Linshu: training on Friday" });
    await pressIn(linyi.app, who, "bc:skip");
    await pressIn(linyi.app, who, "bc:rg");
    await pressIn(linyi.app, who, "bcr:pd:371300:1");
    await pressIn(linyi.app, who, "bcr:d:371328");
    const page = await lastKeyboard(who.id);
    expect(page).toContain("✅ 11 Mengyin County");
    expect(page).toContain("bcr:d:371329");
    await pressIn(linyi.app, who, "bcr:d:371329");
    expect(await lastKeyboard(who.id)).toContain("✅ 12 Linshu County");
    await pressIn(linyi.app, who, "bcr:ok:371300");
    expect(await lastText(who.id)).toMatch(/Mengyin County.*, .*Linshu County/);
    await pressIn(linyi.app, who, "bc:quit");
  });

  it("says so when Telegram refuses to copy a post, before anyone gets it", async () => {
    await sayIn(app, staff, { text: "/broadcast" });
    const video = { file_id: "vid1", file_unique_id: "v1", width: 1, height: 1, duration: 1 };
    await sayIn(app, staff, { extra: { video, caption: "clip" } });
    await pressIn(app, staff, "bc:skip");
    await seedPeople(1, { sets: [sub("fairs", "371622")] });
    await pickAndCount("371622");
    expect(await lastText(staff.id)).toContain("Telegram refused this message");
    expect(await lastText(staff.id)).toContain("message can't be copied");
    await pressIn(app, staff, "bc:quit");
  });

  it("refuses an audience of zero before any preview", async () => {
    await composeText("Nobody will read this");
    const before = (await sendsTo(staff.id)).length;
    await pickAndCount("371603");
    expect(await lastText(staff.id)).toContain("Nobody matches this choice");
    const after = await sendsTo(staff.id);
    expect(after.length).toBe(before); // edited in place: no preview was sent
    await pressIn(app, staff, "bc:quit");
  });

  it("gives a non-staff user nothing: no command, and a forged confirm changes nothing", async () => {
    const woman: Person = { id: uniqueId(), first_name: "Mei", language_code: "en" };
    await sayIn(app, woman, { text: "/broadcast" });
    expect(await lastText(woman.id)).toContain("for Women's Federation staff only");
    const callbackId = await pressIn(app, woman, "bc:go:abcdef12", true);
    const [answer] = await answersTo(callbackId);
    expect(String(answer?.params.text)).toContain("expired");
    expect(await latestBy(woman.id)).toBeNull();
    expect((await sendsTo(woman.id)).length).toBe(1); // only the staff-only reply
  });

  it("offers paid broadcast with its Stars cost once an admin enables it, and sends with allow_paid_broadcast", async () => {
    const people = await seedPeople(2, { sets: [sub("fairs", "371621")] });
    await sayIn(app, ADMIN, { text: "/broadcasts" });
    await pressIn(app, ADMIN, "bc:paid:on");
    try {
      await composeText("Fast notice");
      await pickAndCount("371621");
      await pressIn(app, staff, "bc:now");
      expect(await lastText(staff.id)).toContain("about 1 Telegram Stars (2 × 0.1 ⭐)");
      await pressIn(app, staff, await buttonData(staff.id, "bc:gp:"));
      const r = (await latestBy(staff.id))!;
      expect(r.paid).toBe(true);
      await waitForStatus(r.id, ["done"]);
      for (const id of people) {
        const sends = await sendsTo(id);
        expect(sends).toHaveLength(1);
        expect(sends[0]?.params).toMatchObject({ allow_paid_broadcast: true });
      }
    } finally {
      await pressIn(app, ADMIN, "bc:paid:off");
    }
  });
});
