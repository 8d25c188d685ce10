import type { ChatState } from "../chats.ts";
import type { Core } from "../core.ts";
import { badRequest, notModified } from "../errors.ts";
import { canonical, markupParam } from "../markup.ts";
import { json, type Params } from "../params.ts";
import { captionParam, textParam } from "../text.ts";
import type { LogEntry, StoredMessage } from "../types.ts";
import { type Handler, messageIdParam, replyTarget, sendOut, setField, targetChat } from "./common.ts";

const sendMessage: Handler = (core, p) => {
  const state = targetChat(core, p);
  const { text, entities } = textParam(p, core.opts.strictHtml);
  const markup = markupParam(p);
  const replyTo = replyTarget(core, state, p);
  const content = entities.length > 0 ? { text, entities } : { text };
  return sendOut(core, state, content, markup, "sendMessage", replyTo).message;
};

/** The bot message an edit targets, with Telegram's refusals. */
function editTarget(core: Core, p: Params): { state: ChatState; entry: LogEntry } {
  if (p.fields.inline_message_id !== undefined && p.fields.chat_id === undefined) {
    throw badRequest("message to edit not found");
  }
  const state = targetChat(core, p);
  const entry = core.chats.find(state, messageIdParam(p));
  if (!entry) throw badRequest("message to edit not found");
  if (!entry.outgoing) throw badRequest("message can't be edited");
  return { state, entry };
}

/** Applies `patch` unless it changes nothing, in which case Telegram answers "not modified". */
function applyEdit(
  core: Core,
  state: ChatState,
  entry: LogEntry,
  patch: Partial<StoredMessage>,
): StoredMessage {
  const message = entry.message;
  const keys = Object.keys(patch) as Array<keyof StoredMessage>;
  const before = canonical(keys.map((k) => message[k] ?? null));
  const after = canonical(keys.map((k) => patch[k] ?? null));
  if (before === after) throw notModified();
  for (const key of keys) setField(message, key, patch[key]);
  core.chats.edited(state, entry);
  return message;
}

// Without reply_markup an edit removes the inline keyboard, which Telegram counts as a change.
const editMessageText: Handler = (core, p) => {
  const { state, entry } = editTarget(core, p);
  const { text, entities } = textParam(p, core.opts.strictHtml);
  const markup = markupParam(p);
  if (entry.message.text === undefined) throw badRequest("there is no text in the message to edit");
  return applyEdit(core, state, entry, {
    text,
    entities: entities.length > 0 ? entities : undefined,
    reply_markup: markup?.inline,
  });
};

const editMessageCaption: Handler = (core, p) => {
  const { state, entry } = editTarget(core, p);
  const caption = captionParam(p, core.opts.strictHtml);
  const markup = markupParam(p);
  if (entry.message.text !== undefined) throw badRequest("there is no caption in the message to edit");
  return applyEdit(core, state, entry, {
    caption: caption?.text || undefined,
    caption_entities: caption && caption.entities.length > 0 ? caption.entities : undefined,
    reply_markup: markup?.inline,
  });
};

const editMessageReplyMarkup: Handler = (core, p) => {
  const { state, entry } = editTarget(core, p);
  return applyEdit(core, state, entry, { reply_markup: markupParam(p)?.inline });
};

const deleteMessage: Handler = (core, p) => {
  const state = targetChat(core, p, "chat_id", false);
  const entry = core.chats.find(state, messageIdParam(p));
  if (!entry) throw badRequest("message to delete not found");
  core.chats.remove(state, entry);
  return true;
};

const deleteMessages: Handler = (core, p) => {
  const state = targetChat(core, p, "chat_id", false);
  const ids = json(p, "message_ids", "can't parse message identifiers JSON object");
  if (!Array.isArray(ids) || ids.length === 0 || ids.length > 100)
    throw badRequest("message identifiers are not specified");
  for (const id of ids) {
    const entry = core.chats.find(state, Number(id));
    if (entry) core.chats.remove(state, entry);
  }
  return true;
};

/** Text messages: sending, editing, deleting. */
export const MESSAGE_METHODS: Record<string, Handler> = {
  sendMessage,
  editMessageText,
  editMessageCaption,
  editMessageReplyMarkup,
  deleteMessage,
  deleteMessages,
};
