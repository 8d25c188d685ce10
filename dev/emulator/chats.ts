import { randomInt } from "node:crypto";
import type { User } from "grammy/types";
import type { EventHub } from "./events.ts";
import type { ChatInfo, LogEntry, MessageContent, ReplyKeyboard, StoredMessage } from "./types.ts";

/** One chat: its identity, message log and the reply keyboard currently shown. */
export interface ChatState {
  chat: ChatInfo;
  user?: User;
  nextId: number;
  log: LogEntry[];
  byId: Map<number, LogEntry>;
  /** Stable per chat, as CallbackQuery.chat_instance is. */
  chatInstance: string;
  replyKeyboard?: ReplyKeyboard;
}

const now = (): number => Math.floor(Date.now() / 1000);

/** All chats and their message logs; every change is published as an event. */
export class ChatStore {
  private readonly chats = new Map<number, ChatState>();
  private readonly events: EventHub;
  private readonly maxPerChat: number;

  constructor(events: EventHub, maxPerChat: number) {
    this.events = events;
    this.maxPerChat = maxPerChat;
  }

  get(id: number): ChatState | undefined {
    return this.chats.get(id);
  }

  /** "@name" addresses groups and channels only; Telegram never resolves users that way. */
  byUsername(username: string): ChatState | undefined {
    const name = username.replace(/^@/, "").toLowerCase();
    for (const state of this.chats.values()) {
      if (state.chat.type !== "private" && state.chat.username?.toLowerCase() === name) return state;
    }
    return undefined;
  }

  all(): ChatState[] {
    return [...this.chats.values()];
  }

  /** Creates or refreshes a chat; a private chat's identity follows its user's current profile. */
  register(chat: ChatInfo, user?: User): ChatState {
    let state = this.chats.get(chat.id);
    const fresh = !state;
    if (!state) {
      state = {
        chat,
        nextId: 1,
        log: [],
        byId: new Map(),
        chatInstance: `-${randomInt(1e9, 9e9)}${randomInt(1e9, 9e9)}`,
      };
      this.chats.set(chat.id, state);
    }
    const changed = JSON.stringify(state.chat) !== JSON.stringify(chat);
    state.chat = chat;
    if (user) state.user = user;
    if (fresh || changed) this.events.emit("chat", { chat_id: chat.id, chat });
    return state;
  }

  /** The private chat with `user`. */
  privateChat(user: User): ChatState {
    const chat: ChatInfo = { id: user.id, type: "private", first_name: user.first_name };
    if (user.last_name) chat.last_name = user.last_name;
    if (user.username) chat.username = user.username;
    return this.register(chat, user);
  }

  /** Appends a message with the chat's next id; old entries fall off past the per-chat bound. */
  append(
    state: ChatState,
    content: MessageContent,
    outgoing: boolean,
    via: string,
    reply?: ReplyKeyboard,
  ): LogEntry {
    // Telegram's field order (message_id, from, chat, date, then content) keeps logs readable.
    const head = { message_id: state.nextId++, ...(content.from ? { from: content.from } : {}) };
    const message: StoredMessage = { ...head, chat: { ...state.chat }, date: now(), ...content };
    const entry: LogEntry = { message, outgoing, via };
    if (reply) {
      entry.reply_keyboard = reply;
      if ("keyboard" in reply) state.replyKeyboard = reply;
      else if ("remove_keyboard" in reply) state.replyKeyboard = undefined;
    }
    state.log.push(entry);
    state.byId.set(message.message_id, entry);
    if (state.log.length > this.maxPerChat) {
      for (const old of state.log.splice(0, state.log.length - this.maxPerChat)) {
        state.byId.delete(old.message.message_id);
      }
    }
    this.events.emit("message", { chat_id: state.chat.id, entry });
    return entry;
  }

  /** A live (not deleted) message. */
  find(state: ChatState, messageId: number): LogEntry | undefined {
    const entry = state.byId.get(messageId);
    return entry && !entry.deleted ? entry : undefined;
  }

  /** Marks an in-place change to `entry.message`. */
  edited(state: ChatState, entry: LogEntry): void {
    entry.message.edit_date = now();
    this.events.emit("edit", { chat_id: state.chat.id, entry });
  }

  remove(state: ChatState, entry: LogEntry): void {
    entry.deleted = true;
    this.events.emit("delete", { chat_id: state.chat.id, message_id: entry.message.message_id });
  }

  clear(): void {
    this.chats.clear();
  }
}
