// The shapes the page reads from the emulator and the launcher: a structural subset of the Bot
// API's types, kept here so the browser bundle depends on nothing outside this folder.

/** A simulated user, as stored by the launcher (dev/simulator/server/personas.ts). */
export interface Persona {
  id: number;
  first_name: string;
  language: "zh-hans" | "en";
  role: "user" | "staff" | "admin";
  region: string | null;
  note: string;
  /** Which app she uses; a WeChat persona talks to the Official Account through the WeChat emulator. */
  channel: "telegram" | "wechat";
  /** Her openid (WeChat personas only). */
  openid: string | null;
}

export interface Entity {
  type: string;
  offset: number;
  length: number;
  url?: string;
  language?: string;
}

export interface InlineButton {
  text: string;
  callback_data?: string;
  url?: string;
  copy_text?: { text: string };
  web_app?: { url: string };
  [other: string]: unknown;
}

export interface ReplyButton {
  text: string;
  request_contact?: boolean;
  [other: string]: unknown;
}

export interface ReplyKeyboard {
  keyboard?: (ReplyButton | string)[][];
  remove_keyboard?: true;
  force_reply?: true;
  one_time_keyboard?: boolean;
  input_field_placeholder?: string;
}

export interface FileRef {
  file_id: string;
  file_name?: string;
  mime_type?: string;
  file_size?: number;
  width?: number;
  height?: number;
}

export interface Message {
  message_id: number;
  date: number;
  edit_date?: number;
  text?: string;
  entities?: Entity[];
  caption?: string;
  caption_entities?: Entity[];
  photo?: FileRef[];
  document?: FileRef;
  contact?: { phone_number: string; first_name?: string };
  reply_markup?: { inline_keyboard?: InlineButton[][] };
  reply_to_message?: Message;
  [other: string]: unknown;
}

/** One message of a chat's log: `outgoing` means the bot sent it. */
export interface LogEntry {
  message: Message;
  outgoing: boolean;
  deleted?: boolean;
  reply_keyboard?: ReplyKeyboard;
  via: string;
}

/** A recorded Bot API call. */
export interface CallRecord {
  seq: number;
  method: string;
  params: Record<string, unknown>;
  at: number;
  response: { ok: boolean; error_code?: number; description?: string; injected?: string };
}

/** One Server-Sent Event of the emulator (`type` says which of the optional fields are set). */
export interface EmuEvent {
  id: number;
  type: string;
  chat_id?: number;
  entry?: LogEntry;
  message_id?: number;
  call?: CallRecord;
  blocked?: boolean;
  action?: string;
  state?: WorkerState;
  staff?: string;
  error?: string;
  /** A WeChat emulator event (type "wx"), forwarded by the launcher. */
  wx?: { type: string; openid?: string; entry?: unknown; user?: unknown; menu?: unknown };
}

export type WorkerState = "starting" | "ready" | "restarting" | "failed";

/** A pending injected fault. */
export interface Fault {
  kind: string;
  count: number;
  method?: string;
  retry_after?: number;
  status?: number;
}

export interface RegionOption {
  code: string;
  name: string;
  en: string;
  level: string;
}

/** What one persona got from a broadcast, as the bot's engine recorded it. */
/** A persona's outcome in a broadcast; "erased" is only counted (she left every set with /delete). */
export type PersonaOutcome = "delivered" | "blocked" | "failed" | "skipped" | "pending" | "erased";

/**
 * One broadcast as the page's Broadcasts panel shows it, read by the launcher from the engine's
 * records (dev/simulator/server/broadcasts.ts builds it; this file has no imports, so both sides use it).
 */
export interface BroadcastView {
  id: string;
  kind: string;
  label: string;
  status: string;
  author: number | string;
  created: number;
  started_at?: number | undefined;
  finished_at?: number | undefined;
  scheduled_at?: number | undefined;
  /** Recipients once the set is built; before that, the count the author saw. */
  total: number;
  /** The engine's counts (src/broadcast/record.ts `Counts`). */
  counts: { sent: number; blocked: number; failed: number; skipped: number; erased: number };
  pending: number;
  /** Personas among its recipients, by id; a failure carries Telegram's reason. */
  personas: Record<string, { outcome: PersonaOutcome; reason?: string }>;
}
