// The chat simulator: many personas talking to the local bot through the Bot API emulator.
import { mountBroadcasts } from "./broadcasts-view.ts";
import { mountChat } from "./chat-view.ts";
import { mountDeliveries } from "./deliveries-view.ts";
import { toast } from "./dom.ts";
import { connectEvents } from "./events.ts";
import { mountFaults } from "./faults-view.ts";
import { mountPersonas } from "./personas-view.ts";
import { store } from "./store.ts";
import { loadBlocked, refreshState } from "./sync.ts";
import { mountTools } from "./tools-view.ts";
import { mountWechatChat } from "./wx-chat-view.ts";
import { loadWechat } from "./wx-state.ts";

async function boot(): Promise<void> {
  mountChat();
  mountWechatChat();
  mountTools();
  // Events first, then the logs: anything sent in between is in one or the other (store.load merges).
  connectEvents();
  await refreshState();
  await Promise.all([mountPersonas(), loadBlocked(), loadWechat()]);
  await Promise.all([mountFaults(), mountDeliveries(), mountBroadcasts()]);
  store.select(store.remembered() ?? store.personas[0]?.id ?? null);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible" && store.selected !== null) {
      store.markRead(store.selected);
      store.emit("personas");
    }
  });
  document.body.dataset.ready = "true";
}

boot().catch((err: unknown) => toast(`The simulator could not start: ${String(err)}`, "error"));
