import { env } from "cloudflare:workers";
import { Composer } from "grammy";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import { createRuntime } from "../../src/runtime.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import chatMemberFixture from "../fixtures/chat-member.json";
import pollFixture from "../fixtures/poll.json";
import { answersTo, callsFor, textsFor } from "../support/emulator.ts";
import { messageUpdate, type Person, postWebhook, press, redis, say, uniqueId } from "../support/worker.ts";

const zhUser = (): Person => ({ id: uniqueId(), first_name: "小红", language_code: "zh-hans" });
const enUser = (): Person => ({ id: uniqueId(), first_name: "Mary", language_code: "en" });

describe("webhook", () => {
  it("answers /healthz with JSON", async () => {
    const { exports } = await import("cloudflare:workers");
    const res = await exports.default.fetch("http://jinguo.test/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true });
  });

  it("rejects a wrong or missing secret with 401 and the bot never sees the update", async () => {
    const person = zhUser();
    const update = messageUpdate(person, "/start");
    expect((await postWebhook(update, "wrong-secret")).status).toBe(401);
    expect((await postWebhook(update, null)).status).toBe(401);
    expect(await callsFor(person.id)).toEqual([]);
    expect(await redis.exists(`jg:dedupe:${update.update_id}`)).toBe(0);
    expect(await redis.exists(`jg:user:${person.id}`)).toBe(0);
  });

  it("answers 400 to a body that is not JSON, and to JSON that is not an update", async () => {
    expect((await postWebhook("{not json")).status).toBe(400);
    expect((await postWebhook({ hello: "world" })).status).toBe(400);
  });

  it("answers 200 and stays silent for update kinds it does not handle", async () => {
    const poll = { ...pollFixture, update_id: uniqueId() };
    const member = structuredClone(chatMemberFixture);
    const person = zhUser();
    member.update_id = uniqueId();
    member.my_chat_member.chat.id = person.id;
    member.my_chat_member.from.id = person.id;
    expect((await postWebhook(poll)).status).toBe(200);
    expect((await postWebhook(member)).status).toBe(200);
    expect(await callsFor(person.id)).toEqual([]);
  });

  it("handles a redelivered update once: one reply, no second change", async () => {
    const person = zhUser();
    const update = messageUpdate(person, "/start");
    expect((await postWebhook(update)).status).toBe(200);
    expect((await postWebhook(update)).status).toBe(200);
    expect(await callsFor(person.id, "sendMessage")).toHaveLength(1);
  });

  it("replies politely in the user's language when a handler throws, and still answers 200", async () => {
    const boom = new Composer<BotContext>();
    boom.hears("boom", () => {
      throw new Error("handler exploded for 13812345678");
    });
    const runtime = await createRuntime(env as never, { extraFeatures: [boom] });
    const app = createApp(async () => runtime);
    const person = enUser();
    const res = await app.fetch(
      new Request("http://jinguo.test/telegram/webhook", {
        method: "POST",
        headers: { "X-Telegram-Bot-Api-Secret-Token": runtime.config.TELEGRAM_WEBHOOK_SECRET },
        body: JSON.stringify(messageUpdate(person, "boom")),
      }),
      env,
    );
    expect(res.status).toBe(200);
    const [text] = await textsFor(person.id);
    expect(text).toContain("Sorry, something went wrong");
  });
});

describe("welcome and language", () => {
  it("welcomes in Chinese for zh-hans and in English for en", async () => {
    const zh = zhUser();
    const en = enUser();
    await say(zh, "/start");
    await say(en, "/start");
    const [zhText] = await textsFor(zh.id);
    const [enText] = await textsFor(en.id);
    expect(zhText).toContain("巾帼助手");
    expect(zhText).toContain("小红");
    expect(enText).toContain("Hello Mary");
    const [call] = await callsFor(en.id, "sendMessage");
    const keyboard = JSON.stringify(call?.params.reply_markup);
    expect(keyboard).toContain("menu:subscribe");
    expect(keyboard).toContain("menu:mentor");
    expect(keyboard).toContain("menu:faq");
    expect(keyboard).toContain("menu:language");
  });

  it("escapes HTML in a first name", async () => {
    const person: Person = { id: uniqueId(), first_name: '<b>x</b> & "y"', language_code: "en" };
    await say(person, "/start");
    const [call] = await callsFor(person.id, "sendMessage");
    expect(call?.response?.ok).toBe(true);
    expect(call?.params.text).toContain("&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;");
  });

  it("stores a language chosen with a button or /language en, and uses it from then on", async () => {
    const person = zhUser();
    await say(person, "/language");
    const [chooser] = await callsFor(person.id, "sendMessage");
    expect(JSON.stringify(chooser?.params.reply_markup)).toContain("lang:en");
    await press(person, "lang:en");
    expect(await redis.hget(`jg:user:${person.id}`, "locale")).toBe("en");
    await say(person, "/start");
    expect((await textsFor(person.id)).at(-1)).toContain("Hello");

    await say(person, "/language zh");
    expect(await redis.hget(`jg:user:${person.id}`, "locale")).toBe("zh-CN");
    await say(person, "/help");
    expect((await textsFor(person.id)).at(-1)).toContain("可用命令");
  });

  it("falls back to the menu for text it does not understand", async () => {
    const person = enUser();
    await say(person, "/nonsense");
    const [call] = await callsFor(person.id, "sendMessage");
    expect(call?.params.text).toContain("did not understand");
    expect(JSON.stringify(call?.params.reply_markup)).toContain("menu:faq");
  });

  it("answers a stale or forged button with a notice and changes nothing", async () => {
    const person = enUser();
    await say(person, "/language");
    const forged = await press(person, "lang:xx", { force: true });
    const unknown = await press(person, "no-such-button", { force: true });
    expect(forged.res.status).toBe(200);
    expect((await answersTo(forged.callbackId))[0]?.params.text).toContain("expired");
    expect((await answersTo(unknown.callbackId))[0]?.params.text).toContain("expired");
    expect(await redis.hget(`jg:user:${person.id}`, "locale")).toBeNull();
  });
});

describe("privacy", () => {
  it("/mydata shows what is stored and /delete erases every key of the user", async () => {
    const person = enUser();
    await say(person, "/language en");
    await say(person, "/mydata");
    const mydata = (await textsFor(person.id)).at(-1) ?? "";
    expect(mydata).toContain("Everything we store");
    expect(mydata).toContain("Language: en");
    await say(person, "/delete");
    expect((await textsFor(person.id)).at(-1)).toContain("Delete");
    await press(person, "del:yes");
    expect((await textsFor(person.id)).at(-1)).toContain("deleted");
    const left = await redis.keys(`jg:*${person.id}*`);
    expect(left).toEqual([]);
  });
});
