import { openLink, press, sendContact, sendFile, sendText } from "./actions.ts";
import { type BubbleActions, bubble } from "./bubbles.ts";
import { byId, fill, h } from "./dom.ts";
import { linkTarget } from "./links.ts";
import { avatar, roleLabel } from "./persona-badges.ts";
import { type ChatChange, type ChatNote, store } from "./store.ts";
import type { LogEntry, ReplyButton } from "./types.ts";

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
  );
}

function replyKeyboard(): void {
  const el = byId("reply-kb");
  const toggle = byId<HTMLButtonElement>("kb-toggle");
  const input = byId<HTMLTextAreaElement>("input");
  const id = store.selected;
  const chat = id === null ? undefined : store.chat(id);
  const kb = chat?.replyKeyboard;
  toggle.hidden = !kb?.keyboard;
  input.placeholder = kb?.input_field_placeholder ?? "Message";
  if (!chat || !kb?.keyboard || chat.keyboardHidden) {
    fill(el);
    return;
  }
  const rows = kb.keyboard.map((row) =>
    h(
      "div",
      { class: "kb-row" },
      ...row.map((raw) => {
        const button: ReplyButton = typeof raw === "string" ? { text: raw } : raw;
        const el = h("button", { class: "reply-btn", type: "button", text: button.text });
        el.addEventListener("click", () => {
          if (kb.one_time_keyboard) chat.keyboardHidden = true;
          replyKeyboard();
          void (button.request_contact ? sendContact() : sendText(button.text));
        });
        return el;
      }),
    ),
  );
  fill(el, ...rows);
}

function composer(): void {
  const form = byId<HTMLFormElement>("composer");
  const input = byId<HTMLTextAreaElement>("input");
  const file = byId<HTMLInputElement>("attach");
  const submit = () => {
    const text = input.value;
    input.value = "";
    void sendText(text);
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submit();
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submit();
    }
  });
  file.addEventListener("change", () => {
    const chosen = file.files?.[0];
    file.value = "";
    if (chosen) void sendFile(chosen, input.value.trim()).then(() => (input.value = ""));
  });
  byId("kb-toggle").addEventListener("click", () => {
    const id = store.selected;
    if (id === null) return;
    store.chat(id).keyboardHidden = !store.chat(id).keyboardHidden;
    replyKeyboard();
  });
}

function lockComposer(): void {
  const restarting = store.worker.state !== "ready";
  const off = store.selected === null || restarting;
  for (const id of ["input", "send", "attach-label"]) byId(id).toggleAttribute("disabled", off);
  byId("attach").toggleAttribute("disabled", off);
}

/** The middle column: header, messages, reply keyboard and composer of the selected persona. */
export function mountChat(): void {
  composer();
  store.on("chat", (id, change) => {
    if (id !== undefined && id === store.selected && change) apply(id, change);
    else if (id === undefined) rebuild(null);
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
