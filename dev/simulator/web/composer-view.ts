import { sendContact, sendFile, sendText } from "./actions.ts";
import { byId, fill, h } from "./dom.ts";
import { store } from "./store.ts";
import type { ReplyButton } from "./types.ts";

/** The bot's reply keyboard of the selected chat (hidden after a one-time press until reopened). */
export function replyKeyboard(): void {
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

/** The message box: Enter sends, Shift+Enter breaks the line, 📎 attaches a file. */
export function mountComposer(): void {
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

/** Disabled while no persona is selected or the Worker is restarting. */
export function lockComposer(): void {
  const restarting = store.worker.state !== "ready";
  const off = store.selected === null || restarting;
  for (const id of ["input", "send", "attach-label"]) byId(id).toggleAttribute("disabled", off);
  byId("attach").toggleAttribute("disabled", off);
}

/** The middle column: header, messages, reply keyboard and composer of the selected persona. */
