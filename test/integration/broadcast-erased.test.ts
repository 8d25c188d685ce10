/**
 * Issue 14 (12): a finished broadcast read « 已完成 ▓▓▓▓▓░░░░░ 50% · 1/2 » (and "pending 1" in the
 * simulator) after one recipient used /delete. Someone who erased her data is counted as erased, and
 * a finished broadcast shows 100% wherever it is shown: /broadcasts, the progress message, the report
 * and the simulator's Broadcasts panel. Erasure before her turn and after she was sent are both tried.
 */
import { describe, expect, it } from "vitest";
import { readBroadcasts } from "../../dev/simulator/server/broadcasts.ts";
import { startBroadcast } from "../../src/broadcast/index.ts";
import { listBroadcasts } from "../../src/broadcast/list.ts";
import { progressLine } from "../../src/broadcast/progress.ts";
import { readCounts, readRecord } from "../../src/broadcast/record.ts";
import type { Channel } from "../../src/channel/types.ts";
import { ADMIN, engineDeps, lastText, seedPeople, seedSet } from "../support/broadcast.ts";
import { captureQueue, drain } from "../support/broadcast-queue.ts";
import { textsFor } from "../support/emulator.ts";
import { type Person, press, redis, say } from "../support/worker.ts";

const erase = async (id: number) => {
  const p: Person = { id, first_name: "她", language_code: "zh-hans" };
  await say(p, "/delete");
  await press(p, "del:yes");
  expect(await lastText(id)).toContain("已全部删除");
};

async function expectFinishedAtFull(id: string, total: number, erased: number) {
  const counts = await readCounts(redis, id);
  expect(counts.erased).toBe(erased);
  const r = await readRecord(redis, id);
  expect(r?.status).toBe("done");
  expect(r?.total).toBe(total);
  // /broadcasts (the same line the progress message shows).
  const listed = (await listBroadcasts(redis, { id: ADMIN.id, role: "admin", region: null }, 20)).find(
    (b) => b.r.id === id,
  );
  expect(listed).toBeDefined();
  const deps = await engineDeps();
  for (const locale of ["zh-CN", "en"] as const) {
    const line = progressLine(deps.i18n, locale, listed!.counts, listed!.r.total);
    expect(line).toContain("▓▓▓▓▓▓▓▓▓▓ 100%");
    expect(line).toContain(`${total}/${total}`);
  }
  expect(progressLine(deps.i18n, "zh-CN", listed!.counts, listed!.r.total)).toContain(
    `${erased} 人已删除数据`,
  );
  // The simulator's Broadcasts panel.
  const panel = (await readBroadcasts(redis, [], 20)).find((b) => b.id === id);
  expect(panel?.pending).toBe(0);
  expect(panel?.counts.erased).toBe(erased);
}

describe("a recipient who erases her data during or after a broadcast", () => {
  it("after she was sent it: the finished broadcast still reads 100% · 2/2, one erased", async () => {
    const base = await engineDeps();
    const { bodies, queue } = captureQueue();
    const people = await seedPeople(2);
    const deps = { ...base, queue };
    const { id } = await startBroadcast(deps, {
      kind: "system",
      author: ADMIN.id,
      audience: { kind: "sets", keys: [await seedSet(people)] },
      content: { kind: "html", html: "通知" },
      label: "erased after",
    });
    await drain(deps, bodies, id);
    expect((await readCounts(redis, id)).sent).toBe(2);
    await erase(people[0]!);
    await expectFinishedAtFull(id, 2, 1);
    // /broadcasts as the admin sees it.
    await say(ADMIN, "/broadcasts");
    const list = (await textsFor(ADMIN.id)).at(-1) ?? "";
    expect(list).toContain("erased after");
    expect(list).not.toMatch(/erased after[^\n]*\n[^\n]*50%/);
  });

  it("before her turn: the broadcast ends at 100% · 3/3 with the report counting her erased", async () => {
    const base = await engineDeps();
    const { bodies, queue } = captureQueue();
    const people = await seedPeople(3);
    let erasedOne: number | undefined;
    const channel: Channel = {
      ...base.channel,
      async send(chatId, message) {
        // Her /delete arrives while the broadcast is going out, before her page.
        if (erasedOne === undefined && people.includes(Number(chatId))) {
          erasedOne = people.find((p) => p !== Number(chatId))!;
          await erase(erasedOne);
        }
        return base.channel.send(chatId, message);
      },
    };
    // One recipient a page (a page is a second of sending): her /delete lands between pages.
    const deps = { ...base, queue, channel, config: { ...base.config, BROADCAST_RATE: 1 } };
    const { id } = await startBroadcast(deps, {
      kind: "system",
      author: ADMIN.id,
      audience: { kind: "sets", keys: [await seedSet(people)] },
      content: { kind: "html", html: "通知" },
      label: "erased before",
      progressChatId: ADMIN.id,
      locale: "en",
    });
    await drain(deps, bodies, id, { pageSize: 1, concurrency: 1 });
    expect(erasedOne).toBeDefined();
    expect(await redis.sismember(`jg:bc:${id}:done`, erasedOne!)).toBe(0);
    await expectFinishedAtFull(id, 3, 1);
    const texts = await textsFor(ADMIN.id);
    const report =
      texts.findLast((t) => t.includes("erased before") && t.includes("Broadcast finished")) ?? "";
    expect(report).toContain("1 erased their data");
    const progress = texts.findLast((t) => t.includes("erased before") && t.includes("%")) ?? "";
    expect(progress).toContain("100% · 3/3");
  });
});
