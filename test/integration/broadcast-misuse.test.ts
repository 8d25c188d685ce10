import { beforeAll, describe, expect, it } from "vitest";
import { keys } from "../../src/store/keys.ts";
import {
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
import { answersTo } from "../support/emulator.ts";
import type { Person } from "../support/worker.ts";

// Inputs found by driving the running bot from outside; Zibo (370300) is this file's city.
let app: TestApp;
let staff: Person;
beforeAll(async () => {
  ({ app, staff } = await staffApp(BROADCAST_STAFF_IDS[2], "370300"));
});

describe("/broadcast: what staff really type", () => {
  it('keeps a full-length text whose markup grows when escaped (<, &, ")', async () => {
    const [reader] = await seedPeople(1, { sets: [keys.sub("aid", "370303")], locale: "zh-CN" });
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
});
