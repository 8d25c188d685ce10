import { refreshBroadcasts } from "./broadcasts-view.ts";
import { recordCall, resetDeliveries } from "./deliveries-view.ts";
import { toast } from "./dom.ts";
import { refreshFaults } from "./faults-view.ts";
import { store } from "./store.ts";
import { loadChats, refreshState } from "./sync.ts";
import type { EmuEvent } from "./types.ts";
import { onWxEvent } from "./wx-state.ts";

function handle(event: EmuEvent): void {
  const chatId = event.chat_id;
  switch (event.type) {
    case "message":
    case "edit":
      if (chatId !== undefined && event.entry) store.upsert(chatId, event.entry);
      break;
    case "delete":
      if (chatId !== undefined && event.message_id !== undefined) store.remove(chatId, event.message_id);
      break;
    case "block":
      if (chatId === undefined) break;
      if (event.blocked) store.blocked.add(chatId);
      else store.blocked.delete(chatId);
      store.emit("blocked");
      break;
    case "chat_action":
      if (chatId !== undefined && event.action === "typing") {
        store.typingUntil.set(chatId, Date.now() + 5000);
        store.emit("typing");
        setTimeout(() => store.emit("typing"), 5100);
      }
      break;
    case "call":
      if (event.call) recordCall(event.call);
      // A broadcast's sends, progress edits and report are such calls: its record moved on.
      if (event.call && /^(send|copy|edit)/.test(event.call.method)) refreshBroadcasts();
      if (event.call?.response.injected) void refreshFaults();
      break;
    case "reset":
      resetDeliveries();
      refreshBroadcasts();
      store.clearChats();
      void loadChats();
      void refreshFaults();
      break;
    case "wx":
      if (event.wx) onWxEvent(event.wx);
      break;
    case "sim_personas":
      void refreshState();
      break;
    case "sim_worker":
      void refreshState();
      if (event.state === "failed") toast(`The Worker failed to restart: ${event.error ?? ""}`, "error");
      break;
  }
}

/**
 * Follows the emulator's Server-Sent Events. EventSource reconnects by itself with Last-Event-ID;
 * when the emulator restarted (ids went backwards) everything is loaded again.
 */
export function connectEvents(): void {
  let lastId = 0;
  const source = new EventSource("/__emu/events");
  source.addEventListener("message", (message: MessageEvent<string>) => {
    let event: EmuEvent;
    try {
      event = JSON.parse(message.data) as EmuEvent;
    } catch {
      return;
    }
    if (event.id < lastId) void refreshState().then(loadChats);
    lastId = event.id;
    handle(event);
  });
  source.addEventListener("open", () => document.body.classList.remove("offline"));
  source.addEventListener("error", () => document.body.classList.add("offline"));
}
