import { api } from "./api.ts";
import { store } from "./store.ts";

async function loadChat(id: number): Promise<void> {
  const log = await api.messages(id);
  store.load(id, log.messages, log.reply_keyboard);
}

/** Loads every persona's chat and the blocked list from the emulator (reset, reconnect). */
export async function loadChats(): Promise<void> {
  await loadBlocked();
  await Promise.all(store.personas.map((p) => loadChat(p.id)));
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
  store.worker = state.worker;
  if (store.selected !== null && !store.persona(store.selected)) store.select(null);
  store.emit("personas");
  store.emit("worker");
  await Promise.all(store.personas.filter((p) => !store.loaded.has(p.id)).map((p) => loadChat(p.id)));
}
