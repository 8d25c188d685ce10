import { createScheduledController } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { broadcastKeys } from "../../src/broadcast/keys.ts";
import { fairKeys } from "../../src/fairs/keys.ts";
import type { FairDraft } from "../../src/fairs/types.ts";
import worker from "../../src/index.ts";
import { waitForStatus } from "./broadcast.ts";
import { chatLog, textsFor } from "./emulator.ts";
import { type Person, press, redis, say, uniqueId } from "./worker.ts";

const emulatorUrl = (env as unknown as Record<string, string>).EMULATOR_URL!;

export const DAY = 86_400_000;

/** A staff member from TEST_STAFF, speaking the given language. */
export const staffPerson = (id: number, language_code: string): Person => ({
  id,
  first_name: "妇联",
  language_code,
});

/** A valid fair three days ahead in Ju County, Rizhao, for tests that set fairs up directly. */
export const draft = (over: Partial<FairDraft> = {}): FairDraft => ({
  title: "测试招聘会",
  startsAt: Date.now() + 3 * DAY,
  venue: "会展中心",
  region: "371122",
  employers: 10,
  positions: 100,
  targets: ["all"],
  description: "介绍",
  contact: "0633-7654321",
  ...over,
});

export const zhUser = (): Person => ({ id: uniqueId(), first_name: "小红", language_code: "zh-hans" });
export const enUser = (): Person => ({ id: uniqueId(), first_name: "Mary", language_code: "en" });
export const lastText = async (p: Person) => (await textsFor(p.id)).at(-1) ?? "";
export const lastButtons = async (p: Person) => {
  const log = (await chatLog(p.id)).filter((m) => m.outgoing && !m.deleted);
  return JSON.stringify(log.at(-1)?.message.reply_markup ?? {});
};

/** The bytes of the latest document the bot sent to a person, with its file name. */
export async function lastDocument(p: Person): Promise<{ name: string; bytes: Uint8Array; caption: string }> {
  const log = (await chatLog(p.id)) as unknown as {
    outgoing: boolean;
    message: { document?: { file_id: string; file_name?: string }; caption?: string };
  }[];
  const doc = log.filter((m) => m.outgoing && m.message.document).at(-1);
  if (!doc?.message.document) throw new Error(`no document sent to ${p.id}`);
  const res = await fetch(`${emulatorUrl}/__emu/files/${doc.message.document.file_id}`);
  return {
    name: doc.message.document.file_name ?? "",
    bytes: new Uint8Array(await res.arrayBuffer()),
    caption: doc.message.caption ?? "",
  };
}

/** Runs the Worker's own scheduled handler as the Cron Trigger would, at `now`. */
export async function cron(now: number): Promise<void> {
  await worker.scheduled(createScheduledController({ scheduledTime: now, cron: "* * * * *" }), env as never);
}

export interface FairInput {
  title: string;
  when: string;
  venue: string;
  city: string;
  district: string;
  employers: string;
  positions: string;
  targets: string;
  description: string;
  contact: string;
  link: string;
}

export const sample = (over: Partial<FairInput> = {}): FairInput => ({
  title: "春风送岗 · 女性专场招聘会",
  when: "明天下午2点",
  venue: "人力资源市场一楼大厅",
  city: "日照",
  district: "五莲",
  employers: "51家",
  positions: "2,600",
  targets: "1 2",
  description: "51家企业提供2600个岗位，请带上简历。",
  contact: "市妇联 0633-1234567",
  link: "跳过",
  ...over,
});

/** Fills /newfair with typed answers only, up to the preview with its publish button. */
export async function fillFair(staff: Person, input: FairInput): Promise<void> {
  await say(staff, "/newfair");
  for (const answer of [
    input.title,
    input.when,
    input.venue,
    input.city,
    input.district,
    input.employers,
    input.positions,
    input.targets,
    input.description,
    input.contact,
    input.link,
  ]) {
    await say(staff, answer);
  }
}

/**
 * Fills /newfair, presses publish, waits until the announcement's broadcast has gone out through
 * the Queue, and returns the new fair's id.
 */
export async function publishTyped(staff: Person, input: FairInput): Promise<string> {
  await fillFair(staff, input);
  await press(staff, "fair:pub");
  const id = /#(\d+)/.exec(await lastText(staff))?.[1];
  if (!id) throw new Error(`no fair id in: ${await lastText(staff)}`);
  await noticeSent(id);
  return id;
}

/** The broadcast carrying one notice of a fair (`announce`, `cancel`, `change:{seq}`, `reminder:{at}`). */
export async function noticeBroadcast(fairId: string, name = "announce"): Promise<string> {
  const id = await redis.hget(fairKeys.notices(fairId), name);
  if (id === null) throw new Error(`fair ${fairId} has no ${name} notice`);
  return String(id);
}

/** Waits until a notice's broadcast has ended; its record and counts. */
export async function noticeSent(fairId: string, name = "announce") {
  return waitForStatus(await noticeBroadcast(fairId, name), ["done", "cancelled"]);
}

/** Who a notice reached (its broadcast's done set), once it has gone out. */
export async function told(fairId: string, name = "announce"): Promise<number[]> {
  const { r } = await noticeSent(fairId, name);
  return (await redis.smembers(broadcastKeys.done(r.id))).map(Number);
}

/** Waits until the bot has sent or edited into a chat a text containing every one of `parts`. */
export async function waitForText(chatId: number, ...parts: string[]): Promise<string> {
  const until = Date.now() + 30_000;
  for (;;) {
    const hit = (await textsFor(chatId)).reverse().find((t) => parts.every((p) => t.includes(p)));
    if (hit !== undefined) return hit;
    if (Date.now() > until) throw new Error(`no text with ${parts.join(" + ")} in chat ${chatId}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The names of a fair's notices, e.g. ["announce", "change:1"]. */
export async function noticeNames(fairId: string): Promise<string[]> {
  return Object.keys((await redis.hgetall(fairKeys.notices(fairId))) ?? {}).sort();
}
