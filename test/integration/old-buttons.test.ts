/**
 * Buttons under old messages: an undo works for a short while (10 minutes) and then says it has
 * expired and where to go instead; any change made from a message older than that is confirmed in
 * a new message at the bottom of the chat, where she is looking, not by editing a message far up.
 */
import { describe, expect, it } from "vitest";
import { answersTo, chatLog } from "../support/emulator.ts";
import {
  fillForm,
  lastButtons,
  lastText,
  storedDraft,
  submitApplication,
  zhUser,
} from "../support/signup.ts";
import { workerAt } from "../support/timed.ts";
import { driver, type Person, press, redis, say } from "../support/worker.ts";

const MINUTE = 60_000;
/** A Worker whose clock is `minutes` ahead: every message sent so far is that much older. */
const minutesOn = (minutes: number) => workerAt(() => Date.now() + minutes * MINUTE);
const regions = async (p: Person) => String((await redis.hget(`jg:user:${p.id}`, "regions")) ?? "");
/** The bot's messages in her chat, edits applied. */
const botMessages = async (p: Person) => (await chatLog(p.id)).filter((m) => m.outgoing && !m.deleted);
/** The text of the bot's message `id` as it reads now. */
const textOf = async (p: Person, id: number) =>
  (await botMessages(p)).find((m) => m.message.message_id === id)?.message.text ?? "";
const idOf = async (p: Person, data: string) =>
  (await botMessages(p))
    .reverse()
    .find((m) =>
      m.message.reply_markup?.inline_keyboard?.some((r) => r.some((b) => b.callback_data === data)),
    )?.message.message_id ?? 0;

describe("↩ 撤销 under a poster-link subscription", () => {
  it("undoes within ten minutes, in place", async () => {
    const p = zhUser();
    await say(p, "/start sub_370700");
    const soon = await minutesOn(9);
    await soon.press(p, "sub:undo:370700");
    expect(await lastText(p)).toContain("已撤销");
    expect(await regions(p)).toBe("");
  });

  it("after ten minutes, changes nothing, says it has expired and points to /mysubs, in a new message", async () => {
    for (const minutes of [11, 24 * 60]) {
      const p = zhUser();
      await say(p, "/start sub_370700");
      const confirmation = await idOf(p, "sub:undo:370700");
      const count = (await botMessages(p)).length;
      const later = await minutesOn(minutes);
      const { callbackId } = await later.press(p, "sub:undo:370700");
      expect(await regions(p), `${minutes} min`).toBe("370700");
      const answer = (await answersTo(callbackId))[0]?.params.text;
      expect(String(answer), `${minutes} min`).toContain("已过期");
      expect((await botMessages(p)).length).toBe(count + 1);
      expect(await lastText(p)).toContain("/mysubs");
      expect(await lastButtons(p)).toContain("sub:stop");
      // The old confirmation keeps its words and its other buttons, but not the undo that no longer works.
      expect(await textOf(p, confirmation)).toContain("已为您订阅");
      expect(
        JSON.stringify(
          (await botMessages(p)).find((m) => m.message.message_id === confirmation)?.message.reply_markup ??
            {},
        ),
      ).toContain("sub:start");
      expect(
        JSON.stringify(
          (await botMessages(p)).find((m) => m.message.message_id === confirmation)?.message.reply_markup ??
            {},
        ),
      ).not.toContain("sub:undo");
    }
  });
});

describe("a change made from an old message", () => {
  it("stopping alerts from an old /mysubs is confirmed at the bottom", async () => {
    const p = zhUser();
    await say(p, "/start sub_370700");
    await say(p, "/mysubs");
    const count = (await botMessages(p)).length;
    const later = await minutesOn(30);
    await later.press(p, "sub:stop");
    expect((await botMessages(p)).length).toBe(count + 1);
    expect(await lastText(p)).toContain("已为您退订");
  });

  it("withdrawing from an old /myapplication asks and confirms at the bottom, the old message untouched", async () => {
    const d = driver();
    const p = zhUser();
    const ref = await submitApplication(d, p);
    await say(p, "/myapplication");
    const card = await idOf(p, `su:w:${ref}`);
    const before = await textOf(p, card);
    const later = await minutesOn(60);
    const count = (await botMessages(p)).length;
    await later.press(p, `su:w:${ref}`);
    expect((await botMessages(p)).length).toBe(count + 1);
    await later.press(p, `su:wy:${ref}`);
    expect(await lastText(p)).toContain("已撤回");
    expect(await textOf(p, card)).toBe(before);
  });

  it("« 不同意 » on an old consent notice does not drop the form she has filled since: it asks, at the bottom", async () => {
    const p = zhUser();
    await say(p, "/signup");
    await say(p, "好的，同意"); // typed: the notice above keeps its buttons
    await say(p, "王丽");
    await say(p, "13812345678");
    const later = await minutesOn(20);
    await later.press(p, "su:no");
    expect((await storedDraft(p))?.a).toMatchObject({ name: "王丽", phone: "13812345678" });
    expect(await lastButtons(p)).toContain("su:xy");
  });

  it("a step of the form taken on an old message shows the next one at the bottom", async () => {
    const d = driver();
    const p = zhUser();
    await fillForm(d, p);
    const review = await idOf(p, "su:sub");
    const before = await textOf(p, review);
    const later = await minutesOn(45);
    await later.press(p, "su:sub");
    expect(await lastText(p)).toMatch(/JG-\d{4}-\d{6}/);
    expect(await textOf(p, review)).toBe(before);
  });

  it("/delete confirmed on an old message is confirmed at the bottom", async () => {
    const p = zhUser();
    await say(p, "/start sub_370700");
    await say(p, "/delete");
    const question = await idOf(p, "del:yes");
    const before = await textOf(p, question);
    const later = await minutesOn(15);
    await later.press(p, "del:yes");
    expect(await lastText(p)).toContain("已全部删除");
    expect(await textOf(p, question)).toBe(before);
  });

  it("a fresh press still edits in place", async () => {
    const p = zhUser();
    await say(p, "/delete");
    const count = (await botMessages(p)).length;
    await press(p, "del:no");
    expect((await botMessages(p)).length).toBe(count);
  });
});
