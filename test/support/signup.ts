import { chatLog, textsFor } from "./emulator.ts";
import { type driver, type Person, redis, uniqueId } from "./worker.ts";

type Driver = ReturnType<typeof driver>;

export const zhUser = (): Person => ({ id: uniqueId(), first_name: "小红", language_code: "zh-hans" });
export const enUser = (): Person => ({ id: uniqueId(), first_name: "Mary", language_code: "en" });

/** The bot's latest text in her chat (sent or edited). */
export const lastText = async (p: Person) => (await textsFor(p.id)).at(-1) ?? "";

/** The inline keyboard (callback data and labels) of the bot's latest message, as JSON text. */
export async function lastButtons(p: Person): Promise<string> {
  const log = (await chatLog(p.id)).filter((m) => m.outgoing && !m.deleted);
  return JSON.stringify(log.at(-1)?.message.reply_markup ?? {});
}

/** Her session's sign-up draft as stored, or undefined. */
export async function storedDraft(p: Person): Promise<Record<string, unknown> | undefined> {
  const session = await redis.get<Record<string, unknown>>(`jg:session:${p.id}`);
  return session?.signup as Record<string, unknown> | undefined;
}

/** A stored application as plain strings (the client JSON-parses hash values). */
export async function storedApplication(ref: string): Promise<Record<string, string> | null> {
  const raw = await redis.hgetall<Record<string, unknown>>(`jg:signup:${ref}`);
  if (!raw) return null;
  return Object.fromEntries(
    Object.entries(raw).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]),
  );
}

type Answers = { name?: string; phone?: string; city?: string; district?: string; industry?: string };

/** Agrees to the notice and answers the first `answered` questions (up to 3: name, phone, region). */
export async function startForm(d: Driver, p: Person, answered = 0, a: Answers = {}): Promise<void> {
  await d.say(p, "/signup");
  await d.press(p, "su:ok:signup");
  if (answered > 0) await d.say(p, a.name ?? "王丽");
  if (answered > 1) await d.say(p, a.phone ?? "13812345678");
  if (answered > 2) {
    await d.press(p, `sur:c:${a.city ?? "370700"}`);
    await d.press(p, `sur:d:${a.district ?? "370781"}`);
  }
}

/** Agrees to the notice and answers all seven questions with buttons and typing, up to the review. */
export async function fillForm(d: Driver, p: Person, a: Answers = {}): Promise<void> {
  await startForm(d, p, 3, a);
  await d.press(p, "su:c:stage:young");
  await d.press(p, `su:c:industry:${a.industry ?? "ecommerce"}`);
  await d.say(p, "1 2");
  await d.say(p, "我在寿光种大棚蔬菜，想开网店。");
}

/** Withdraws her application from /myapplication, confirming once. */
export async function withdrawApplication(d: Driver, p: Person, ref: string): Promise<void> {
  await d.say(p, "/myapplication");
  await d.press(p, `su:w:${ref}`);
  await d.press(p, `su:wy:${ref}`);
}

/** Fills the form and submits it; returns the reference number. */
export async function submitApplication(d: Driver, p: Person, a: Answers = {}) {
  await fillForm(d, p, a);
  await d.press(p, "su:sub");
  const ref = /JG-\d{4}-\d{6}/.exec(await lastText(p))?.[0];
  if (!ref) throw new Error(`no reference in: ${await lastText(p)}`);
  return ref;
}
