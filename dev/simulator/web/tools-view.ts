import { sendText } from "./actions.ts";
import { api } from "./api.ts";
import { byId, fill, h, toast } from "./dom.ts";
import { startCommandFor } from "./links.ts";
import { store } from "./store.ts";
import { loadChats, refreshState } from "./sync.ts";

const WORKER_TEXT = {
  starting: "The Worker is starting…",
  restarting: "Restarting the Worker so the new STAFF takes effect. Chats and stored data are kept.",
  failed: "The Worker did not come back. See the terminal running npm start.",
};

function workerBanner(): void {
  const { state, staff, error } = store.worker;
  const banner = byId("worker-banner");
  banner.hidden = state === "ready";
  if (state !== "ready") banner.textContent = `${WORKER_TEXT[state]}${error ? ` (${error})` : ""}`;
  banner.className = `banner ${state}`;
  fill(byId("staff-line"), "STAFF ", h("code", { text: staff || "(nobody)" }));
}

function confirmReset(): void {
  const go = h("button", { class: "danger", type: "button", text: "Reset everything" });
  const cancel = h("button", { type: "button", text: "Cancel" });
  const dialog = h(
    "dialog",
    { class: "confirm-reset" },
    h("h2", { text: "Reset all local data?" }),
    h("p", {
      text: "Every chat, the calls log and pending faults are cleared, the local Redis is emptied (FLUSHDB) and the starter personas come back. This cannot be undone.",
    }),
    h("div", { class: "buttons" }, cancel, go),
  );
  dialog.addEventListener("close", () => dialog.remove());
  cancel.addEventListener("click", () => dialog.close());
  go.addEventListener("click", async () => {
    go.disabled = true;
    try {
      const result = await api.reset();
      store.forgetLocal();
      store.select(null);
      await refreshState();
      await loadChats();
      toast(
        result.note ? `Reset done; ${result.note}` : "Reset done: chats, calls, faults and Redis cleared",
      );
    } catch (err) {
      toast((err as Error).message, "error");
    }
    dialog.close();
  });
  document.body.append(dialog);
  dialog.showModal();
}

// Posters carry links like these (QR codes of t.me links); clicking one is tapping it in Telegram.
const SAMPLE_LINKS: [string, string][] = [
  ["sub_370700", "Weifang job fairs (poster)"],
  ["sub_370783", "Shouguang job fairs (poster)"],
  ["sub_370100", "Jinan job fairs (poster)"],
];

function samples(): void {
  const bot = store.bot.username ?? "bot";
  fill(
    byId("deeplink-samples"),
    ...SAMPLE_LINKS.map(([payload, label]) => {
      const href = `https://t.me/${bot}?start=${payload}`;
      const a = h("a", { href, class: "deep-link", title: href, "data-payload": payload, text: label });
      a.addEventListener("click", (event) => {
        event.preventDefault();
        void sendText(`/start ${payload}`);
      });
      return h("li", {}, a, " ", h("code", { text: payload }));
    }),
  );
}

/** Deep links pasted in (t.me URL, `/start payload` or a bare payload), reset, and the Worker's state. */
export function mountTools(): void {
  byId("deeplink-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const input = byId<HTMLInputElement>("deeplink");
    const command = startCommandFor(input.value, store.bot.username);
    if (!command) return toast(`Not a link to @${store.bot.username ?? "the bot"}`, "error");
    input.value = "";
    void sendText(command);
  });
  byId("reset").addEventListener("click", confirmReset);
  store.on("worker", workerBanner);
  store.on("worker", samples);
  workerBanner();
  samples();
}
