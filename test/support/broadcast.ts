import { env } from "cloudflare:workers";
import { createApp } from "../../src/app.ts";
import { broadcastKeys } from "../../src/broadcast/keys.ts";
import { type BroadcastRecord, readCounts, readRecord } from "../../src/broadcast/record.ts";
import type { BroadcastStatus } from "../../src/broadcast/types.ts";
import type { Deps } from "../../src/deps.ts";
import type { Env } from "../../src/env.ts";
import { createRuntime, type Runtime } from "../../src/runtime.ts";
import { keys } from "../../src/store/keys.ts";
import { BROADCAST_ADMIN_ID } from "./constants.ts";
import { callsFor, chatLog, messageWithButton, type RecordedCall, textsFor, userAction } from "./emulator.ts";
import { type Person, redis, uniqueId } from "./worker.ts";

const bindings = env as unknown as Env & Record<string, unknown>;

export const ADMIN = { id: BROADCAST_ADMIN_ID, first_name: "Admin", language_code: "en" } satisfies Person;

/**
 * An app whose STAFF adds a staff member for `region` (each broadcast test file takes a city where
 * no other test subscribes anyone at city level, so audience counts are exact) and whose approval
 * threshold is 5 recipients.
 */
export async function staffApp(staffId: number, region: string) {
  const staff: Person = { id: staffId, first_name: "Staff <b>", language_code: "en" };
  const app = await appWithStaff([`${staffId}:staff:${region}`], { BROADCAST_APPROVAL_THRESHOLD: "5" });
  return { app, staff };
}

/** A Worker app like the deployed one whose STAFF also lists `entries` ("id:admin", "id:staff:370600"). */
export function appWithStaff(entries: string[], extra: Partial<Record<keyof Env, string>> = {}) {
  return appWith({ STAFF: [String(bindings.STAFF), ...entries].join(","), ...extra });
}

/** The callback data of the newest button in a chat whose data starts with `prefix`. */
export async function buttonData(chatId: number, prefix: string): Promise<string> {
  const log = (await chatLog(chatId)).filter((m) => m.outgoing).reverse();
  for (const m of log) {
    for (const row of m.message.reply_markup?.inline_keyboard ?? []) {
      for (const b of row) if (b.callback_data?.startsWith(prefix)) return b.callback_data;
    }
  }
  throw new Error(`no button ${prefix}… in chat ${chatId}`);
}

/** The last text the bot sent or edited into a chat. */
export async function lastText(chatId: number): Promise<string> {
  return (await textsFor(chatId)).at(-1) ?? "";
}

/** A Worker app like the deployed one, with some variables changed (approval threshold, staff). */
export async function appWith(extra: Partial<Record<keyof Env, string>>) {
  const e = { ...bindings, ...extra } as Env;
  const runtime: Runtime = await createRuntime(e);
  const app = createApp(async () => runtime);
  const post = (update: unknown) =>
    app.fetch(
      new Request("http://jinguo.test/telegram/webhook", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "X-Telegram-Bot-Api-Secret-Token": String(bindings.TELEGRAM_WEBHOOK_SECRET),
        },
        body: JSON.stringify(update),
      }),
      e,
    );
  return { runtime, post };
}
export type TestApp = Awaited<ReturnType<typeof appWith>>;

/** `person` sends text (or media) through the emulator; the update is posted to `app`. */
export async function sayIn(app: TestApp, person: Person, body: Record<string, unknown>) {
  const { update } = await userAction("send", { from: person, ...body });
  const res = await app.post(update);
  if (res.status !== 200) throw new Error(`webhook answered ${res.status}`);
  return update;
}

/** `person` presses the button carrying `data` on the bot's latest message that has it. */
export async function pressIn(app: TestApp, person: Person, data: string, force = false) {
  const messageId = await messageWithButton(person.id, force ? undefined : data);
  const { update } = await userAction("callback", { from: person, message_id: messageId, data, force });
  await app.post(update);
  return String((update.callback_query as { id: string }).id);
}

/** The engine's dependencies as the Worker's queue and cron handlers get them. */
let shared: Promise<Runtime> | undefined;
export async function engineDeps(): Promise<Deps> {
  shared ??= createRuntime(bindings as Env);
  return (await shared).deps(Date.now());
}

/** Creates people with a profile, optionally subscribed to the given sets, in one round trip. */
export async function seedPeople(
  n: number,
  opts: { sets?: string[]; locale?: "zh-CN" | "en"; status?: "active" | "stopped" } = {},
): Promise<number[]> {
  const ids = Array.from({ length: n }, () => uniqueId());
  const pipe = redis.pipeline();
  for (const id of ids) {
    pipe.hset(keys.user(id), { status: opts.status ?? "active", locale: opts.locale ?? "zh-CN", created: 1 });
    for (const set of opts.sets ?? []) pipe.sadd(set, id);
  }
  await pipe.exec();
  return ids;
}

/** A fresh Redis set of user ids, as a fair's RSVP set would be. */
export async function seedSet(ids: readonly number[]): Promise<string> {
  const key = `jg:test:bc:${uniqueId()}`;
  if (ids.length > 0) await redis.sadd(key, ids[0]!, ...ids.slice(1));
  return key;
}

/** Waits until the broadcast reaches one of `statuses`; returns its record and counts. */
export async function waitForStatus(id: string, statuses: BroadcastStatus[], timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const r = await readRecord(redis, id);
    if (r && statuses.includes(r.status)) return { r, counts: await readCounts(redis, id) };
    if (Date.now() > until) throw new Error(`broadcast ${id} is ${r?.status}, not ${statuses.join("/")}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const SENDS = new Set(["sendMessage", "copyMessage", "sendPhoto", "sendDocument"]);

/** Every send the bot attempted to a chat (any outcome), oldest first. */
export async function sendsTo(chatId: number): Promise<RecordedCall[]> {
  return (await callsFor(chatId)).filter((c) => SENDS.has(c.method));
}

/** How many messages each chat actually received (sends Telegram accepted). */
export async function received(chatIds: readonly number[]): Promise<Map<number, number>> {
  const counts = await Promise.all(
    chatIds.map(async (id) => (await sendsTo(id)).filter((c) => c.response?.ok).length),
  );
  return new Map(chatIds.map((id, i) => [id, counts[i]!]));
}

/** The newest broadcast authored by `author` (the staff flow does not return ids to the test). */
export async function latestBy(author: number): Promise<BroadcastRecord | null> {
  const ids = await redis.zrange<string[]>(broadcastKeys.index(), 0, 49, { rev: true });
  for (const id of ids) {
    const r = await readRecord(redis, String(id));
    if (r?.author === author) return r;
  }
  return null;
}
