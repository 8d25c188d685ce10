/** Broadcasts to a mixed audience: each person once through her own channel, WeChat's window and template, unfollowed, limits, counts per channel. */
import { afterEach, describe, expect, it } from "vitest";
import { cancelBroadcast } from "../../src/broadcast/control.ts";
import { startBroadcast } from "../../src/broadcast/index.ts";
import { broadcastKeys } from "../../src/broadcast/keys.ts";
import { countsByChannel, readCounts } from "../../src/broadcast/record.ts";
import { defaultTuning } from "../../src/broadcast/tuning.ts";
import { WindowClosedError } from "../../src/channel/errors.ts";
import { catalog } from "../../src/features.ts";
import type { PersonId } from "../../src/people/id.ts";
import { erasePersonalData } from "../../src/privacy/registry.ts";
import { keys } from "../../src/store/keys.ts";
import { appWith, engineDeps, received, seedPeople, seedSet, waitForStatus } from "../support/broadcast.ts";
import { callsFor } from "../support/emulator.ts";
import { personOf, wx } from "../support/wechat.ts";
import { redis, uniqueId } from "../support/worker.ts";

afterEach(async () => {
  await wx.clearFaults();
});

/** A WeChat person who followed and wrote to the account (her 48-hour window is open). */
async function wechatPerson(): Promise<{ openid: string; id: PersonId }> {
  const { openid } = await wx.follow({ scene: "sub_370700" });
  await wx.send(openid, "你好");
  return { openid, id: personOf(openid) };
}

/** A WeChat person whose last word was more than 48 hours ago, for the account as for WeChat. */
async function quietWechatPerson(): Promise<{ openid: string; id: PersonId }> {
  const { openid } = await wx.follow({ scene: "sub_370700" });
  const id = personOf(openid);
  // She followed 49 hours ago and never wrote: both her record and WeChat's say the window is shut.
  const long = Date.now() - 49 * 3600_000;
  await redis.hset(keys.user(id), { wx_evt_at: long, created: long });
  return { openid, id };
}

async function start(ids: PersonId[], html: string, extra: Record<string, unknown> = {}) {
  const progressChatId = uniqueId();
  const { id } = await startBroadcast(await engineDeps(), {
    kind: "staff",
    author: 0,
    audience: { kind: "sets", keys: [await seedSet(ids as number[])] },
    content: { kind: "html", html },
    label: "mixed",
    progressChatId,
    ...extra,
  });
  return { id, progressChatId };
}

const outgoing = async (openid: string) => (await wx.messages(openid)).filter((m) => m.direction === "out");

describe("a broadcast to a mixed audience", () => {
  it("reaches each person exactly once through her own channel; outside her window by template; an unfollowed person becomes stopped", async () => {
    const telegram = await seedPeople(3);
    const inside = await wechatPerson();
    const outside = await quietWechatPerson();
    const left = await wechatPerson();
    // She unfollowed, but WeChat's unsubscribe push never reached the Worker: the send finds out (43004).
    await wx.build("unfollow", { openid: left.openid });
    const before = {
      inside: (await outgoing(inside.openid)).length,
      outside: (await outgoing(outside.openid)).length,
    };
    const html =
      '<b>春风送岗</b>招聘会本周六在潍坊举行\n地点：潍坊市人力资源市场 <a href="https://example.org/fair">详情</a>';
    const { id, progressChatId } = await start([...telegram, inside.id, outside.id, left.id], html);
    const { r, counts } = await waitForStatus(id, ["done"]);

    expect([...(await received(telegram)).values()]).toEqual([1, 1, 1]);
    const toInside = (await outgoing(inside.openid)).slice(before.inside);
    expect(toInside.map((m) => m.via)).toEqual(["custom"]);
    expect(toInside[0]!.text).toContain("春风送岗招聘会本周六在潍坊举行");
    expect(toInside[0]!.text).toContain("详情：https://example.org/fair");
    expect(toInside[0]!.text).not.toMatch(/<b>|<a /);
    const toOutside = (await outgoing(outside.openid)).slice(before.outside);
    expect(toOutside.map((m) => m.via)).toEqual(["template"]);
    expect(toOutside[0]!.template).toMatchObject({
      template_id: "tpl-notice-0001",
      url: "https://example.org/fair",
      data: { thing1: { value: "春风送岗招聘会本周六在潍坊举行" } },
    });
    expect([...toOutside[0]!.template!.data.thing2!.value].length).toBeLessThanOrEqual(20);
    // No customer-service call was wasted on her: the account knew her window was shut.
    expect(await wx.calls({ api: "message/custom/send", openid: outside.openid })).toEqual([]);
    expect(await outgoing(left.openid).then((m) => m.filter((x) => x.via !== "passive"))).toEqual([]);
    expect(await redis.hgetall(keys.user(left.id))).toMatchObject({
      status: "stopped",
      stopped_by: "blocked",
    });
    // Telegram never heard of the WeChat people.
    for (const p of [inside, outside, left]) expect(await callsFor(p.id as unknown as number)).toEqual([]);

    expect(r.total).toBe(6);
    expect(counts).toMatchObject({ sent: 5, blocked: 1, failed: 0, skipped: 0 });
    expect(countsByChannel(counts, r.total)).toEqual({
      telegram: { total: 3, sent: 3, blocked: 0, failed: 0, skipped: 0, erased: 0 },
      wechat: { total: 3, sent: 2, template: 1, blocked: 1, failed: 0, skipped: 0, erased: 0 },
    });
    const report = String((await callsFor(progressChatId, "sendMessage")).at(-1)?.params.text);
    expect(report).toContain("Telegram：送达 3/3");
    expect(report).toContain("微信：送达 2/3（其中模板消息 1）· 取消关注：1");
    const audit = await redis.xrevrange("jg:audit", "+", "-", 20);
    const entry = Object.values(audit).find((e) => (e as Record<string, unknown>).id === id) as Record<
      string,
      unknown
    >;
    expect(entry).toMatchObject({ wechat_total: 3, wechat_sent: 2, wechat_template: 1, wechat_blocked: 1 });

    // Sending again (a resume pages the recipients again): everyone handled is skipped.
    const { beginSending } = await import("../../src/broadcast/launch.ts");
    await redis.hset(broadcastKeys.record(id), { status: "paused" });
    await beginSending(await engineDeps(), id, ["paused"]);
    await waitForStatus(id, ["done"]);
    expect([...(await received(telegram)).values()]).toEqual([1, 1, 1]);
    expect((await outgoing(inside.openid)).slice(before.inside)).toHaveLength(1);
    expect((await outgoing(outside.openid)).slice(before.outside)).toHaveLength(1);
  });

  it("counts a WeChat recipient who erases her data as erased, on WeChat's side", async () => {
    const telegram = await seedPeople(1);
    const her = await wechatPerson();
    const { id } = await start([...telegram, her.id], "通知");
    const { r } = await waitForStatus(id, ["done"]);
    await erasePersonalData(catalog.privacy, redis, her.id);
    const counts = await readCounts(redis, id);
    expect(counts).toMatchObject({ sent: 1, erased: 1 });
    expect(counts.wechat).toMatchObject({ total: 0, sent: 0, erased: 1 });
    expect(countsByChannel(counts, r.total)).toEqual({
      telegram: { total: 1, sent: 1, blocked: 0, failed: 0, skipped: 0, erased: 0 },
      wechat: { total: 1, sent: 0, template: 0, blocked: 0, failed: 0, skipped: 0, erased: 1 },
    });
  });

  it("falls back to the template when WeChat says the window closed (45015) or is used up (45047)", async () => {
    const closed = await wechatPerson();
    const used = await wechatPerson();
    await wx.fault({ errcode: 45015, api: "custom", openid: closed.openid });
    await wx.fault({ errcode: 45047, api: "custom", openid: used.openid });
    const { id } = await start([closed.id, used.id], "<b>提醒</b>明天招聘会别忘了");
    const { counts } = await waitForStatus(id, ["done"]);
    expect(counts.wechat).toMatchObject({ total: 2, sent: 2, template: 2 });
    for (const p of [closed, used]) {
      const sent = (await outgoing(p.openid)).filter((m) => m.via === "template" || m.via === "custom");
      expect(sent.map((m) => m.via)).toEqual(["template"]);
      // The account no longer counts on her window until she writes again.
      expect(await redis.hget(keys.user(p.id), "wx_msg_used")).toBe(5);
    }
  });

  it("refuses a WeChat send outside her window when no template is configured: nothing reaches her", async () => {
    const { runtime } = await appWith({ WECHAT_TEMPLATES: "" });
    const quiet = await quietWechatPerson();
    const sent = runtime.channel.send(quiet.id, { html: "通知", notice: { kind: "staff" } });
    await expect(sent).rejects.toBeInstanceOf(WindowClosedError);
    await expect(sent).rejects.toThrow(/no template is configured for "staff"/);
    expect(await wx.calls({ api: "message/template/send", openid: quiet.openid })).toEqual([]);
  });

  it("stops a misconfigured channel's part after its first refusals (40164), and counts it failed with the fix", async () => {
    const people = await Promise.all(Array.from({ length: 8 }, () => wechatPerson()));
    const telegram = await seedPeople(2);
    await wx.fault({ errcode: 40164, api: "custom", count: 20 });
    const before = await wx.lastSeq();
    const { id } = await start([...telegram, ...people.map((p) => p.id)], "通知");
    const { counts } = await waitForStatus(id, ["done"]);
    expect(counts).toMatchObject({ sent: 2, failed: 8 });
    expect(counts.wechat).toMatchObject({ total: 8, sent: 0, failed: 8 });
    // Only the sends already under way when the first refusal came back reached WeChat.
    const calls = await wx.calls({ api: "message/custom/send", since: before });
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.length).toBeLessThanOrEqual(defaultTuning.concurrency);
    const reasons = Object.values(
      (await redis.hgetall<Record<string, string>>(broadcastKeys.failed(id))) ?? {},
    );
    expect(reasons).toHaveLength(8);
    expect(reasons.every((why) => /whitelist/.test(why))).toBe(true);
  });

  it("lets WeChat's part wait for its daily limit (45009) while Telegram's goes on, and says so", async () => {
    const telegram = await seedPeople(3);
    const people = [await wechatPerson(), await wechatPerson()];
    await wx.fault({ errcode: 45009, api: "custom", count: 10 });
    const { id, progressChatId } = await start([...telegram, ...people.map((p) => p.id)], "通知");
    try {
      const until = Date.now() + 20_000;
      let waiting = 0;
      while (Date.now() < until) {
        waiting = Number(await redis.hget(broadcastKeys.record(id), "wx_wait_until"));
        if (waiting && [...(await received(telegram)).values()].every((n) => n === 1)) break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      // Until midnight in Beijing: at most a day, at least a moment.
      expect(waiting - Date.now()).toBeGreaterThan(0);
      expect(waiting - Date.now()).toBeLessThanOrEqual(86_400_000);
      expect([...(await received(telegram)).values()]).toEqual([1, 1, 1]);
      const consumer = await redis.hgetall<Record<string, unknown>>(broadcastKeys.consumer());
      expect(Number(consumer?.["throttle_until:wechat"])).toBe(waiting);
      expect(Number(consumer?.throttle_until ?? 0)).toBeLessThan(waiting);
      const { r } = await waitForStatus(id, ["sending"]);
      expect(r.status).toBe("sending");
      const { editProgress } = await import("../../src/broadcast/finish.ts");
      const { readCounts } = await import("../../src/broadcast/record.ts");
      if (r.progress_msg !== undefined) {
        await editProgress(await engineDeps(), r, await readCounts(redis, id));
        const shown = (await callsFor(progressChatId)).filter((c) => c.method === "editMessageText").at(-1);
        expect(String(shown?.params.text)).toContain("微信今日发送上限已到");
      }
    } finally {
      await cancelBroadcast(await engineDeps(), id, 0);
      await redis.hdel(broadcastKeys.consumer(), "throttle_until:wechat");
    }
  });
});
