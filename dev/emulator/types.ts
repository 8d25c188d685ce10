import type { IncomingMessage, ServerResponse } from "node:http";
import type {
  Contact,
  Document,
  ForceReply,
  InlineKeyboardMarkup,
  MessageEntity,
  MessageOrigin,
  PhotoSize,
  ReplyKeyboardMarkup,
  ReplyKeyboardRemove,
  User,
  UserFromGetMe,
} from "grammy/types";

/** What the emulator needs to know about the bot; the rest of `UserFromGetMe` gets defaults. */
export type BotInfoInput = Pick<UserFromGetMe, "id" | "first_name" | "username"> & Partial<UserFromGetMe>;

/** Options of `startEmulator`. Only `token` and `botInfo` are required. */
export interface EmulatorOptions {
  port?: number;
  host?: string;
  token: string;
  botInfo: BotInfoInput;
  webhookUrl?: string;
  webhookSecret?: string;
  /** Largest multipart body (file uploads), default 20 MB. */
  maxBodyBytes?: number;
  /** Largest JSON / urlencoded body, default 1 MB. */
  maxJsonBytes?: number;
  /** Bytes of uploaded files kept for download; oldest are dropped first. Default 100 MB. */
  maxFileStoreBytes?: number;
  /** Calls kept in the log, default 10 000. */
  maxCalls?: number;
  /** When true, sends to chats that never talked to the bot fail with "chat not found". */
  strictChats?: boolean;
  /** When true (default), bare `&` and `>` in HTML text are rejected too; Telegram tolerates them. */
  strictHtml?: boolean;
  rateLimit?: RateLimit | null;
  /** How long a webhook may take to answer, default 30 s. */
  webhookTimeoutMs?: number;
  /** Receives one line per notable event (webhook failures); silent by default. */
  log?: (line: string) => void;
  /** Serves paths outside the Bot and control APIs (the chat simulator); resolves true if it answered. */
  pages?: PageHandler;
}

/** A handler for extra HTTP paths on the emulator's server. */
export type PageHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

/** Sliding one-second window over "sending" methods (send*, copy*, forward*). */
export interface RateLimit {
  perSecond: number;
  methods?: string[];
}

/** A chat as it appears inside a Message. */
export interface ChatInfo {
  id: number;
  type: "private" | "group" | "supergroup" | "channel";
  first_name?: string;
  last_name?: string;
  username?: string;
  title?: string;
}

/** Message content before the chat log stamps message_id, date and chat on it. */
export interface MessageContent {
  from?: User;
  text?: string;
  entities?: MessageEntity[];
  caption?: string;
  caption_entities?: MessageEntity[];
  photo?: PhotoSize[];
  document?: Document;
  contact?: Contact;
  reply_markup?: InlineKeyboardMarkup;
  reply_to_message?: StoredMessage;
  forward_origin?: MessageOrigin;
  edit_date?: number;
  [extra: string]: unknown;
}

/** A Message as the emulator stores and returns it (a structural subset of grammY's `Message`). */
export interface StoredMessage extends MessageContent {
  message_id: number;
  date: number;
  chat: ChatInfo;
}

/** Keyboards that live below the input field rather than inside a message. */
export type ReplyKeyboard = ReplyKeyboardMarkup | ReplyKeyboardRemove | ForceReply;

/** One message in a chat's log, as the simulator page renders it. */
export interface LogEntry {
  message: StoredMessage;
  /** True for messages the bot sent. */
  outgoing: boolean;
  deleted?: boolean;
  /** Reply keyboard / removal / force_reply sent along with this message. */
  reply_keyboard?: ReplyKeyboard;
  /** The Bot API method that produced it, or "user". */
  via: string;
}

/** One recorded Bot API call. */
export interface CallRecord {
  seq: number;
  method: string;
  params: Record<string, unknown>;
  at: number;
  response: { ok: boolean; error_code?: number; description?: string; injected?: string };
  result?: unknown;
  source: "http" | "webhook_reply";
}

/** Why a chat refuses the bot's messages. */
export type BlockReason = "blocked" | "deactivated" | "not_started" | "not_found";

/** Something that happened, for the SSE stream and in-process listeners. */
export interface EmuEvent {
  id: number;
  at: number;
  type: string;
  [field: string]: unknown;
}
