/**
 * Job-fair behaviour found by driving the running bot from outside: an RSVP made after 09:00 the day
 * before was promised a reminder that had already gone out. Fairs here are in Qixia, Yantai (370686),
 * which no other test file uses, and are withdrawn at the end so no other file's lists or crons see them.
 */
import { afterAll, describe, expect, it } from "vitest";
import { createFair, getFair, saveFair } from "../../src/fairs/store.ts";
import { DAY, draft, enUser, lastText, zhUser } from "../support/fairs.ts";
import { press, redis, say } from "../support/worker.ts";

const AUTHOR = 900000063;
const made: string[] = [];
const fairAt = async (startsAt: number) => {
  const fair = await createFair(redis, draft({ startsAt, region: "370686" }), AUTHOR, Date.now());
  made.push(fair.id);
  return fair.id;
};

afterAll(async () => {
  for (const id of made) {
    const fair = await getFair(redis, id);
    if (fair) await saveFair(redis, { ...fair, status: "cancelled" });
  }
});

describe("the RSVP confirmation", () => {
  it("promises the day-before reminder only while it is still to come", async () => {
    // In two hours: today or, late in the evening, tomorrow; either way 09:00 the day before has passed.
    const soon = await fairAt(Date.now() + 2 * 3600_000);
    const later = await fairAt(Date.now() + 3 * DAY);
    const zh = zhUser();
    await say(zh, `/start fair_${soon}`);
    await press(zh, `fair:go:${soon}`);
    expect(await lastText(zh)).toContain("到时见");
    expect(await lastText(zh)).not.toContain("前一天上午9点会提醒您");
    const en = enUser();
    await say(en, `/start fair_${soon}`);
    await press(en, `fair:go:${soon}`);
    expect(await lastText(en)).toContain("See you there");
    expect(await lastText(en)).not.toContain("remind you");
    await say(en, `/start fair_${later}`);
    await press(en, `fair:go:${later}`);
    expect(await lastText(en)).toContain("We will remind you at 9:00 the day before");
  });
});
