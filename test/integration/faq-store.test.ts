import { describe, expect, it } from "vitest";
import { loadFaqIndex } from "../../src/faq/library.ts";
import { askStaff, logMiss, questionHash, takeWaiting, topMisses } from "../../src/faq/misses.ts";
import { faqSource } from "../../src/faq/privacy.ts";
import { withPhrasing } from "../../src/faq/staff-entry.ts";
import { editEntry, readHistory, revertEdit } from "../../src/faq/store.ts";
import { redis, uniqueId } from "../support/worker.ts";

// These run the domain functions against the real redis-server behind the Upstash bridge, on
// entries of the "en" locale with phrasings no other test asks, and undo what they add.
const meta = (at: number) => ({ by: 1, at, action: "phrasing", note: "test" }) as const;

describe("staff edits in Redis", () => {
  it("keeps both of two concurrent edits of one entry (compare-and-set, retried)", async () => {
    const [a, b] = [`kite ${uniqueId()}`, `drum ${uniqueId()}`];
    const now = Date.now();
    const results = await Promise.all(
      [a, b].map((q, i) =>
        editEntry(redis, "en", "volunteer", (cur) => withPhrasing(cur, "volunteer", q), meta(now + i)),
      ),
    );
    expect(results).toEqual([true, true]);
    const { index } = await loadFaqIndex(redis, "en");
    expect(index.entry("volunteer")?.questions).toEqual(expect.arrayContaining([a, b]));
    // Undo both, newest first; the older one cannot be undone before the newer.
    const history = (await readHistory(redis, "en", 50)).filter((h) => h.id === "volunteer");
    const [newest, older] = history;
    expect(await revertEdit(redis, "en", older!, { by: 1, at: now + 5 })).toBe("newer");
    expect(await revertEdit(redis, "en", newest!, { by: 1, at: now + 6 })).toBe("reverted");
    expect(await revertEdit(redis, "en", older!, { by: 1, at: now + 7 })).toBe("reverted");
    const after = (await loadFaqIndex(redis, "en")).index.entry("volunteer")?.questions ?? [];
    expect(after).not.toContain(a);
    expect(after).not.toContain(b);
    expect(await revertEdit(redis, "en", { id: "volunteer", at: 1 }, { by: 1, at: now })).toBe("unknown");
  });

  it("rebuilds the per-isolate index only when the version token changes", async () => {
    const q = `lantern ${uniqueId()}`;
    const now = Date.now();
    await editEntry(redis, "en", "volunteer", (cur) => withPhrasing(cur, "volunteer", q), meta(now));
    const first = (await loadFaqIndex(redis, "en")).index;
    expect(first.entry("volunteer")?.questions).toContain(q);
    expect((await loadFaqIndex(redis, "en")).index).toBe(first);
    await redis.set("jg:faq:rev:en", `rtest${uniqueId()}`);
    const second = (await loadFaqIndex(redis, "en")).index;
    expect(second).not.toBe(first);
    expect((await loadFaqIndex(redis, "en")).index).toBe(second);
    const mine = (await readHistory(redis, "en", 50)).find((h) => h.note === "test" && h.at === now)!;
    expect(await revertEdit(redis, "en", mine, { by: 1, at: now + 1 })).toBe("reverted");
  });

  it("skips a corrupt stored override instead of failing every question", async () => {
    const key = "jg:faq:override:en";
    await redis.hset(key, { [`broken-${uniqueId() % 1000}`]: "{not json" });
    await redis.set("jg:faq:rev:en", `rtest${uniqueId()}`);
    const { index, live } = await loadFaqIndex(redis, "en");
    expect(live).toBe(true);
    expect(index.query("what is the spring bud program").best?.id).toBe("spring-bud");
    for (const field of await redis.hkeys(key)) if (field.startsWith("broken-")) await redis.hdel(key, field);
  });
});

describe("misses and waiting", () => {
  it("counts a question, keeps its details, and hands over the people waiting exactly once", async () => {
    const q = `numbers ${uniqueId()} only`;
    await logMiss(redis, "en", q, { kind: "low", near: "loan-amount", now: 1 });
    await logMiss(redis, "en", q, { kind: "none", near: null, now: 2 });
    const user = uniqueId();
    expect(await askStaff(redis, "en", q, user)).toBe(true);
    const top = await topMisses(redis, "en", 2000);
    expect(top.find((m) => m.question === q)).toMatchObject({ count: 2, kind: "none", last: 2, waiting: 1 });
    expect(await faqSource.collect(redis, user)).toEqual([
      { label: "mydata-field-faq-question", value: q, kind: "text" },
    ]);
    expect(await takeWaiting(redis, "en", q)).toEqual([user]);
    expect(await takeWaiting(redis, "en", q)).toEqual([]);
    expect(await redis.hget(`jg:user:${user}:faq`, `w:en:${questionHash(q)}`)).toBeNull();
  });

  it("keeps a numeric question a string (the client would turn 12338 into a number)", async () => {
    const q = String(10_000_000 + (uniqueId() % 1e6));
    await logMiss(redis, "en", q, { kind: "none", near: null, now: 3 });
    const top = await topMisses(redis, "en", 2000);
    expect(top.find((m) => m.question === q)?.question).toBe(q);
  });
});
