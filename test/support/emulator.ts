import { env } from "cloudflare:workers";

const root = (env as unknown as Record<string, string>).EMULATOR_URL!;

/** One Bot API call as the emulator recorded it. */
export interface RecordedCall {
  seq: number;
  method: string;
  /** When the emulator received it (epoch ms). */
  at: number;
  params: Record<string, unknown> & { chat_id?: number | string; text?: string };
  response?: { ok: boolean; error_code?: number };
}

async function control(path: string, init?: RequestInit): Promise<unknown> {
  const res = await fetch(`${root}/__emu/${path}`, {
    ...init,
    headers: { "content-type": "application/json", ...(init?.headers ?? {}) },
  });
  if (!res.ok) throw new Error(`emulator ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** Every Bot API call the bot made for one chat, oldest first. */
export async function callsFor(chatId: number, method?: string): Promise<RecordedCall[]> {
  const query = new URLSearchParams({ chat_id: String(chatId) });
  if (method) query.set("method", method);
  const body = (await control(`calls?${query}`)) as { calls: RecordedCall[] };
  return body.calls;
}

/** The texts the bot sent (sendMessage) or edited into (editMessageText) a chat. */
export async function textsFor(chatId: number): Promise<string[]> {
  const calls = await callsFor(chatId);
  return calls
    .filter((c) => c.method === "sendMessage" || c.method === "editMessageText")
    .map((c) => String(c.params.text ?? ""));
}

/** Marks a chat as having blocked the bot (403 on every send; `not_found`: 400 "chat not found"). */
export async function setBlocked(
  chatId: number,
  blocked: boolean,
  reason: "blocked" | "deactivated" | "not_found" = "blocked",
): Promise<void> {
  await control("block", { method: "POST", body: JSON.stringify({ chat_id: chatId, blocked, reason }) });
}

/** Makes the emulator answer 429 beyond `perSecond` sends in any sliding second, as Telegram would (null: off). */
export async function setRateLimit(perSecond: number | null): Promise<void> {
  await control("rate-limit", { method: "POST", body: JSON.stringify({ perSecond }) });
}

/** Makes the next `count` calls (of `method`, to `chat_id`, when given) fail with 429, 5xx or a dropped connection. */
export async function injectFault(fault: {
  kind: "429" | "5xx" | "network";
  count: number;
  retry_after?: number;
  status?: 500 | 502 | 503 | 504;
  method?: string;
  chat_id?: number;
}) {
  await control("faults", { method: "POST", body: JSON.stringify(fault) });
}

/** Builds a real update for a user action in the emulator without delivering it; the test posts it. */
export async function userAction(
  kind: "send" | "callback",
  body: Record<string, unknown>,
): Promise<{ update: Record<string, unknown> & { update_id: number } }> {
  return (await control(kind, { method: "POST", body: JSON.stringify({ ...body, deliver: false }) })) as {
    update: Record<string, unknown> & { update_id: number };
  };
}

interface LoggedMessage {
  outgoing: boolean;
  deleted?: boolean;
  message: {
    message_id: number;
    text?: string;
    reply_markup?: { inline_keyboard?: { text?: string; callback_data?: string }[][] };
  };
}

/** A chat as the user sees it: messages in order, edits applied. */
export async function chatLog(chatId: number): Promise<LoggedMessage[]> {
  const body = (await control(`chats/${chatId}/messages`)) as { messages: LoggedMessage[] };
  return body.messages;
}

/** The id of the bot's latest message with a button carrying `data` (or simply its latest message). */
export async function messageWithButton(chatId: number, data?: string): Promise<number> {
  const log = (await chatLog(chatId)).filter((m) => m.outgoing && !m.deleted).reverse();
  const hit = log.find(
    (m) =>
      data === undefined ||
      m.message.reply_markup?.inline_keyboard?.some((row) => row.some((b) => b.callback_data === data)),
  );
  if (!hit) throw new Error(`no bot message in chat ${chatId} has a button "${data}"`);
  return hit.message.message_id;
}

/** The answers the bot gave to one callback query. */
export async function answersTo(callbackId: string): Promise<RecordedCall[]> {
  const body = (await control("calls?method=answerCallbackQuery")) as { calls: RecordedCall[] };
  return body.calls.filter((c) => String(c.params.callback_query_id) === callbackId);
}

/** A Mini App launch by a user, as the emulator signs it with the bot token (see dev/emulator/webapp.ts). */
export async function webAppLaunch(body: {
  user_id?: number;
  user?: { id: number; first_name?: string; language_code?: string };
  auth_date?: number;
  url?: string;
}): Promise<{ init_data: string; launch_url?: string }> {
  return (await control("webapp-init-data", { method: "POST", body: JSON.stringify(body) })) as {
    init_data: string;
    launch_url?: string;
  };
}
