import { randomInt } from "node:crypto";
import type { Contact, Update, User } from "grammy/types";
import type { ChatState } from "./chats.ts";
import type { CallbackRecord, Core } from "./core.ts";
import { type DeliveryResult, deliver } from "./delivery.ts";
import { badRequest } from "./errors.ts";
import { callbackDataOf, findCallbackButton } from "./markup.ts";
import { embedded } from "./methods/common.ts";
import { detectEntities, MAX_CAPTION, MAX_TEXT } from "./text.ts";
import type { MessageContent } from "./types.ts";
import { type MediaInput, mediaContent } from "./user-media.ts";

export type { MediaInput } from "./user-media.ts";

/** A user as the control API accepts it; only `id` is required. */
export type UserInput = Partial<User> & { id: number };

/** Body of POST /__emu/send. */
export interface SendInput {
  from: UserInput;
  chat_id?: number;
  text?: string;
  caption?: string;
  contact?: Partial<Contact>;
  photo?: MediaInput | true;
  document?: MediaInput;
  reply_to_message_id?: number;
  /** Merged into the message as-is (forward_origin, etc.). */
  extra?: Record<string, unknown>;
  /** false: build and log the update but do not deliver it (for tests that feed the Worker directly). */
  deliver?: boolean;
}

/** Body of POST /__emu/callback: press by callback `data`, or by the button's visible `button` text. */
export interface CallbackInput {
  from: UserInput;
  message_id: number;
  data?: string;
  button?: string;
  chat_id?: number;
  /** Press even if no button on the message carries this data. */
  force?: boolean;
  deliver?: boolean;
}

/** Normalizes a user from the control API into a Telegram User. */
export function toUser(input: UserInput | undefined): User {
  if (!input || !Number.isSafeInteger(input.id) || input.id <= 0)
    throw badRequest("from.id must be a positive integer");
  const user: User = { id: input.id, is_bot: false, first_name: input.first_name || `User ${input.id}` };
  if (input.last_name) user.last_name = input.last_name;
  if (input.username) user.username = input.username;
  if (input.language_code) user.language_code = input.language_code;
  if (input.is_premium) user.is_premium = true;
  return user;
}

/** The chat a user action happens in: their private chat unless a registered chat_id is given. */
function userChat(core: Core, user: User, chatId: number | undefined): ChatState {
  if (chatId === undefined || chatId === user.id) return core.chats.privateChat(user);
  const state = core.chats.get(chatId);
  if (!state) throw badRequest("chat not found");
  return state;
}

/** A user writes to the bot: the message is logged and its `message` update delivered. */
export async function userSend(core: Core, input: SendInput): Promise<DeliveryResult> {
  const user = toUser(input.from);
  const state = userChat(core, user, input.chat_id);
  const content: MessageContent = { from: user };
  if (input.text !== undefined && input.text !== "") {
    // Telegram apps split longer texts before sending, so the bot never sees more than this.
    if (String(input.text).length > MAX_TEXT) throw badRequest("message is too long");
    content.text = String(input.text);
    const entities = detectEntities(content.text);
    if (entities.length > 0) content.entities = entities;
  }
  if (input.caption && String(input.caption).length > MAX_CAPTION)
    throw badRequest("message caption is too long");
  Object.assign(content, mediaContent(core, input));
  if (input.contact) {
    const { phone_number, ...rest } = input.contact;
    if (!phone_number) throw badRequest("contact.phone_number is required");
    content.contact = { phone_number, first_name: user.first_name, user_id: user.id, ...rest };
  }
  if (input.reply_to_message_id !== undefined) {
    const target = core.chats.find(state, input.reply_to_message_id);
    if (!target) throw badRequest("message to be replied not found");
    content.reply_to_message = embedded(target.message);
  }
  Object.assign(content, input.extra ?? {});
  if (Object.keys(content).length === 1)
    throw badRequest("message is empty: give text, photo, document or contact");
  // Writing to a bot you blocked unblocks it, as pressing "Restart" does.
  if (core.faults.blockError(user.id)) {
    core.faults.block(user.id, false);
    core.events.emit("block", { chat_id: user.id, blocked: false });
  }
  const entry = core.chats.append(state, content, false, "user");
  const update = { update_id: core.nextUpdateId++, message: structuredClone(entry.message) } as Update;
  if (input.deliver === false) return { update, delivered: false, status: null, skipped: "deliver: false" };
  return deliver(core, update);
}

/** A user presses an inline button; the result carries the bot's answerCallbackQuery, if any. */
export async function userCallback(
  core: Core,
  input: CallbackInput,
): Promise<DeliveryResult & { answer?: unknown }> {
  const user = toUser(input.from);
  const state = userChat(core, user, input.chat_id);
  const entry = core.chats.find(state, Number(input.message_id));
  if (!entry) throw badRequest("message not found");
  if (!entry.outgoing) throw badRequest("only the bot's messages have inline buttons");
  const data =
    input.data ?? (input.button ? callbackDataOf(entry.message.reply_markup, input.button) : undefined);
  if (typeof data !== "string")
    throw badRequest(`give data, or the text of a callback button on the message`);
  if (!input.force && !findCallbackButton(entry.message.reply_markup, data)) {
    throw badRequest(`no inline button with callback_data "${data}" on message ${input.message_id}`);
  }
  const id = `${randomInt(1e8, 9e8)}${randomInt(1e9, 9e9)}`;
  const record: CallbackRecord = {
    id,
    chat_id: state.chat.id,
    message_id: entry.message.message_id,
    data,
  };
  core.callbacks.set(id, record);
  // Telegram expires queries long before this; dropping the oldest keeps the map bounded.
  if (core.callbacks.size > 10_000) core.callbacks.delete(core.callbacks.keys().next().value ?? "");
  const callback_query = {
    id,
    from: user,
    message: structuredClone(entry.message),
    chat_instance: state.chatInstance,
    data,
  };
  const update = { update_id: core.nextUpdateId++, callback_query } as Update;
  if (input.deliver === false) return { update, delivered: false, status: null, skipped: "deliver: false" };
  const result = await deliver(core, update);
  return { ...result, answer: (core.callbacks.get(id) ?? record).answer };
}

/** Delivers a hand-made update, numbering it when it has no update_id. */
export async function rawUpdate(core: Core, update: Record<string, unknown>): Promise<DeliveryResult> {
  if (typeof update !== "object" || update === null || Array.isArray(update))
    throw badRequest("update must be an object");
  if (typeof update.update_id !== "number") update.update_id = core.nextUpdateId++;
  else core.nextUpdateId = Math.max(core.nextUpdateId, update.update_id + 1);
  const from = (update.message as { from?: UserInput } | undefined)?.from;
  if (from?.id && !from.is_bot) core.chats.privateChat(toUser(from));
  return deliver(core, update as unknown as Update);
}

/**
 * A user blocks (or unblocks) the bot in her app: later sends to her fail with 403, and the bot
 * gets the `my_chat_member` update Telegram sends for it (member ⇄ kicked).
 */
export async function userBlock(core: Core, input: UserInput, blocked: boolean): Promise<DeliveryResult> {
  const user = toUser(input);
  const state = core.chats.privateChat(user);
  core.faults.block(user.id, blocked, "blocked");
  core.events.emit("block", { chat_id: user.id, blocked, reason: "blocked" });
  const bot = { id: core.bot.id, is_bot: true, first_name: core.bot.first_name, username: core.bot.username };
  const member = { user: bot, status: "member" };
  const kicked = { user: bot, status: "kicked", until_date: 0 };
  const my_chat_member = {
    chat: structuredClone(state.chat),
    from: user,
    date: Math.floor(Date.now() / 1000),
    old_chat_member: blocked ? member : kicked,
    new_chat_member: blocked ? kicked : member,
  };
  return deliver(core, { update_id: core.nextUpdateId++, my_chat_member } as Update);
}
