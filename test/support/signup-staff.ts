import { env } from "cloudflare:workers";
import { ADMIN_ID, DONGYING_STAFF_ID, WEIFANG_STAFF_ID } from "./constants.ts";
import { chatLog, textsFor } from "./emulator.ts";
import { type Person, redis } from "./worker.ts";

export const admin: Person = { id: ADMIN_ID, first_name: "管理员", language_code: "zh-hans" };
export const weifang: Person = { id: WEIFANG_STAFF_ID, first_name: "潍坊妇联", language_code: "zh-hans" };
export const dongying: Person = { id: DONGYING_STAFF_ID, first_name: "东营妇联", language_code: "zh-hans" };
const root = (env as unknown as Record<string, string>).EMULATOR_URL!;

/** The bot's messages to a chat that mention `needle`. */
export const mentioning = async (p: Person, needle: string) =>
  (await textsFor(p.id)).filter((t) => t.includes(needle));

/** Audit entries about one application. */
export async function auditFor(ref: string): Promise<Record<string, unknown>[]> {
  const entries = await redis.xrange<Record<string, unknown>>("jg:audit", "-", "+");
  return Object.values(entries).filter((e) => e.ref === ref);
}

/** The latest document the bot sent to a chat, downloaded from the emulator. */
export async function lastDocument(p: Person): Promise<string> {
  const log = (await chatLog(p.id)).filter((m) => m.outgoing) as {
    message: { document?: { file_id: string } };
  }[];
  const doc = log.reverse().find((m) => m.message.document)?.message.document;
  if (!doc) throw new Error("no document sent");
  const res = await fetch(`${root}/__emu/files/${encodeURIComponent(doc.file_id)}`);
  return new TextDecoder("utf-8", { ignoreBOM: true, fatal: true }).decode(await res.arrayBuffer());
}

/** Callback data of the button labelled with `label` on the bot's latest message with such a button. */
export async function buttonData(p: Person, label: string): Promise<string> {
  const log = (await chatLog(p.id)).filter((m) => m.outgoing).reverse();
  for (const m of log) {
    for (const row of m.message.reply_markup?.inline_keyboard ?? []) {
      const hit = (row as { text?: string; callback_data?: string }[]).find((b) => b.text?.includes(label));
      if (hit?.callback_data) return hit.callback_data;
    }
  }
  throw new Error(`no button "${label}"`);
}
