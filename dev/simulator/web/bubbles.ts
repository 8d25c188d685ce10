import { clock, h } from "./dom.ts";
import { renderText, type TextActions } from "./entities.ts";
import type { FileRef, InlineButton, LogEntry, Message } from "./types.ts";

/** Clicks on a bubble: text links and commands, plus inline buttons. */
export interface BubbleActions extends TextActions {
  press(entry: LogEntry, button: InlineButton, el: HTMLButtonElement): void;
}

function fileUrl(file: FileRef): string {
  return `/__emu/files/${encodeURIComponent(file.file_id)}`;
}

function size(bytes: number | undefined): string {
  if (!bytes) return "";
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function photo(sizes: FileRef[]): HTMLElement {
  const largest = sizes.at(-1) as FileRef;
  const img = h("img", { class: "photo", src: fileUrl(largest), alt: "photo", loading: "lazy" });
  img.addEventListener("error", () =>
    img.replaceWith(h("div", { class: "photo missing", text: "🖼 photo no longer stored" })),
  );
  if (largest.width && largest.height) img.style.aspectRatio = `${largest.width} / ${largest.height}`;
  return img;
}

function documentLink(doc: FileRef): HTMLElement {
  const name = doc.file_name ?? "file";
  const ext = (/\.([a-z0-9]{1,5})$/i.exec(name)?.[1] ?? "file").toUpperCase();
  return h(
    "a",
    { class: "document", href: fileUrl(doc), download: name, title: `download ${name}` },
    h("span", { class: "doc-icon", text: ext }),
    h(
      "span",
      { class: "doc-info" },
      h("span", { class: "doc-name", text: name }),
      h("small", { text: size(doc.file_size) }),
    ),
  );
}

function quote(message: Message): HTMLElement {
  const text =
    message.text ?? message.caption ?? (message.photo ? "🖼 photo" : message.document ? "📄 file" : "…");
  return h("div", { class: "quote", text: text.slice(0, 120) });
}

function inlineKeyboard(entry: LogEntry, rows: InlineButton[][], actions: BubbleActions): HTMLElement {
  return h(
    "div",
    { class: "inline-kb" },
    ...rows.map((row) =>
      h(
        "div",
        { class: "kb-row" },
        ...row.map((button) => {
          const usable =
            button.callback_data !== undefined ||
            button.url !== undefined ||
            button.copy_text !== undefined ||
            button.web_app !== undefined;
          const el = h("button", {
            class: `inline-btn${button.url ? " url" : ""}`,
            type: "button",
            text: button.text,
            disabled: !usable,
            title: usable
              ? (button.url ?? button.web_app?.url ?? undefined)
              : "this kind of button is not simulated",
          });
          el.addEventListener("click", () => actions.press(entry, button, el));
          return el;
        }),
      ),
    ),
  );
}

/** One message as a chat bubble: her messages on the right, the bot's on the left. */
export function bubble(entry: LogEntry, failed: boolean, actions: BubbleActions): HTMLElement {
  const m = entry.message;
  const body = h("div", { class: "bubble" });
  if (m.reply_to_message) body.append(quote(m.reply_to_message));
  if (m.photo?.length) body.append(photo(m.photo));
  if (m.document) body.append(documentLink(m.document));
  if (m.contact) {
    body.append(
      h("div", { class: "contact", text: `👤 ${m.contact.first_name ?? ""} ${m.contact.phone_number}` }),
    );
  }
  const text = m.text ?? m.caption;
  if (text)
    body.append(
      h("div", { class: "text" }, ...renderText(text, m.text ? m.entities : m.caption_entities, actions)),
    );
  if (!text && !m.photo && !m.document && !m.contact)
    body.append(h("div", { class: "text unsupported", text: "(unsupported message)" }));
  body.append(
    h(
      "span",
      { class: "meta" },
      m.edit_date ? h("span", { class: "edited", text: "edited" }) : null,
      clock(m.edit_date ?? m.date),
      failed
        ? h("span", {
            class: "failed",
            title: "the Worker did not take this update",
            text: " ⚠ not delivered",
          })
        : null,
    ),
  );
  const rows = m.reply_markup?.inline_keyboard;
  return h(
    "div",
    { class: `msg ${entry.outgoing ? "bot" : "me"}`, "data-message-id": m.message_id },
    body,
    rows?.length ? inlineKeyboard(entry, rows, actions) : null,
  );
}
