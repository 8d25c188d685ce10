import { badRequest } from "../errors.ts";
import { bool, int, str } from "../params.ts";
import { type Handler, targetChat } from "./common.ts";

const getChat: Handler = (core, p) => {
  const { chat } = targetChat(core, p, "chat_id", false);
  const full: Record<string, unknown> = { ...chat, accent_color_id: 0, max_reaction_count: 11 };
  if (chat.type === "private") {
    full.accepted_gift_types = {
      unlimited_gifts: true,
      limited_gifts: true,
      unique_gifts: true,
      premium_subscription: true,
      gifts_from_channels: true,
    };
  }
  return full;
};

const ACTIONS = new Set([
  "typing",
  "upload_photo",
  "record_video",
  "upload_video",
  "record_voice",
  "upload_voice",
  "upload_document",
  "choose_sticker",
  "find_location",
  "record_video_note",
  "upload_video_note",
]);

const sendChatAction: Handler = (core, p) => {
  const state = targetChat(core, p);
  const action = str(p, "action") ?? "";
  if (!ACTIONS.has(action)) throw badRequest("wrong parameter action in request");
  core.events.emit("chat_action", { chat_id: state.chat.id, action });
  return true;
};

const answerCallbackQuery: Handler = (core, p) => {
  const record = core.callbacks.get(str(p, "callback_query_id") ?? "");
  // Telegram gives the same answer for an unknown id and for one answered already.
  if (!record || record.answer) {
    throw badRequest("query is too old and response timeout expired or query ID is invalid");
  }
  const text = str(p, "text");
  if (text !== undefined && text.length > 200) throw badRequest("MESSAGE_TOO_LONG");
  const answer: Record<string, unknown> = {};
  if (text !== undefined) answer.text = text;
  if (bool(p, "show_alert")) answer.show_alert = true;
  const url = str(p, "url");
  if (url !== undefined) answer.url = url;
  const cacheTime = int(p, "cache_time");
  if (cacheTime !== undefined) answer.cache_time = cacheTime;
  record.answer = answer;
  core.events.emit("callback_answer", { callback_query_id: record.id, chat_id: record.chat_id, answer });
  return true;
};

/** Chats and what the user sees around messages. */
export const CHAT_METHODS: Record<string, Handler> = { getChat, sendChatAction, answerCallbackQuery };
