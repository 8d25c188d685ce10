import { api } from "./api.ts";
import { store } from "./store.ts";
import { loadNewWechat, loadWechat } from "./wx-state.ts";

async function loadChat(id: number, exists: boolean): Promise<void> {
  const log = exists ? await api.messages(id) : { messages: [], reply_keyboard: null };
  store.load(id, log.messages, log.reply_keyboard);
}

async function loadSome(ids: number[]): Promise<void> {
  // Only chats the emulator knows have a log; asking for the others would only earn 404s.
  const known = new Set((await api.chats()).chats.map((c) => c.chat.id));
  await Promise.all(ids.map((id) => loadChat(id, known.has(id))));
}

/** Loads every persona's chat and the blocked list from the emulator (reset, reconnect). */
export async function loadChats(): Promise<void> {
  await loadBlocked();
  await Promise.all([loadSome(store.personas.map((p) => p.id)), loadWechat()]);
}

/** Which chats have blocked the bot. */
export async function loadBlocked(): Promise<void> {
  const blocked = await api.blocked();
  store.blocked.clear();
  for (const b of blocked.blocked) store.blocked.add(b.chat_id);
  store.emit("blocked");
}

/** Reloads personas and the Worker's state from the launcher; fetches chats of new personas. */
export async function refreshState(): Promise<void> {
  const state = await api.state();
  store.personas = state.personas;
  store.bot = state.bot;
  store.wechat = state.wechat;
  store.consoleApp = state.consoleApp;
  store.worker = state.worker;
  if (store.selected !== null && !store.persona(store.selected)) store.select(null);
  store.emit("personas");
  store.emit("worker");
  const missing = store.personas.filter((p) => !store.loaded.has(p.id)).map((p) => p.id);
  if (missing.length > 0) await loadSome(missing);
  await loadNewWechat();
}
