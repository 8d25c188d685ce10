import { describe, expect, it } from "vitest";
import { startBroadcast } from "../../src/broadcast/index.ts";
import { broadcastKeys } from "../../src/broadcast/keys.ts";
import { defaultTuning } from "../../src/broadcast/tuning.ts";
import { keys } from "../../src/store/keys.ts";
import { engineDeps, received, seedPeople, seedSet, sendsTo, waitForStatus } from "../support/broadcast.ts";
import { callsFor, injectFault, setBlocked } from "../support/emulator.ts";
import { redis, uniqueId } from "../support/worker.ts";

const html = (label: string) => ({ kind: "html" as const, html: `<b>${label}</b> announcement` });

async function start(audienceKeys: string[], label: string, extra: Record<string, unknown> = {}) {
  const progressChatId = uniqueId();
  const { id } = await startBroadcast(await engineDeps(), {
    kind: "system",
    author: 0,
    audience: { kind: "sets", keys: audienceKeys },
    content: html(label),
    label,
    progressChatId,
    ...extra,
  });
  return { id, progressChatId };
}

describe("delivery through the queue", () => {
  it("sends each recipient one message, and the final counts equal what Telegram recorded", async () => {
    const people = await seedPeople(12);
    const stopped = await seedPeople(2, { status: "stopped" });
    const set = await seedSet([...people, ...stopped, people[0]!]);
    const { id, progressChatId } = await start([set, await seedSet(people.slice(0, 3))], "counts");
    const { r, counts } = await waitForStatus(id, ["done"]);
    const got = await received([...people, ...stopped]);
    expect(people.map((p) => got.get(p))).toEqual(people.map(() => 1));
    expect(stopped.map((p) => got.get(p))).toEqual([0, 0]);
    expect(r.total).toBe(12);
    expect(counts).toEqual({ sent: 12, blocked: 0, failed: 0, skipped: 0, erased: 0 });
    const report = (await callsFor(progressChatId, "sendMessage")).at(-1);
    // System broadcasts report in the default language.
    expect(String(report?.params.text)).toContain("送达：12 · 屏蔽了机器人：0 · 失败：0");
    expect(String(report?.params.text)).toMatch(/用时 \d+秒/);
    // Every edit of the progress message changes it: Telegram refuses one that repeats what it shows.
    const edits = await callsFor(progressChatId, "editMessageText");
    expect(edits.length).toBeGreaterThan(0);
    expect(edits.filter((c) => !c.response?.ok)).toEqual([]);
  });

  it("waits out a 429's retry_after for the whole broadcast, and nobody is lost", async () => {
    const people = await seedPeople(8);
    const { id } = await start([await seedSet(people)], "flood");
    // The third recipient's first send is refused with retry_after 2.
    const victim = people[2]!;
    await injectFault({ kind: "429", count: 1, retry_after: 2, chat_id: victim });
    await waitForStatus(id, ["done"]);
    const got = await received(people);
    expect([...got.values()]).toEqual(people.map(() => 1));
    const refused = (await sendsTo(victim)).find((c) => c.response?.error_code === 429);
    if (!refused) throw new Error("the injected 429 was never hit");
    // The engine sends a few at once: those already on their way when the 429 came back may land
    // just after it (the emulator logs a call when it answers). Nothing else went to anyone of this
    // broadcast in the 2 s after the 429, and her own retry waited it out.
    const after = (await Promise.all(people.map(sendsTo))).flat().filter((c) => c.seq > refused.seq);
    const inFlight = after.filter((c) => c.at - refused.at < 500);
    expect(inFlight.length).toBeLessThanOrEqual(defaultTuning.concurrency - 1);
    const later = after.filter((c) => c.at - refused.at >= 500);
    expect(later.length).toBeGreaterThan(0);
    expect(Math.min(...later.map((c) => c.at)) - refused.at).toBeGreaterThanOrEqual(1900);
    const retry = (await sendsTo(victim)).find((c) => c.seq > refused.seq);
    expect((retry?.at ?? 0) - refused.at).toBeGreaterThanOrEqual(1900);
  });

  it("marks 403 and 'chat not found' recipients stopped and leaves them out of later sends", async () => {
    const people = await seedPeople(5);
    const [blocked, gone] = [people[1]!, people[3]!];
    await setBlocked(blocked, true);
    await setBlocked(gone, true, "not_found");
    const set = await seedSet(people);
    const first = await start([set], "blocked");
    const { counts } = await waitForStatus(first.id, ["done"]);
    expect(counts).toMatchObject({ sent: 3, blocked: 2 });
    for (const id of [blocked, gone]) {
      expect(await redis.hget(keys.user(id), "status")).toBe("stopped");
      expect(await redis.hget(keys.user(id), "stopped_by")).toBe("blocked");
    }
    const second = await start([set], "after-block");
    const later = await waitForStatus(second.id, ["done"]);
    expect(later.r.total).toBe(3);
    expect((await sendsTo(blocked)).length).toBe(1);
    expect((await sendsTo(gone)).length).toBe(1);
    await setBlocked(blocked, false);
    await setBlocked(gone, false);
  });

  it("retries 5xx with backoff, then counts the recipient failed with the reason", async () => {
    const people = await seedPeople(4);
    const [flaky, broken] = [people[0]!, people[1]!];
    await injectFault({ kind: "5xx", count: 2, status: 502, chat_id: flaky });
    await injectFault({ kind: "5xx", count: 10, status: 500, chat_id: broken });
    const { id } = await start([await seedSet(people)], "5xx");
    const { counts } = await waitForStatus(id, ["done"]);
    expect(counts).toMatchObject({ sent: 3, failed: 1 });
    expect((await sendsTo(flaky)).map((c) => c.response?.ok)).toEqual([false, false, true]);
    expect((await sendsTo(broken)).length).toBe(4); // one attempt and three retries
    const reason = await redis.hget(broadcastKeys.failed(id), String(broken));
    expect(String(reason)).toContain("Internal Server Error");
  });

  it("edits the progress message every few seconds while sending", async () => {
    const people = await seedPeople(110);
    const { id, progressChatId } = await start([await seedSet(people)], "progress");
    await waitForStatus(id, ["done"], 60_000);
    const edits = await callsFor(progressChatId, "editMessageText");
    expect(edits.length).toBeGreaterThanOrEqual(2);
    const texts = (await callsFor(progressChatId, "editMessageText")).map((c) => String(c.params.text));
    expect(texts.some((t) => /[▓░]{10} \d{1,2}% · \d+\/110 · 0 /.test(t))).toBe(true);
    expect(texts.at(-1)).toContain("110/110");
    // Edits while sending are at least ~3 s apart (the last one is the final state).
    const sending = edits.slice(0, -1);
    for (let i = 1; i < sending.length; i++)
      expect(sending[i]!.at - sending[i - 1]!.at).toBeGreaterThan(2500);
  }, 60_000);
});

describe("the engine's entry point for other features", () => {
  it("takes an async page source, renders a named template per recipient language, and starts once per key", async () => {
    const zh = await seedPeople(2, { locale: "zh-CN" });
    const en = await seedPeople(2, { locale: "en" });
    async function* pages() {
      yield [zh[0]!, en[0]!];
      yield [zh[1]!, en[1]!, zh[0]!];
    }
    const spec = {
      kind: "fair-reminder" as const,
      author: 0,
      audience: { kind: "pages" as const, pages: pages() },
      content: {
        kind: "template" as const,
        template: "message",
        params: {
          key: "sub-link-done",
          args: { region: "Weifang <潍坊>" },
          buttons: [[{ key: "sub-button-undo", args: {}, callback: "fair:x:1" }]],
        },
      },
      label: "fair reminder",
      idempotencyKey: `fair-reminder:${uniqueId()}`,
    };
    const first = await startBroadcast(await engineDeps(), spec);
    await waitForStatus(first.id, ["done"]);
    const again = await startBroadcast(await engineDeps(), {
      ...spec,
      audience: { kind: "sets", keys: ["jg:x"] },
    });
    expect(again).toMatchObject({ id: first.id, existing: true });
    const zhSent = (await sendsTo(zh[0]!))[0]!;
    const enSent = (await sendsTo(en[0]!))[0]!;
    expect(String(zhSent.params.text)).toContain("Weifang &lt;潍坊&gt;");
    expect(String(zhSent.params.text)).toMatch(/[订阅]/);
    expect(String(enSent.params.text)).toContain("You are now subscribed");
    expect(JSON.stringify(enSent.params.reply_markup)).toContain("fair:x:1");
    expect([...(await received([...zh, ...en])).values()]).toEqual([1, 1, 1, 1]);
  });
});
