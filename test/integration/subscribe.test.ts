import { describe, expect, it } from "vitest";
import chatMemberFixture from "../fixtures/chat-member.json";
import { answersTo, callsFor, chatLog, textsFor } from "../support/emulator.ts";
import { type Person, postWebhook, press, redis, say, uniqueId } from "../support/worker.ts";

const zhUser = (): Person => ({ id: uniqueId(), first_name: "小红", language_code: "zh-hans" });
const enUser = (): Person => ({ id: uniqueId(), first_name: "Mary", language_code: "en" });
// The client JSON-parses hash values ("370700" → 370700): compare as stored, as strings.
const user = async (p: Person) => {
  const raw = await redis.hgetall<Record<string, unknown>>(`jg:user:${p.id}`);
  return raw ? Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, String(v)])) : null;
};
const inSet = async (p: Person, topic: string, code: string) =>
  (await redis.sismember(`jg:sub:${topic}:${code}`, p.id)) === 1;
const lastText = async (p: Person) => (await textsFor(p.id)).at(-1) ?? "";
const lastButtons = async (p: Person) => {
  const log = (await chatLog(p.id)).filter((m) => m.outgoing);
  return JSON.stringify(log.at(-1)?.message.reply_markup ?? {});
};

describe("deep-link subscribe", () => {
  it("/start sub_370700 subscribes to Weifang's job fairs, records consent and source, and can be undone", async () => {
    const p = zhUser();
    await say(p, "/start sub_370700");
    expect(await lastText(p)).toContain("潍坊市");
    expect(await lastText(p)).toContain("招聘会");
    expect(await lastButtons(p)).toContain("sub:undo:370700");
    expect(await lastButtons(p)).toContain("sub:start");
    const stored = await user(p);
    expect(stored).toMatchObject({
      regions: "370700",
      topics: "fairs",
      source: "sub_370700",
      status: "active",
    });
    expect(Number(stored?.consent_v)).toBe(1);
    expect(Number(stored?.consent_at)).toBeGreaterThan(Date.now() - 60_000);
    expect(await inSet(p, "fairs", "370700")).toBe(true);

    await press(p, "sub:undo:370700");
    expect(await lastText(p)).toContain("已撤销");
    expect(await inSet(p, "fairs", "370700")).toBe(false);
    expect((await user(p))?.regions).toBeUndefined();
  });

  it("confirms in English for an English user, naming the region, and adds to what she had", async () => {
    const p = enUser();
    await say(p, "/start sub_370523");
    await say(p, "/start sub_370700");
    expect(await lastText(p)).toContain("job-fair alerts for <b>Weifang</b>");
    expect((await user(p))?.regions).toBe("370523,370700");
    await say(p, "/start sub_370700");
    expect(await lastText(p)).toContain("already subscribed");
  });

  it("answers an unknown or malformed code with a clear message and stores nothing", async () => {
    for (const payload of ["sub_999900", "sub_abc", "sub_3707001"]) {
      const p = enUser();
      await say(p, `/start ${payload}`);
      expect(await lastText(p)).toContain("does not exist");
      expect((await user(p))?.regions).toBeUndefined();
    }
  });
});

describe("subscribing with buttons and typed answers", () => {
  it("pages cities, picks districts, toggles topics and saves the sets", async () => {
    const p = zhUser();
    await say(p, "/subscribe");
    expect(await lastButtons(p)).toContain("sub:pc:1");
    await press(p, "sub:pc:1");
    expect(await lastButtons(p)).toContain("sub:c:371700"); // Heze is on the second page
    await press(p, "sub:pc:0");
    await press(p, "sub:c:370500");
    expect(await lastText(p)).toContain("东营市");
    await press(p, "sub:d:370523");
    await press(p, "sub:d:370502");
    await press(p, "sub:d:370502"); // a second press deselects
    expect(await lastButtons(p)).toContain("✅ 5 广饶县");
    await press(p, "sub:ok:370500");
    expect(await lastButtons(p)).toContain("✅ 1 招聘会"); // job fairs on by default
    await press(p, "sub:t:training");
    await press(p, "sub:t:ok");
    expect(await lastText(p)).toContain("订阅成功");
    expect(await lastText(p)).toContain("东营市 · 广饶县");
    expect(await user(p)).toMatchObject({ regions: "370523", topics: "fairs,training", source: "subscribe" });
    expect(await inSet(p, "fairs", "370523")).toBe(true);
    expect(await inSet(p, "training", "370523")).toBe(true);
    expect(await inSet(p, "fairs", "370502")).toBe(false);
  });

  it("stays on the second page of districts when one there is ticked", async () => {
    const p = zhUser();
    await say(p, "/subscribe");
    await press(p, "sub:c:370700");
    await press(p, "sub:pd:370700:1");
    await press(p, "sub:d:370786");
    // Weifang has twelve districts, eight to a page: Changyi, the twelfth, is still in view, ticked.
    expect(await lastButtons(p)).toContain("✅ 12 昌邑市");
    expect(await lastButtons(p)).toContain("sub:d:370785");
    await press(p, "sub:ok:370700");
    await press(p, "sub:t:ok");
    expect(await user(p)).toMatchObject({ regions: "370786", topics: "fairs" });
  });

  it("accepts every choice typed by name or number, and asks again on a miss", async () => {
    const p = zhUser();
    await say(p, "/subscribe");
    await say(p, "北京");
    expect(await lastText(p)).toContain("没有找到“北京”");
    expect(await lastButtons(p)).toContain("sub:c:370100");
    await say(p, "潍坊");
    expect(await lastText(p)).toContain("潍坊市的区县");
    await say(p, "寿光、青州");
    expect(await lastText(p)).toContain("您想收到哪些消息");
    await say(p, "1 3");
    expect(await user(p)).toMatchObject({ regions: "370783,370781", topics: "fairs,training" });

    // A district named at the city step, and the city named at the district step.
    const r = zhUser();
    await say(r, "/subscribe");
    await say(r, "青州");
    expect(await lastText(r)).toContain("潍坊市 · 青州市");
    await say(r, "1");
    expect(await user(r)).toMatchObject({ regions: "370781", topics: "fairs" });
    const s = zhUser();
    await say(s, "/subscribe");
    await say(s, "潍坊");
    await say(s, "潍坊市");
    await say(s, "确定");
    expect(await user(s)).toMatchObject({ regions: "370700", topics: "fairs" });

    const q = enUser();
    await say(q, "/subscribe");
    await say(q, "5");
    await say(q, "all");
    await say(q, "Job fairs, aid");
    expect(await user(q)).toMatchObject({ regions: "370500", topics: "fairs,aid" });
    expect(await lastText(q)).toContain("Dongying");
    expect(await lastText(q)).toContain("Aid programmes");
  });

  it("/mysubs shows regions and topics in her language with change and stop buttons", async () => {
    const p = enUser();
    await say(p, "/mysubs");
    expect(await lastText(p)).toContain("no subscriptions");
    await say(p, "/start sub_370781");
    await say(p, "/mysubs");
    expect(await lastText(p)).toContain("Qingzhou City, Weifang");
    expect(await lastText(p)).toContain("Job fairs");
    const buttons = await lastButtons(p);
    for (const data of ["sub:start", "sub:topics", "sub:stop"]) expect(buttons).toContain(data);
    await press(p, "sub:topics");
    await press(p, "sub:t:business");
    await press(p, "sub:t:ok");
    expect(await user(p)).toMatchObject({ regions: "370781", topics: "fairs,business" });
  });
});

describe("stopping", () => {
  it("/stop and each stop word alone stop all alerts, keep nothing but what /mydata shows, and offer to resubscribe", async () => {
    for (const word of ["/stop", "退订", "取消订阅", "停止", "STOP!", "  Unsubscribe。 "]) {
      const p = zhUser();
      await say(p, "/start sub_370700");
      await press(p, "sub:start");
      await say(p, word);
      expect(await lastText(p)).toContain("已为您退订全部提醒");
      expect(await lastButtons(p)).toContain("sub:start");
      const stored = await user(p);
      expect(stored?.status).toBe("stopped");
      expect(stored?.regions).toBeUndefined();
      expect(stored?.topics).toBeUndefined();
      expect(await inSet(p, "fairs", "370700")).toBe(false);
    }
  });

  it("does not treat a sentence containing a stop word as a stop", async () => {
    const p = zhUser();
    await say(p, "/start sub_370700");
    await say(p, "stop the loan please");
    expect((await user(p))?.status).toBe("active");
    expect(await inSet(p, "fairs", "370700")).toBe(true);
  });

  it("marks a user who blocked the bot stopped without replying, and she can resume", async () => {
    const p = zhUser();
    await say(p, "/start sub_370700");
    const before = (await callsFor(p.id)).length;
    const update = structuredClone(chatMemberFixture);
    update.update_id = uniqueId();
    update.my_chat_member.chat.id = p.id;
    update.my_chat_member.from.id = p.id;
    expect((await postWebhook(update)).status).toBe(200);
    expect(await user(p)).toMatchObject({ status: "stopped", stopped_by: "blocked", regions: "370700" });
    expect(await callsFor(p.id)).toHaveLength(before);
    await say(p, "/mysubs");
    expect(await lastText(p)).toContain("已暂停");
    await press(p, "sub:resume");
    expect((await user(p))?.status).toBe("active");
  });
});

describe("bad input and privacy", () => {
  it("answers forged or stale presses with a notice and changes nothing", async () => {
    const p = enUser();
    await say(p, "/start sub_370700");
    const noForm = await press(p, "sub:t:fairs", { force: true });
    const badCity = await press(p, "sub:c:999900", { force: true });
    const notMine = await press(p, "sub:undo:370500", { force: true });
    for (const { callbackId } of [noForm, badCity, notMine]) {
      expect((await answersTo(callbackId))[0]?.params.text).toContain("expired");
    }
    await say(p, "/subscribe");
    const wrongLevel = await press(p, "sub:d:370700", { force: true });
    expect((await answersTo(wrongLevel.callbackId))[0]?.params.text).toContain("expired");
    expect(await user(p)).toMatchObject({ regions: "370700", topics: "fairs" });
  });

  it("/mydata shows the subscription and /delete removes her from every set", async () => {
    const p = enUser();
    await say(p, "/start sub_370700");
    await say(p, "/mydata");
    const mydata = await lastText(p);
    expect(mydata).toContain("潍坊市 Weifang (370700)");
    expect(mydata).toContain("Topic: Job fairs");
    expect(mydata).toContain("Source: sub_370700");
    await say(p, "/delete");
    await press(p, "del:yes");
    expect(await inSet(p, "fairs", "370700")).toBe(false);
    expect(await redis.keys(`jg:*${p.id}*`)).toEqual([]);
  });
});
