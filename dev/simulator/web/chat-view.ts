import { openLink, openMiniApp, press, sendText } from "./actions.ts";
import { type BubbleActions, bubble } from "./bubbles.ts";
import { lockComposer, mountComposer, replyKeyboard } from "./composer-view.ts";
import { byId, fill, h } from "./dom.ts";
import { linkTarget } from "./links.ts";
import { avatar, roleLabel } from "./persona-badges.ts";
import { type ChatChange, type ChatNote, store } from "./store.ts";
import type { LogEntry } from "./types.ts";

const actions: BubbleActions = {
  get botUsername() {
    return store.bot.username;
  },
  command: (text) => void sendText(text),
  link: openLink,
  press: (entry, button, el) =>
    void press(entry, button, el, (url) => openLink(linkTarget(url, store.bot.username))),
};

const messages = () => byId("messages");

function nearBottom(el: HTMLElement): boolean {
  return el.scrollHeight - el.scrollTop - el.clientHeight < 120;
}

function entryNode(id: number, entry: LogEntry): HTMLElement {
  return bubble(entry, store.chat(id).failed.has(entry.message.message_id), actions);
}

function rebuild(id: number | null): void {
  const list = messages();
  if (id === null) {
    fill(list, h("div", { class: "empty", text: "Pick a persona on the left." }));
    return;
  }
  const chat = store.chat(id);
  const entries = [...chat.entries.values()].filter((e) => !e.deleted);
  entries.sort((a, b) => a.message.message_id - b.message.message_id);
  if (entries.length === 0 && chat.notes.length === 0) {
    const start = h("button", { class: "start-btn", type: "button", text: "START" });
    start.addEventListener("click", () => void sendText("/start"));
    fill(list, h("div", { class: "empty" }, h("p", { text: "No messages yet." }), start));
  } else {
    // Failed calls go after the last message sent before them (message dates are whole seconds).
    const notes = [...chat.notes].sort((a, b) => a.seq - b.seq);
    const nodes: HTMLElement[] = [];
    for (const entry of entries) {
      while (notes[0] && notes[0].at < entry.message.date * 1000) nodes.push(noteNode(notes.shift()!));
      nodes.push(entryNode(id, entry));
    }
    fill(list, ...nodes, ...notes.map(noteNode));
  }
  list.scrollTop = list.scrollHeight;
}

function noteNode(note: ChatNote): HTMLElement {
  return h(
    "div",
    { class: `note ${note.kind}`, "data-note": note.seq, title: new Date(note.at).toString() },
    h("span", { text: note.text }),
  );
}

function apply(id: number, change: ChatChange): void {
  const list = messages();
  const stick = nearBottom(list);
  if (change.kind === "reload") {
    rebuild(id);
    return;
  }
  if (change.kind === "note") {
    if (list.querySelector(".empty")) rebuild(id);
    else list.append(noteNode(change.note));
    if (stick) list.scrollTop = list.scrollHeight;
    return;
  }
  const mid = change.kind === "upsert" ? change.entry.message.message_id : change.messageId;
  const old = list.querySelector(`[data-message-id="${mid}"]`);
  if (change.kind === "delete") {
    // Telegram removes a deleted message from the chat, so the page does too.
    old?.classList.add("vanishing");
    setTimeout(() => old?.remove(), 250);
    return;
  }
  if (list.querySelector(".empty")) {
    rebuild(id);
    return;
  }
  const node = entryNode(id, change.entry);
  if (old) old.replaceWith(node);
  else {
    const later = [...list.querySelectorAll<HTMLElement>("[data-message-id]")].find(
      (el) => Number(el.dataset.messageId) > mid,
    );
    list.insertBefore(node, later ?? null);
  }
  if (stick || !change.entry.outgoing) list.scrollTop = list.scrollHeight;
}

function header(): void {
  const p = store.persona(store.selected);
  const el = byId("chat-header");
  if (!p) {
    fill(el, h("span", { class: "muted", text: "No persona selected" }));
    return;
  }
  const typing = (store.typingUntil.get(p.id) ?? 0) > Date.now();
  const status = typing ? "typing…" : `id ${p.id} · ${p.language} · ${roleLabel(p)}`;
  fill(
    el,
    avatar(p),
    h(
      "div",
      { class: "who" },
      h("strong", { text: `${store.bot.first_name || "Bot"} ↔ ${p.first_name}` }),
      h("small", { class: typing ? "typing" : "", text: status }),
    ),
    store.blocked.has(p.id) ? h("span", { class: "tag danger", text: "has blocked the bot" }) : null,
    consoleButton(p.role),
  );
}

/** For staff and admin personas: the console, opened the way the Mini App (menu button) opens it. */
function consoleButton(role: string): HTMLElement | null {
  const url = store.consoleApp;
  if (!url || role === "user") return null;
  const el = h("button", { class: "console-btn", type: "button", text: "Open console", title: url });
  el.addEventListener("click", () => void openMiniApp(url));
  return el;
}

export function mountChat(): void {
  mountComposer();
  store.on("chat", (id, change) => {
    if (id !== undefined && id === store.selected && change) apply(id, change);
    else if (id === undefined) rebuild(null);
    // Another persona's chat: nothing in this column shows it (a broadcast brings hundreds a second).
    if (id !== undefined && id !== store.selected) return;
    if (id === store.selected) replyKeyboard();
    header();
    lockComposer();
  });
  for (const topic of ["blocked", "typing", "personas"] as const) store.on(topic, header);
  store.on("worker", lockComposer);
  rebuild(null);
  header();
  lockComposer();
}
