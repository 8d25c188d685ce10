/**
 * A woman who followed many poster links: each `/start sub_…` adds a region, with no cap, and the
 * subscription form must still open on all of them.
 */
import { describe, expect, it } from "vitest";
import { childrenOf } from "../../src/regions/index.ts";
import { lastButtons, lastText, zhUser } from "../support/signup.ts";
import { press, redis, say } from "../support/worker.ts";

describe("a subscription with more regions than a keyboard shows", () => {
  it("opens « change topics » on all 23 of them and saves them", async () => {
    const p = zhUser();
    await say(p, "/start sub_370700");
    // The other 22 as the deep links leave them (one hash field, written link by link).
    const codes = [...childrenOf("370100"), ...childrenOf("370200")].map((r) => r.code);
    await redis.hset(`jg:user:${p.id}`, { regions: ["370700", ...codes].join(",") });
    await say(p, "/mysubs");
    await press(p, "sub:topics");
    expect(await lastText(p)).toContain("您想收到哪些消息");
    expect(await lastButtons(p)).toContain("sub:t:ok");
    await press(p, "sub:t:training");
    await press(p, "sub:t:ok");
    expect(await lastText(p)).toContain("订阅成功");
    expect(await redis.sismember(`jg:sub:training:${codes.at(-1)}`, p.id)).toBe(1);
    expect(String(await redis.hget(`jg:user:${p.id}`, "topics"))).toBe("fairs,training");
  });
});
