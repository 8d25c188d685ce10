// Thousands of mutated real updates: the webhook never answers 5xx (Telegram would retry them for hours) and the bot goes on answering.
import { describe, expect, it, vi } from "vitest";
import callback from "../fixtures/callback-query.json";
import chatMember from "../fixtures/chat-member.json";
import edited from "../fixtures/edited-message.json";
import contact from "../fixtures/message-contact.json";
import formatted from "../fixtures/message-formatted.json";
import photo from "../fixtures/message-photo.json";
import start from "../fixtures/message-start.json";
import text from "../fixtures/message-text.json";
import poll from "../fixtures/poll.json";
import { textsFor } from "../support/emulator.ts";
import { postWebhook, say, uniqueId } from "../support/worker.ts";

const SEEDS = [start, text, callback, chatMember, poll, contact, photo, formatted, edited] as const;
const UPDATES = 3000;
const IN_FLIGHT = 6;
const FIXTURE_USER = 5012345678;

/** mulberry32: a small seeded generator, so a failing run can be repeated from its seed. */
function generator(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const WRONG: Json[] = [
  {},
  [],
  "",
  "x",
  "🙂",
  "<b>bold</b>",
  "9".repeat(40),
  "长".repeat(5000),
  0,
  -1,
  1.5,
  2 ** 53 + 2,
  true,
  false,
  null,
  { a: 1 },
  [1, "a", null],
  [{ type: "bot_command", offset: "0", length: -5 }],
];

/** Every path below the root, as key lists. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== "object") return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return entries.flatMap(([k, v]) => [[...prefix, k], ...paths(v, [...prefix, k])]);
}

function mutate(update: Json, pick: () => number): string[] {
  const done: string[] = [];
  const count = 1 + Math.floor(pick() * 3);
  for (let n = 0; n < count; n++) {
    const all = paths(update).filter((p) => p[0] !== "update_id" || pick() < 0.02);
    const path = all[Math.floor(pick() * all.length)];
    if (!path) break;
    let parent = update as Record<string | number, Json>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
    const key = path.at(-1)!;
    const roll = pick();
    if (roll < 0.15 && !Array.isArray(parent)) {
      delete parent[key];
      done.push(`delete ${path.join(".")}`);
    } else {
      const value = structuredClone(WRONG[Math.floor(pick() * WRONG.length)]!);
      parent[key] = value;
      done.push(`${path.join(".")} = ${JSON.stringify(value).slice(0, 40)}`);
    }
  }
  return done;
}

/** A seed update as a new person would send it: her own ids, so dedupe and flood limits see strangers. */
function fresh(seed: (typeof SEEDS)[number]): Json {
  const person = uniqueId();
  const json = JSON.stringify(seed).replaceAll(String(FIXTURE_USER), String(person));
  return { ...(JSON.parse(json) as Record<string, Json>), update_id: uniqueId() };
}

describe("updates the bot cannot read", () => {
  it("never get a 5xx, and the bot still answers afterwards", async () => {
    const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1e9);
    const pick = generator(seed);
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let next = 0;
    async function worker() {
      while (next < UPDATES) {
        next++;
        const update = fresh(SEEDS[Math.floor(pick() * SEEDS.length)]!);
        const mutations = mutate(update, pick);
        const res = await postWebhook(update);
        await res.arrayBuffer();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status >= 500) failures.push(`${res.status}: ${mutations.join("; ")}`);
      }
    }
    // Each unreadable update is logged by design; thousands of those lines would bury the test report.
    const quiet = [vi.spyOn(console, "log"), vi.spyOn(console, "error")].map((spy) =>
      spy.mockImplementation(() => {}),
    );
    try {
      await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    } finally {
      for (const spy of quiet) spy.mockRestore();
    }
    expect(failures, `seed ${seed} (FUZZ_SEED=${seed} repeats it)`).toEqual([]);
    expect([...statuses.keys()].every((s) => s === 200 || s === 400)).toBe(true);

    const p = { id: uniqueId(), first_name: "Lin", language_code: "zh-hans" };
    await say(p, "/start");
    expect((await textsFor(p.id)).at(-1)).toContain("巾帼助手");
  }, 300_000);
});

describe("the malformed updates that used to get a 500", () => {
  type Spoil = (message: Record<string, unknown>) => void;
  const cases: [string, Spoil][] = [
    ["from.language_code as an object", (m) => Object.assign(m.from as object, { language_code: { a: 1 } })],
    ["from.language_code as an array", (m) => Object.assign(m.from as object, { language_code: ["en"] })],
    ["message.entities as a string", (m) => Object.assign(m, { entities: "bot_command" })],
  ];
  it.each(cases)("%s: 200, logged by field name only, and her next message is answered", async (_, spoil) => {
    const update = fresh(start) as Record<string, Record<string, unknown>>;
    spoil(update.message!);
    const logged: string[] = [];
    const spy = vi.spyOn(console, "log").mockImplementation((line: string) => void logged.push(String(line)));
    const res = await postWebhook(update).finally(() => spy.mockRestore());
    expect(res.status).toBe(200);
    expect(logged.join("\n")).toMatch(/"event":"update_unreadable".*"fields":"message\.(from|entities)/);
    expect(logged.join("\n")).not.toContain("Xiaohong");
    const id = (update.message!.chat as { id: number }).id;
    await say({ id, first_name: "Xiaohong", language_code: "zh-hans" }, "/start");
    expect((await textsFor(id)).at(-1)).toContain("巾帼助手");
  });
});
