/**
 * Asking to stop in a sentence (« 我要退订 », « 不要再发了 », « unsubscribe me »): the stop words only
 * act alone, so a sentence gets a one-tap confirmation instead of « I didn't understand ».
 */
import { describe, expect, it } from "vitest";
import { enUser, lastButtons, lastText, zhUser } from "../support/signup.ts";
import { type Person, press, redis, say } from "../support/worker.ts";

const status = async (p: Person) => String(await redis.hget(`jg:user:${p.id}`, "status"));

describe("a request to stop in a sentence", () => {
  it("asks once with a stop button, changes nothing until pressed, then stops", async () => {
    for (const [p, typed, asked] of [
      [zhUser(), "我要退订", "您是想退订全部提醒吗"],
      [zhUser(), "不要再给我发了！", "您是想退订全部提醒吗"],
      [enUser(), "Please unsubscribe me.", "Do you want to stop all alerts"],
    ] as const) {
      await say(p, "/start sub_370700");
      await say(p, typed);
      expect(await lastText(p)).toContain(asked);
      expect(await lastButtons(p)).toContain("sub:stop");
      expect(await status(p)).toBe("active");
      await press(p, "sub:stop");
      expect(await status(p)).toBe("stopped");
      expect(await redis.sismember("jg:sub:fairs:370700", p.id)).toBe(0);
    }
  });

  it("tells someone without alerts that she has none, and leaves other sentences alone", async () => {
    const p = zhUser();
    await say(p, "我要退订");
    expect(await lastText(p)).toContain("您还没有订阅任何提醒");
    const q = zhUser();
    await say(q, "/start sub_370700");
    await say(q, "停止家暴");
    expect(await lastText(q)).not.toContain("退订");
    expect(await status(q)).toBe("active");
  });
});
