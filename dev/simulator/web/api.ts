import type {
  BroadcastView,
  CallRecord,
  Fault,
  LogEntry,
  Persona,
  RegionOption,
  ReplyKeyboard,
  WorkerState,
} from "./types.ts";

/** A refusal from the emulator or the launcher, with Telegram's description. */
export class ApiFailure extends Error {
  override name = "ApiFailure";
  readonly status: number;
  constructor(status: number, description: string) {
    super(description);
    this.status = status;
  }
}

/** One JSON call to the emulator or the launcher; a refusal throws ApiFailure with its description. */
export async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  let json: { ok?: boolean; description?: string } & Record<string, unknown>;
  try {
    json = (await res.json()) as typeof json;
  } catch {
    throw new ApiFailure(res.status, `${res.status} ${res.statusText}`);
  }
  if (!res.ok || json.ok === false)
    throw new ApiFailure(res.status, json.description ?? `HTTP ${res.status}`);
  return json as T;
}

/** The launcher's view: personas, the Worker's state and STAFF, the bot. */
export interface SimState {
  personas: Persona[];
  worker: { state: WorkerState; staff: string; error?: string };
  bot: { username?: string; first_name: string };
  /** The local Official Account when the WeChat emulator runs (WeChat personas need it). */
  wechat: { account: string; appId: string; optionHints: string[] } | null;
  /** The console's Mini App URL, when the launcher knows it. */
  consoleApp?: string;
}

/** A persona's Telegram `from`. */
export function userOf(p: Persona) {
  return { id: p.id, first_name: p.first_name, language_code: p.language };
}

/** Result of a user action: whether the Worker took the update. */
export interface Delivery {
  delivered: boolean;
  status: number | null;
  error?: string;
  update?: { message?: { message_id: number } };
  answer?: { text?: string; show_alert?: boolean; url?: string };
}

export const api = {
  state: () => call<SimState>("GET", "/__sim/state"),
  regions: () => call<{ regions: RegionOption[] }>("GET", "/__sim/regions"),
  createPersona: (p: Partial<Persona>) => call<{ persona: Persona }>("POST", "/__sim/personas", p),
  updatePersona: (id: number, p: Partial<Persona>) =>
    call<{ persona: Persona }>("PUT", `/__sim/personas/${id}`, p),
  deletePersona: (id: number) => call<object>("DELETE", `/__sim/personas/${id}`, {}),
  reset: () => call<{ storage: string; note?: string }>("POST", "/__sim/reset", {}),
  broadcasts: () => call<{ broadcasts: BroadcastView[] }>("GET", "/__sim/broadcasts"),

  /** The chat's log; a persona who never wrote has none yet. */
  async messages(id: number): Promise<{ messages: LogEntry[]; reply_keyboard: ReplyKeyboard | null }> {
    try {
      return await call("GET", `/__emu/chats/${id}/messages`);
    } catch (err) {
      if (err instanceof ApiFailure && err.status === 404) return { messages: [], reply_keyboard: null };
      throw err;
    }
  },
  chats: () => call<{ chats: { chat: { id: number } }[] }>("GET", "/__emu/chats"),
  send: (p: Persona, body: Record<string, unknown>) =>
    call<Delivery>("POST", "/__emu/send", { from: userOf(p), ...body }),
  press: (p: Persona, messageId: number, data: string) =>
    call<Delivery>("POST", "/__emu/callback", { from: userOf(p), message_id: messageId, data }),
  blocked: () => call<{ blocked: { chat_id: number }[] }>("GET", "/__emu/block"),
  /** Sends to her fail with 403; the bot is not told (it learns from the 403). */
  block: (chatId: number, blocked: boolean) =>
    call<object>("POST", "/__emu/block", { chat_id: chatId, blocked }),
  /** She blocks the bot in her app: 403s, and the bot gets Telegram's my_chat_member update. */
  userBlock: (p: Persona, blocked: boolean) =>
    call<Delivery>("POST", "/__emu/user-block", { from: userOf(p), blocked }),
  faults: () => call<{ faults: Fault[] }>("GET", "/__emu/faults"),
  addFault: (f: Partial<Fault>) => call<{ faults: Fault[] }>("POST", "/__emu/faults", f),
  clearFaults: () => call<object>("DELETE", "/__emu/faults"),
  /** Telegram's launch of a Mini App for her: initData signed with the bot token, in the URL's fragment. */
  webAppLaunch: (p: Persona, url: string) =>
    call<{ init_data: string; launch_url: string }>("POST", "/__emu/webapp-init-data", {
      user: userOf(p),
      url,
    }),
  calls: () => call<{ calls: CallRecord[]; last_seq: number }>("GET", "/__emu/calls"),
};
