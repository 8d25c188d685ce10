/**
 * One rule for the language of everything sent outside a reply: her explicit choice (/language),
 * then Telegram's language, then Chinese. Approval requests, staff notices and a broadcast's
 * language filter follow it as the chat's own replies do.
 */
import { describe, expect, it } from "vitest";
import { audienceSize } from "../../src/broadcast/index.ts";
import { keys } from "../../src/store/keys.ts";
import { subscriptionKeys } from "../../src/subscriptions/keys.ts";
import {
  appWithStaff,
  buttonData,
  engineDeps,
  latestBy,
  pressIn,
  sayIn,
  seedPeople,
} from "../support/broadcast.ts";
import { textsFor } from "../support/emulator.ts";
import { submitApplication, zhUser } from "../support/signup.ts";
import { driver, type Person, redis, say, uniqueId } from "../support/worker.ts";

/** A poster's link to Weifang's job fairs, as she taps it. */
const posterLink = (_p: Person) => "/start sub_370700";

describe("the recipient's language outside a reply", () => {
  it("asks an admin for approval in Telegram's language when she never chose one", async () => {
    const enAdmin: Person = { id: uniqueId(), first_name: "Ada", language_code: "en" };
    const zhAdmin: Person = { id: uniqueId(), first_name: "李", language_code: "zh-hans" };
    const staff: Person = { id: uniqueId(), first_name: "Staff", language_code: "en" };
    const app = await appWithStaff(
      [`${enAdmin.id}:admin`, `${zhAdmin.id}:admin`, `${staff.id}:staff:371700`], // Heze
      { BROADCAST_APPROVAL_THRESHOLD: "5" },
    );
    // Both have talked to the bot; neither typed /language.
    await sayIn(app, enAdmin, { text: "/start" });
    await sayIn(app, zhAdmin, { text: "/start" });
    await seedPeople(6, { sets: [subscriptionKeys.sub("training", "371702")] }); // Mudan: nobody else subscribes there
    await sayIn(app, staff, { text: "/broadcast" });
    await sayIn(app, staff, { text: "Heze sewing course" });
    await pressIn(app, staff, "bc:skip");
    await pressIn(app, staff, "bc:rg");
    await pressIn(app, staff, "bcr:d:371702");
    await pressIn(app, staff, "bcr:ok:371700");
    await pressIn(app, staff, "bc:count");
    await pressIn(app, staff, "bc:now");
    await pressIn(app, staff, await buttonData(staff.id, "bc:go:"));
    expect((await latestBy(staff.id))?.status).toBe("approval");

    const en = (await textsFor(enAdmin.id)).at(-1) ?? "";
    expect(en).toContain("Approval needed");
    expect(en).toContain("to <b>6</b> recipients");
    const zh = (await textsFor(zhAdmin.id)).at(-1) ?? "";
    expect(zh).toContain("需要审批");
  });

  it("tells staff of a new application in Telegram's language when they never chose one", async () => {
    const enStaff: Person = { id: uniqueId(), first_name: "Weifang desk", language_code: "en" };
    const app = await appWithStaff([`${enStaff.id}:staff:370700`]);
    await sayIn(app, enStaff, { text: "/start" });
    const ref = await submitApplication(
      driver(async (update) => app.post(update)),
      zhUser(),
    );
    const notice = (await textsFor(enStaff.id)).find((t) => t.includes(ref)) ?? "";
    expect(notice).toContain(`New mentor application ${ref}`);
  });

  it("counts English speakers under « English » in a broadcast's language filter", async () => {
    const set = subscriptionKeys.sub("aid", "371703"); // Chengwu: nobody else subscribes there
    const english = await seedPeople(3, { sets: [set] });
    const chinese = await seedPeople(2, { sets: [set] });
    // Answered in English because Telegram says so; none of them typed /language.
    const pipe = redis.pipeline();
    for (const id of english) pipe.hset(keys.user(id), { lang: "en" });
    for (const id of [...english, ...chinese]) pipe.hdel(keys.user(id), "locale");
    for (const id of chinese) pipe.hset(keys.user(id), { lang: "zh-CN" });
    await pipe.exec();
    const deps = await engineDeps();
    const audience = (locales: ("zh-CN" | "en")[]) =>
      audienceSize(deps, { kind: "subscribers", topics: ["aid"], regions: ["371703"], locales });
    expect(await audience(["en"])).toBe(3);
    expect(await audience(["zh-CN"])).toBe(2);
  });

  // Issue 14 (11): 100 Weifang subscribers whose Telegram is in English, who are answered in English,
  // were counted as 0 under "English" and under "中文". Here they arrive as such women do: through
  // Telegram (a poster's link), never typing /language, and staff count them on the /broadcast screen.
  it("counts 100 English-Telegram subscribers of Weifang under « English » on the staff's screen", async () => {
    const staff: Person = { id: uniqueId(), first_name: "Weifang desk", language_code: "en" };
    const app = await appWithStaff([`${staff.id}:staff:370700`]);
    const counted = async (lang: "en" | "zh-CN" | "all") => {
      await sayIn(app, staff, { text: "/broadcast" });
      await sayIn(app, staff, { text: "Job fair next week" });
      await pressIn(app, staff, "bc:skip");
      await pressIn(app, staff, `bc:l:${lang}`);
      await pressIn(app, staff, "bc:count");
      const shown = (await textsFor(staff.id)).at(-1) ?? "";
      const count = shown.includes("Nobody matches this choice")
        ? "0"
        : /go to <b>([\d,]+)<\/b>/.exec(shown)?.[1];
      await pressIn(app, staff, "bc:quit");
      return Number(count?.replace(/,/g, "") ?? Number.NaN);
    };
    const before = { en: await counted("en"), zh: await counted("zh-CN"), all: await counted("all") };
    const people: Person[] = Array.from({ length: 100 }, (_, i) => ({
      id: uniqueId(),
      first_name: `Reader ${i}`,
      language_code: i % 2 ? "en" : "en-GB",
    }));
    for (const p of people) await say(p, posterLink(p));
    // Answered in English, with no language of her own choosing stored.
    expect((await textsFor(people[7]!.id)).at(-1)).toContain("You are now subscribed to job-fair");
    for (const p of people.slice(0, 5)) expect(await redis.hget(keys.user(p.id), "locale")).toBeNull();
    expect(await counted("en")).toBe(before.en + 100);
    expect(await counted("zh-CN")).toBe(before.zh);
    expect(await counted("all")).toBe(before.all + 100);
  });
});

describe("the language of a reply when the update carries no language_code", () => {
  it("answers in Telegram's language as last seen, not in Chinese", async () => {
    const id = uniqueId();
    await say({ id, first_name: "Emma", language_code: "en" }, "/start");
    // language_code is optional in Telegram's User: a later update may come without it.
    await say({ id, first_name: "Emma" }, "/help");
    const help = (await textsFor(id)).at(-1) ?? "";
    expect(help).toMatch(/Jinguo commands/);
    // With no language ever seen, the default stays Chinese.
    const stranger = uniqueId();
    await say({ id: stranger, first_name: "Li" }, "/help");
    expect((await textsFor(stranger)).at(-1)).toMatch(/命令/);
  });
});
