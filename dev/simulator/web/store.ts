import type { LogEntry, Persona, ReplyKeyboard, WorkerState } from "./types.ts";

/** A Bot API call to her chat that failed, shown in the chat like a service message. */
export interface ChatNote {
  seq: number;
  /** Milliseconds, like Date.now(). */
  at: number;
  text: string;
  kind: "blocked" | "429" | "5xx" | "other";
}

/** One persona's chat as the page knows it. */
export interface ChatData {
  entries: Map<number, LogEntry>;
  notes: ChatNote[];
  replyKeyboard: ReplyKeyboard | null;
  /** Her messages the Worker did not accept (it was restarting, or failed). */
  failed: Set<number>;
  /** Hidden after a press when the keyboard is one_time, until she opens it again. */
  keyboardHidden: boolean;
}

/** A change to one chat, for the chat view to apply in place. */
export type ChatChange =
  | { kind: "upsert"; entry: LogEntry }
  | { kind: "delete"; messageId: number }
  | { kind: "note"; note: ChatNote }
  | { kind: "reload" };

type Topic = "personas" | "worker" | "chat" | "blocked" | "typing";
type Listener = (chatId?: number, change?: ChatChange) => void;

const READ_KEY = "jinguo-sim:read:";
const SELECTED_KEY = "jinguo-sim:selected";

/** Everything the page shows, fed by the initial load and the emulator's event stream. */
export class Store {
  personas: Persona[] = [];
  bot: { username?: string; first_name: string } = { first_name: "" };
  /** The local Official Account, when the WeChat emulator runs. */
  wechat: { account: string; appId: string; optionHints: string[] } | null = null;
  /** The console's Mini App URL (staff personas get "Open console"). */
  consoleApp: string | undefined;
  worker: { state: WorkerState; staff: string; error?: string } = { state: "starting", staff: "" };
  selected: number | null = null;
  readonly chats = new Map<number, ChatData>();
  /** Chats whose log was fetched (events alone may have created the others). */
  readonly loaded = new Set<number>();
  readonly blocked = new Set<number>();
  readonly typingUntil = new Map<number, number>();
  private readonly listeners = new Map<Topic, Set<Listener>>();

  on(topic: Topic, listener: Listener): void {
    const set = this.listeners.get(topic) ?? new Set();
    set.add(listener);
    this.listeners.set(topic, set);
  }

  emit(topic: Topic, chatId?: number, change?: ChatChange): void {
    // Every message changes an unread count: during a broadcast to a thousand chats that is hundreds of
    // "personas" changes a second, and whoever redraws on each would redraw the page faster than it can
    // be clicked. They are told once per frame instead; chat changes still go out one by one.
    if (topic === "personas") {
      if (this.personasPending) return;
      this.personasPending = true;
      requestAnimationFrame(() => {
        this.personasPending = false;
        this.notify("personas");
      });
      return;
    }
    this.notify(topic, chatId, change);
  }

  private personasPending = false;

  private notify(topic: Topic, chatId?: number, change?: ChatChange): void {
    for (const listener of this.listeners.get(topic) ?? []) listener(chatId, change);
  }

  persona(id: number | null): Persona | undefined {
    return this.personas.find((p) => p.id === id);
  }

  chat(id: number): ChatData {
    let chat = this.chats.get(id);
    if (!chat) {
      chat = { entries: new Map(), notes: [], replyKeyboard: null, failed: new Set(), keyboardHidden: false };
      this.chats.set(id, chat);
    }
    return chat;
  }

  /** Replaces a chat's log (initial load, reconnect, reset). */
  load(id: number, entries: LogEntry[], replyKeyboard: ReplyKeyboard | null): void {
    const chat = this.chat(id);
    const fetched = new Map(entries.map((e) => [e.message.message_id, e]));
    const newest = Math.max(0, ...fetched.keys());
    // Events that arrived while the log was on its way are newer than it: keep them.
    for (const [mid, entry] of chat.entries) if (mid > newest) fetched.set(mid, entry);
    chat.entries = fetched;
    this.loaded.add(id);
    chat.replyKeyboard = replyKeyboard;
    const last = Math.max(0, ...chat.entries.keys());
    // A restarted emulator numbers messages from 1 again: forget read marks from before.
    if (this.lastRead(id) > last) this.setLastRead(id, 0);
    if (id === this.selected) this.markRead(id);
    this.emit("chat", id, { kind: "reload" });
    this.emit("personas");
  }

  /** A new or edited message (edits carry the whole message again). */
  upsert(id: number, entry: LogEntry): void {
    const chat = this.chat(id);
    chat.entries.set(entry.message.message_id, entry);
    if (entry.reply_keyboard) {
      if ("keyboard" in entry.reply_keyboard) {
        chat.replyKeyboard = entry.reply_keyboard;
        chat.keyboardHidden = false;
      } else if ("remove_keyboard" in entry.reply_keyboard) chat.replyKeyboard = null;
    }
    if (entry.outgoing) this.typingUntil.delete(id);
    if (id === this.selected && document.visibilityState === "visible") this.markRead(id);
    this.emit("chat", id, { kind: "upsert", entry });
    this.emit("personas");
  }

  /** A failed call to her chat (from the live stream or the calls history; each seq once). */
  note(id: number, note: ChatNote): void {
    const chat = this.chat(id);
    if (chat.notes.some((n) => n.seq === note.seq)) return;
    chat.notes.push(note);
    if (chat.notes.length > 200) chat.notes.shift();
    this.emit("chat", id, { kind: "note", note });
  }

  remove(id: number, messageId: number): void {
    const entry = this.chats.get(id)?.entries.get(messageId);
    if (entry) entry.deleted = true;
    this.emit("chat", id, { kind: "delete", messageId });
    this.emit("personas");
  }

  unread(id: number): number {
    const read = this.lastRead(id);
    let n = 0;
    for (const e of this.chats.get(id)?.entries.values() ?? []) {
      if (e.outgoing && !e.deleted && e.message.message_id > read) n++;
    }
    return n;
  }

  lastRead(id: number): number {
    return Number(localStorage.getItem(READ_KEY + id) ?? 0) || 0;
  }

  private setLastRead(id: number, messageId: number): void {
    localStorage.setItem(READ_KEY + id, String(messageId));
  }

  markRead(id: number): void {
    const last = Math.max(0, ...(this.chats.get(id)?.entries.keys() ?? []));
    if (last !== this.lastRead(id)) this.setLastRead(id, last);
  }

  select(id: number | null): void {
    this.selected = id;
    if (id !== null) {
      localStorage.setItem(SELECTED_KEY, String(id));
      this.markRead(id);
    }
    this.emit("chat", id ?? undefined, { kind: "reload" });
    this.emit("personas");
  }

  /** The persona selected before the last reload, if she still exists. */
  remembered(): number | null {
    const id = Number(localStorage.getItem(SELECTED_KEY));
    return this.persona(id) ? id : null;
  }

  /** Forgets read marks and the selection (the page's own data) after a reset. */
  forgetLocal(): void {
    for (const key of Object.keys(localStorage))
      if (key.startsWith("jinguo-sim:")) localStorage.removeItem(key);
    this.clearChats();
  }

  /** Drops every chat (the emulator was reset); logs are fetched again afterwards. */
  clearChats(): void {
    this.chats.clear();
    this.loaded.clear();
    this.typingUntil.clear();
  }
}

/** The page's single store. */
export const store = new Store();
