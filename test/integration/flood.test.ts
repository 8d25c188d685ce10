/**
 * Someone (or a script) sending faster than the per-person limit: the extra messages are dropped,
 * but she is told once, in her language, instead of meeting silence.
 */
import { describe, expect, it } from "vitest";
import { textsFor } from "../support/emulator.ts";
import { workerAt } from "../support/timed.ts";
import { type Person, uniqueId } from "../support/worker.ts";

describe("over the per-person rate limit", () => {
  it("answers 20 messages, says once that the rest were too fast, and answers again later", async () => {
    const p: Person = { id: uniqueId(), first_name: "Lin", language_code: "en" };
    let now = Date.now();
    const bot = await workerAt(() => now);
    for (let i = 0; i < 23; i++) expect((await bot.say(p, `hello ${i}`)).status).toBe(200);
    const texts = await textsFor(p.id);
    const tooFast = (t: string) => t.includes("too many messages at once");
    // Whatever answers a greeting (the FAQ's welcome, or the fallback), it answers 20 and no more.
    expect(texts.filter((t) => !tooFast(t))).toHaveLength(20);
    expect(texts.filter(tooFast)).toHaveLength(1);

    now += 11_000;
    await bot.say(p, "hello again");
    const after = await textsFor(p.id);
    expect(after).toHaveLength(texts.length + 1);
    expect(tooFast(after.at(-1)!)).toBe(false);
  });
});
