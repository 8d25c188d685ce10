import type { ChatState } from "../chats.ts";
import type { Core } from "../core.ts";
import { badRequest } from "../errors.ts";
import type { ParsedMarkup } from "../markup.ts";
import { bool, chatIdOf, int, json, type Params } from "../params.ts";
import type { LogEntry, MessageContent, StoredMessage } from "../types.ts";

/** What a method handler gets besides its params. */
export interface MethodContext {
  signal?: AbortSignal;
}

/** A Bot API method implementation: returns the result or throws ApiError. */
export type Handler = (core: Core, p: Params, ctx: MethodContext) => unknown;

/**
 * The chat a call targets. Unknown positive ids become private chats (a user who once pressed
 * Start) unless strictChats is on; with `sending`, a chat that blocked the bot answers 403.
 */
export function targetChat(core: Core, p: Params, key = "chat_id", sending = true): ChatState {
  const id = chatIdOf(p, key);
  if (id === undefined) throw badRequest(`${key} is empty`);
  let state = typeof id === "string" ? core.chats.byUsername(id) : core.chats.get(id);
  if (!state && typeof id === "number" && id > 0 && !core.opts.strictChats) {
    state = core.chats.register({ id, type: "private", first_name: `User ${id}` });
  }
  if (!state) throw badRequest("chat not found");
  const blocked = sending ? core.faults.blockError(state.chat.id) : undefined;
  if (blocked) throw blocked;
  return state;
}

/** message_id, required. */
export function messageIdParam(p: Params, key = "message_id"): number {
  const id = int(p, key);
  if (id === undefined || id <= 0) throw badRequest("message identifier is not specified");
  return id;
}

/** A message as embedded in another (reply_to_message is not nested further). */
export function embedded(message: StoredMessage): StoredMessage {
  const { reply_to_message: _nested, ...rest } = message;
  return rest;
}

/** The message being replied to, from reply_parameters or the legacy reply_to_message_id. */
export function replyTarget(core: Core, state: ChatState, p: Params): StoredMessage | undefined {
  const params = json(p, "reply_parameters", "can't parse reply parameters JSON object") as
    | { message_id?: number; allow_sending_without_reply?: boolean }
    | undefined;
  const id = params?.message_id ?? int(p, "reply_to_message_id");
  if (id === undefined) return undefined;
  const found = core.chats.find(state, id);
  if (found) return embedded(found.message);
  if (params?.allow_sending_without_reply || bool(p, "allow_sending_without_reply")) return undefined;
  throw badRequest("message to be replied not found");
}

/** Appends a bot message to the chat: from = bot, inline keyboard inside, reply keyboard aside. */
export function sendOut(
  core: Core,
  state: ChatState,
  content: MessageContent,
  markup: ParsedMarkup | undefined,
  via: string,
  replyTo?: StoredMessage,
): LogEntry {
  const full: MessageContent = { from: core.botUser, ...content };
  if (replyTo) full.reply_to_message = replyTo;
  if (markup?.inline) full.reply_markup = markup.inline;
  return core.chats.append(state, full, true, via, markup?.reply);
}

/** Sets or removes an optional field, so that absent values are absent keys (Telegram omits them). */
export function setField<T extends object, K extends keyof T>(
  target: T,
  key: K,
  value: T[K] | undefined,
): void {
  const empty = value === undefined || (Array.isArray(value) && value.length === 0);
  if (empty) delete target[key];
  else target[key] = value;
}
