/**
 * An FAQ entry being written next to the bot's other forms and words: found by driving the bot
 * from outside, where « stop » (the entry's own cancel word) unsubscribed the staff member instead.
 */
import { describe, expect, it } from "vitest";
import { keys } from "../../src/store/keys.ts";
import { FAQ_WRITER_ID } from "../support/constants.ts";
import { textsFor } from "../support/emulator.ts";
import { type Person, redis, say } from "../support/worker.ts";

const writer: Person = { id: FAQ_WRITER_ID, first_name: "Writer", language_code: "en" };
const lastText = async () => (await textsFor(writer.id)).at(-1) ?? "";
const writing = async () => (await redis.get<Record<string, unknown>>(keys.session(writer.id)))?.faqw;

describe("staff: an FAQ entry being written", () => {
  it("is cancelled by its own word « stop », which does not unsubscribe her", async () => {
    await say(writer, "/start");
    await say(writer, "/faqnew");
    expect(await lastText()).toContain("Send the question of the new entry");
    await say(writer, "stop");
    expect(await lastText()).toBe("Cancelled; nothing was changed.");
    expect(await writing()).toBeUndefined();
    expect(await redis.hget(keys.user(writer.id), "status")).not.toBe("stopped");
  });

  it("takes « 退订 » and a question about unsubscribing as the entry's question, not as a stop request", async () => {
    for (const question of ["退订", "我要退订招聘会提醒，怎么操作？"]) {
      await say(writer, "/faqnew");
      await say(writer, question);
      expect(await lastText()).toContain(`Question: "${question}"`);
      expect(await redis.hget(keys.user(writer.id), "status")).not.toBe("stopped");
      await say(writer, "/cancel");
    }
  });

  it("is closed by /cancel, and her next words are a question again", async () => {
    await say(writer, "/faqnew");
    await say(writer, "/cancel");
    expect(await lastText()).toBe("Cancelled; nothing was changed.");
    expect(await writing()).toBeUndefined();
    await say(writer, "hello");
    expect(await lastText()).not.toContain("Question:");
  });

  it("gives way when she starts another form: her next words go to that form", async () => {
    await say(writer, "/faqnew");
    await say(writer, "/subscribe");
    expect(await writing()).toBeUndefined();
    await say(writer, "济南");
    expect(await lastText()).not.toContain("Question:");
  });
});
